package vn.tonghop.intake;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.config.Dates;
import vn.tonghop.excel.CellRef;
import vn.tonghop.excel.SheetGrid;
import vn.tonghop.excel.read.ReadLimits;
import vn.tonghop.excel.read.UnreadableWorkbookException;
import vn.tonghop.excel.read.WorkbookData;
import vn.tonghop.excel.read.WorkbookReader;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.intake.capital.CapitalSheet;
import vn.tonghop.intake.capital.CapitalSheetReader;
import vn.tonghop.intake.committee.CommitteeSheet;
import vn.tonghop.intake.committee.CommitteeSheetReader;
import vn.tonghop.intake.document.DocumentSheet;
import vn.tonghop.intake.document.DocumentSheetReader;
import vn.tonghop.intake.indicator.IndicatorSheet;
import vn.tonghop.intake.indicator.IndicatorSheetReader;
import vn.tonghop.intake.register.RegisterSheet;
import vn.tonghop.intake.register.RegisterSheetReader;
import vn.tonghop.intake.table.HeaderFinder;
import vn.tonghop.intake.table.HeaderMatch;
import vn.tonghop.intake.table.HeaderYears;
import vn.tonghop.intake.table.MoneyUnit;
import vn.tonghop.intake.table.SheetMetadata;
import vn.tonghop.intake.table.SheetPlace;
import vn.tonghop.intake.table.UnitMatcher;
import vn.tonghop.text.LegacyEncoding;
import vn.tonghop.text.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Takes one file from the drop folder: hashes it, keeps an archive copy, reads every sheet that
 * holds a known form, and says what was wrong. The file in the drop folder is only ever read.
 */
public final class FileIntake {

    private static final Logger log = LoggerFactory.getLogger(FileIntake.class);

    private final JobsConfig config;
    private final Path archive;
    private final Predicate<String> alreadyReceived;
    private final WorkbookReader workbooks;
    private final HeaderFinder headers;
    private final UnitMatcher units;
    private static final String DOCUMENTS = "03/VB";
    private static final String COMMITTEES = "04/BCĐ";
    private static final String INDICATORS = "02/CT";
    private static final String REGISTER = "05/GV";

    private final CapitalSheetReader capitalSheets;
    private final DocumentSheetReader documentReader = new DocumentSheetReader();
    private final CommitteeSheetReader committeeReader;
    private final IndicatorSheetReader indicatorReader;
    private final RegisterSheetReader registerReader;
    private final DraftIntake drafts;

    public FileIntake(JobsConfig config, Path archive, Predicate<String> alreadyReceived) {
        this.config = config;
        this.archive = archive;
        this.alreadyReceived = alreadyReceived;
        var l = config.limits();
        this.workbooks = new WorkbookReader(new ReadLimits(l.maxFileBytes(), l.maxEntryBytes(), l.maxEntries(),
                l.minInflateRatio(), l.maxRows(), l.maxCells()));
        this.headers = new HeaderFinder(config.headers());
        this.units = new UnitMatcher(config.units());
        this.capitalSheets = new CapitalSheetReader(config.catalogue());
        this.committeeReader = new CommitteeSheetReader(units);
        this.indicatorReader = new IndicatorSheetReader(config.indicators());
        this.registerReader = new RegisterSheetReader(units, config.catalogue());
        this.drafts = new DraftIntake(config);
    }

    public IntakeResult take(InputFile file) {
        String hash = sha256(file.path());
        String fileUnit = units.matchFileName(file.fileName()).orElse(null);
        if (alreadyReceived.test(hash)) {
            Finding f = Finding.of(FindingCode.DUPLICATE_FILE).unit(fileUnit).at(file.relativePath(), null, null)
                    .message("Tệp " + file.fileName() + " có nội dung giống hệt một tệp đã nhận trước đó, nên không"
                            + " được tính thêm lần nữa.");
            return new IntakeResult(file, hash, IntakeResult.Status.DUPLICATE, fileUnit,
                    "nội dung giống hệt một tệp đã nhận trước đó", null, List.of(), List.of(f), NonCapitalSheets.NONE);
        }
        String archiveName = archiveCopy(file, hash);
        WorkbookData workbook;
        try {
            workbook = workbooks.read(file.path());
        } catch (UnreadableWorkbookException e) {
            if (e.kind() == UnreadableWorkbookException.Kind.WORD) {
                IntakeResult draft = drafts.take(file, hash, archiveName);
                if (draft != null) {
                    return draft;
                }
            }
            FindingCode code = switch (e.kind()) {
                case ENCRYPTED -> FindingCode.FILE_ENCRYPTED;
                case HOSTILE -> FindingCode.FILE_HOSTILE;
                case UNREADABLE, WEB_PAGE, PDF, WORD, IMAGE, ARCHIVE, EMPTY, XLSB, TEXT, OLD_EXCEL -> FindingCode.FILE_UNREADABLE;
            };
            String why = switch (e.kind()) {
                case ENCRYPTED -> "được đặt mật khẩu nên không mở được. Hãy gỡ mật khẩu rồi gửi lại.";
                case HOSTILE -> "bị từ chối vì lý do an toàn (quá lớn, nén bất thường hoặc có nội dung lạ). Hãy mở tệp"
                        + " trong Excel, lưu thành tệp mới rồi gửi lại; nếu vẫn bị từ chối, báo cho bộ phận tin học.";
                case UNREADABLE -> "không mở được như một bảng tính (.xlsx, .xls hoặc .ods). Hãy mở tệp trong Excel,"
                        + " lưu lại rồi gửi lại.";
                // Save alone keeps the web page's format: only Save As changes it.
                case WEB_PAGE -> "là một trang web (HTML hoặc XML) mang tên bảng tính, không phải tệp Excel. Hãy mở tệp"
                        + " trong Excel, chọn Lưu thành (Save As), chọn kiểu \"Excel Workbook (*.xlsx)\" rồi gửi tệp mới.";
                case PDF -> "là tài liệu PDF, không phải bảng tính. Chỉ số liệu trong biểu mẫu Excel được tổng hợp: nếu đây"
                        + " là bản chụp báo cáo đã ký, hãy gửi kèm tệp Excel của biểu mẫu.";
                case WORD -> "là văn bản Word, không phải bảng tính: bảng trong văn bản Word không được đọc. Hãy gửi kèm"
                        + " tệp Excel của biểu mẫu.";
                case IMAGE -> "là ảnh, không phải bảng tính: số liệu trong ảnh chụp không được đọc. Hãy gửi tệp Excel của"
                        + " biểu mẫu.";
                case ARCHIVE -> "là tệp nén (zip, rar hoặc 7z). Hãy giải nén rồi gửi riêng từng tệp Excel trong đó.";
                case EMPTY -> "rỗng (0 byte): có thể việc chép tệp bị gián đoạn. Hãy chép lại tệp Excel của biểu mẫu.";
                case XLSB -> "lưu ở dạng nhị phân của Excel (.xlsb), dạng này không được đọc. Hãy mở tệp trong Excel, chọn"
                        + " Lưu thành (Save As), chọn kiểu \"Excel Workbook (*.xlsx)\" rồi gửi tệp mới.";
                case TEXT -> "là tệp văn bản (CSV hoặc văn bản phân cách bằng dấu phẩy, dấu tab), không phải bảng tính: tệp"
                        + " này không có tiêu đề, đơn vị và năm của biểu mẫu. Hãy nhập số liệu vào biểu mẫu Excel của huyện"
                        + " rồi lưu thành .xlsx.";
                case OLD_EXCEL -> "lưu ở định dạng Excel 5.0/95 quá cũ, không đọc được. Hãy mở tệp trong Excel, chọn Lưu"
                        + " thành (Save As), chọn kiểu \"Excel Workbook (*.xlsx)\" rồi gửi tệp mới.";
            };
            // What the reader said is for the log: a clerk is never shown a Java exception.
            log.info("rejected: {}", e.getMessage());
            Finding f = Finding.of(code).unit(fileUnit).at(file.relativePath(), null, null)
                    .message("Tệp " + file.fileName() + " " + why);
            return rejected(file, hash, fileUnit, archiveName, f);
        }
        return read(file, hash, archiveName, workbook, fileUnit);
    }

    /**
     * A sheet with no table, or with one whose header lacks a required column: then the clerk is told
     * which, since the sheet's figures are left out of the report until it is fixed.
     */
    private Finding skipped(InputFile file, SheetGrid grid, String fileUnit) {
        Optional<HeaderFinder.NearMiss> near = headers.nearMiss(grid);
        if (near.isEmpty()) {
            return Finding.of(FindingCode.SHEET_SKIPPED).unit(fileUnit).at(file.relativePath(), grid.name(), null)
                    .message("Trang tính \"" + grid.name() + "\" không có bảng biểu mẫu nào nhận ra được, nên được bỏ qua.");
        }
        HeaderFinder.NearMiss n = near.get();
        String columns = "\"" + String.join("\", \"", n.missing()) + "\"";
        return Finding.of(FindingCode.SHEET_SKIPPED).unit(fileUnit)
                .at(file.relativePath(), grid.name(), CellRef.name(n.row(), n.col()))
                .expected(String.join(", ", n.missing()))
                .message("Trang tính \"" + grid.name() + "\" có bảng giống Biểu " + n.form() + " nhưng dòng tiêu đề (dòng "
                        + (n.row() + 1) + ") không có cột " + columns + " của biểu mẫu, nên cả trang bị bỏ qua và số liệu"
                        + " trong đó chưa được tổng hợp. Hãy ghi tiêu đề cột đúng như biểu mẫu (" + columns + ") rồi gửi lại.");
    }

    /** A sheet whose table was recognised, with the unit its own header or the file name names for its period. */
    private record Recognised(SheetGrid grid, HeaderMatch header, SheetMetadata meta, UnitMatcher.Resolution resolution,
                              LocalDate periodEnd) {

        String unit() {
            return resolution == null || resolution.kind() != UnitMatcher.Resolution.Kind.IN_FORCE ? null : resolution.code();
        }
    }

    private IntakeResult read(InputFile file, String hash, String archiveName, WorkbookData workbook, String fileUnit) {
        List<Finding> findings = new ArrayList<>();
        List<Recognised> found = new ArrayList<>();
        List<Recognised> recognised = new ArrayList<>();
        for (SheetGrid original : workbook.sheets()) {
            SheetGrid grid = unicode(file, original, fileUnit, findings);
            Optional<HeaderMatch> header = headers.find(grid);
            if (header.isEmpty()) {
                findings.add(skipped(file, grid, fileUnit));
                continue;
            }
            SheetMetadata meta = SheetMetadata.read(grid, header.get().firstRow(), header.get().lastRow());
            found.add(new Recognised(grid, header.get(), meta, null, periodEnd(grid, header.get(), meta)));
        }
        // A sheet with no period of its own (a list of documents) is of the file's latest: sent with 2024's forms,
        // "Xã Sì Lở Lầu" is the commune of 2024, not its successor's name.
        LocalDate latest = found.stream().map(Recognised::periodEnd).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElse(null);
        // The file name is matched once a period, not once a sheet: it tries every run of its words.
        Map<LocalDate, Optional<UnitMatcher.Resolution>> named = new HashMap<>();
        for (Recognised sheet : found) {
            LocalDate periodEnd = sheet.periodEnd() != null ? sheet.periodEnd() : latest;
            String sheetName = sheet.grid().name();
            Optional<UnitMatcher.Resolution> unit = unitOf(sheet.meta(), () -> named.computeIfAbsent(periodEnd,
                    day -> units.resolveFileName(file.fileName(), day)), file.fileName(), periodEnd);
            if (unit.isPresent() && unit.get().kind() != UnitMatcher.Resolution.Kind.IN_FORCE) {
                findings.add(UnitPeriods.outOfForce(unit.get(), periodEnd, file.relativePath(), sheetName));
                continue;
            }
            // One note a file and unit: its sheets of several years resolve the same way.
            unit.filter(u -> periodEnd != null && !u.otherMeanings().isEmpty() && findings.stream().noneMatch(f ->
                            f.code() == FindingCode.UNIT_RESOLVED_BY_DATE && u.code().equals(f.unitCode())))
                    .ifPresent(u -> findings.add(UnitPeriods.resolvedByDate(u, periodEnd, file.relativePath(), sheetName)));
            recognised.add(new Recognised(sheet.grid(), sheet.header(), sheet.meta(), unit.orElse(null), periodEnd));
        }
        // A sheet that names no unit belongs to the unit the file's other sheets name.
        String unitOfFile = recognised.stream().map(Recognised::unit).filter(Objects::nonNull).findFirst().orElse(null);
        if (recognised.isEmpty() && findings.stream().anyMatch(UnitPeriods::isOutOfForce)) {
            Finding f = findings.stream().filter(UnitPeriods::isOutOfForce).findFirst().orElseThrow();
            return new IntakeResult(file, hash, IntakeResult.Status.REJECTED, f.unitCode(), f.message(), archiveName,
                    List.of(), findings, NonCapitalSheets.NONE);
        }
        if (unitOfFile == null && !recognised.isEmpty()) {
            Finding f = Finding.of(FindingCode.UNIT_UNKNOWN).at(file.relativePath(), recognised.get(0).grid().name(), null)
                    .message("Không xác định được đơn vị báo cáo của tệp " + file.fileName() + ": dòng tên đơn vị ở đầu"
                            + " biểu và tên tệp đều không khớp với đơn vị nào trong danh sách. Hãy ghi \"Đơn vị báo cáo:"
                            + " UBND xã …\" ở đầu biểu rồi gửi lại.");
            return rejected(file, hash, null, archiveName, f);
        }
        if (recognised.isEmpty()) {
            Finding f = Finding.of(FindingCode.NOTHING_READ).unit(fileUnit).at(file.relativePath(), null, null)
                    .message("Tệp " + file.fileName() + (workbook.sheets().isEmpty() ? " không có trang tính nào đọc được"
                            : " không có trang tính nào chứa biểu mẫu nhận ra được (01/VỐN, 02/CT, 03/VB, 04/BCĐ, 05/GV)")
                            + ", nên không có số liệu nào của tệp được tổng hợp. Hãy dùng đúng biểu mẫu của huyện rồi gửi lại.");
            findings.add(0, f);
            return new IntakeResult(file, hash, IntakeResult.Status.REJECTED, fileUnit, f.message(), archiveName,
                    List.of(), findings, NonCapitalSheets.NONE);
        }
        List<CapitalSheet> sheets = new ArrayList<>();
        List<DocumentSheet> documents = new ArrayList<>();
        List<CommitteeSheet> committees = new ArrayList<>();
        List<IndicatorSheet> indicators = new ArrayList<>();
        List<RegisterSheet> registers = new ArrayList<>();
        SheetCopies copies = new SheetCopies(file.relativePath());
        recognised.sort(Comparator.comparing(Recognised::grid, SheetCopies.ORIGINALS_FIRST));
        for (Recognised r : recognised) {
            String unit = r.unit() == null ? unitOfFile : r.unit();
            SheetPlace place = new SheetPlace(file.relativePath(), r.grid().name(), unit, null);
            try {
                switch (r.header().form()) {
                    case INDICATORS -> {
                        IndicatorSheet sheet = indicatorReader.read(r.grid(), r.header(), place);
                        keep(copies.repeat(r.grid(), INDICATORS, unit, nameOf(r, unit), null, sheet.indicators()),
                                sheet, sheet.findings(), indicators, findings);
                    }
                    case REGISTER, RegisterSheetReader.PLAN_FORM -> {
                        RegisterSheet sheet = registerReader.read(r.grid(), r.header(),
                                r.meta().moneyUnit().orElse(MoneyUnit.TRIEU_DONG), place);
                        findings.addAll(sheet.findings());
                        registers.add(sheet);
                    }
                    case DOCUMENTS -> documents.add(new DocumentSheet(r.grid().name(), unit,
                            documentReader.read(r.grid(), r.header(), nameOf(r, unit))));
                    case COMMITTEES -> committees.add(new CommitteeSheet(r.grid().name(), unit,
                            committeeReader.read(r.grid(), r.header(), unit, r.periodEnd())));
                    default -> readSheet(file, r.grid(), r.header(), r.meta(), unit, findings).ifPresent(sheet ->
                            keep(copies.repeat(r.grid(), r.header().form(), unit, nameOf(r, unit), sheet.year(),
                                    sheet.leaves()), sheet, sheet.findings(), sheets, findings));
                }
            } catch (RuntimeException e) {
                // A layout we did not foresee must cost this sheet, never the night.
                log.warn("cannot read sheet '{}' of {}", r.grid().name(), file.relativePath(), e);
                findings.add(Finding.of(FindingCode.FILE_UNREADABLE).unit(unit).at(file.relativePath(), r.grid().name(), null)
                        .message("Trang tính \"" + r.grid().name() + "\" có cách trình bày không đọc được, nên chưa được"
                                + " tổng hợp. Hãy dùng đúng biểu mẫu của huyện rồi gửi lại."));
            }
        }
        String unit = unitOfFile == null ? fileUnit : unitOfFile;
        // Forms owed once are kept apart per unit, not per code: 03562's list of 2025 is not Vàng Ma Chải's.
        int term = recognised.stream().map(Recognised::resolution).filter(Objects::nonNull)
                .filter(r -> r.code().equals(unitOfFile) && r.unit().validFrom() != null)
                .map(r -> r.unit().validFrom().getYear()).findFirst().orElse(0);
        NonCapitalSheets others = new NonCapitalSheets(documents, committees, indicators, registers, term);
        if (sheets.isEmpty() && others.isEmpty()) {
            // Every form in it waits on a finding of its own (a year unknown, a copy of a sheet): nothing was taken.
            return new IntakeResult(file, hash, IntakeResult.Status.REJECTED, unit,
                    "không có biểu nào của tệp được tổng hợp: " + why(findings), archiveName, List.of(), findings,
                    NonCapitalSheets.NONE);
        }
        return new IntakeResult(file, hash, IntakeResult.Status.TAKEN, unit, null, archiveName, sheets, findings, others);
    }

    /** The name of the sheet's unit in its period. */
    private String nameOf(Recognised sheet, String unit) {
        return sheet.resolution() != null && sheet.resolution().code().equals(unit) ? sheet.resolution().unit().name()
                : config.units().nameOf(unit);
    }

    /** A sheet with its own findings; or, for a copy of one already taken, the warning alone. */
    private static <S> void keep(Optional<Finding> copy, S sheet, List<Finding> own, List<S> taken, List<Finding> findings) {
        if (copy.isPresent()) {
            findings.add(copy.get());
        } else {
            findings.addAll(own);
            taken.add(sheet);
        }
    }

    private Optional<CapitalSheet> readSheet(InputFile file, SheetGrid grid, HeaderMatch header, SheetMetadata meta,
                                             String unit, List<Finding> findings) {
        if (meta.yearConflict().isPresent()) {
            SheetMetadata.YearConflict c = meta.yearConflict().get();
            findings.add(Finding.of(FindingCode.YEAR_UNKNOWN).unit(unit).at(file.relativePath(), grid.name(), c.labelCell())
                    .actual(c.labelled() + " / " + c.titled())
                    .message("Trang tính \"" + grid.name() + "\" ghi năm báo cáo " + c.labelled() + " nhưng tiêu đề ghi năm "
                            + c.titled() + ", nên chưa được tổng hợp (có thể biểu được chép từ năm khác mà chưa sửa hết)."
                            + " Hãy sửa cho thống nhất rồi gửi lại."));
            return Optional.empty();
        }
        Optional<Integer> year = meta.year().filter(y -> config.tolerances().inPeriod(y));
        if (year.isEmpty()) {
            findings.add(Finding.of(FindingCode.YEAR_UNKNOWN).unit(unit).at(file.relativePath(), grid.name(), null)
                    .actual(meta.year().map(String::valueOf).orElse(null))
                    .message("Trang tính \"" + grid.name() + "\" không ghi năm báo cáo"
                            + meta.year().map(y -> " hợp lệ (năm " + y + " nằm ngoài giai đoạn "
                            + config.tolerances().firstYear() + "–" + config.tolerances().lastYear() + ")").orElse("")
                            + ", nên không được tổng hợp. Hãy ghi \"Năm báo cáo: 2024\" ở đầu biểu."));
            return Optional.empty();
        }
        SheetPlace place = new SheetPlace(file.relativePath(), grid.name(), unit, year.get());
        Optional<HeaderMatch> ofTheYear = headers.refit(grid, header, HeaderYears.of(year.get()));
        Optional<HeaderYears.Stale> stale = ofTheYear.isPresent() ? Optional.empty() : HeaderYears.stale(grid, header, year.get());
        if (stale.isPresent()) {
            // Money columns of another year only: a form copied from last year and half updated, as above.
            findings.add(Finding.of(FindingCode.YEAR_UNKNOWN).unit(unit).at(file.relativePath(), grid.name(), stale.get().cell())
                    .actual(stale.get().text()).year(year.get())
                    .message("Trang tính \"" + grid.name() + "\" ghi năm báo cáo " + year.get() + " nhưng cột \""
                            + stale.get().text() + "\" ghi năm " + stale.get().years() + ", nên chưa được tổng hợp (có thể biểu"
                            + " được chép từ năm khác mà chưa sửa hết). Hãy sửa cho thống nhất rồi gửi lại."));
            return Optional.empty();
        }
        // The sheet's own findings are the caller's to keep: a copy's are not the clerk's to fix.
        return Optional.of(capitalSheets.read(grid, ofTheYear.orElse(header), meta.moneyUnit().orElse(MoneyUnit.TRIEU_DONG), place)
                .estimated(meta.estimate()));
    }

    /**
     * A labelled name wins; otherwise the lines above the table, preferring a unit over the district
     * that holds it, and one in force in the period over one that is not. A sheet that names only the
     * district, in a file a commune or department named after itself, is that unit's: clerks fill in the
     * district's template, heading and all. Not when the file's name is also the district's place name
     * (the district seat's town shares it). A sheet that names no unit is the file name's.
     */
    private Optional<UnitMatcher.Resolution> unitOf(SheetMetadata meta, Supplier<Optional<UnitMatcher.Resolution>> byFileName,
                                                    String fileName, LocalDate periodEnd) {
        Optional<UnitMatcher.Resolution> district = Optional.empty();
        Optional<UnitMatcher.Resolution> outOfForce = Optional.empty();
        for (String candidate : meta.unitCandidates()) {
            Optional<UnitMatcher.Resolution> r = units.resolve(candidate, periodEnd);
            if (r.isEmpty()) {
                continue;
            }
            if (r.get().unit().isDistrict()) {
                district = district.or(() -> r);
            } else if (r.get().kind() == UnitMatcher.Resolution.Kind.IN_FORCE) {
                return r;
            } else {
                outOfForce = outOfForce.or(() -> r);
            }
        }
        if (outOfForce.isPresent()) {
            return outOfForce;
        }
        Optional<UnitMatcher.Resolution> named = byFileName.get();
        boolean fileNamesAnother = named.filter(f -> !f.unit().isDistrict()).isPresent()
                && district.filter(d -> UnitMatcher.namesPlaceOf(fileName, d.unit().name())).isEmpty();
        return district.isPresent() && !fileNamesAnother ? district : named;
    }

    /**
     * The last day of the sheet's period, which its unit is resolved on: its year's, or its half-year's
     * ("6 tháng đầu năm"); of Biểu 02/CT, the latest year it reports. None when units.csv has no periods.
     */
    private LocalDate periodEnd(SheetGrid grid, HeaderMatch header, SheetMetadata meta) {
        if (!config.units().dated()) {
            return null;
        }
        Optional<Integer> year = meta.year();
        if (INDICATORS.equals(header.form())) {
            year = IndicatorSheetReader.latestYear(grid, header).or(() -> meta.year());
        }
        return year.map(y -> Dates.periodEnd(y, meta.half())).orElse(null);
    }

    /** The sheet with legacy-font text in Unicode, and a note saying so. */
    private static SheetGrid unicode(InputFile file, SheetGrid grid, String fileUnit, List<Finding> findings) {
        LegacySheets.Converted converted = LegacySheets.convert(grid);
        if (converted.changed()) {
            String what = converted.counts().entrySet().stream()
                    .map(e -> e.getValue() + " ô chữ " + (e.getKey() == LegacyEncoding.TCVN3 ? "phông TCVN3 (.VnTime)" : "phông VNI"))
                    .collect(Collectors.joining(", "));
            findings.add(Finding.of(FindingCode.TEXT_CONVERTED).unit(fileUnit).at(file.relativePath(), grid.name(),
                            converted.firstCell())
                    .message("Trang tính \"" + grid.name() + "\" có " + what + "; đã được chuyển sang Unicode để đọc."
                            + " Nên dùng phông Unicode (Times New Roman) cho các lần báo cáo sau."));
        }
        return converted.grid();
    }

    /** The file's one finding says why, and so does its files.csv row. */
    static IntakeResult rejected(InputFile file, String hash, String unit, String archiveName, Finding f) {
        return new IntakeResult(file, hash, IntakeResult.Status.REJECTED, unit, f.message(), archiveName, List.of(),
                List.of(f), NonCapitalSheets.NONE);
    }

    /** The codes of the most severe findings, for a file none of whose forms was taken. */
    private static String why(List<Finding> findings) {
        var worst = findings.stream().map(Finding::severity).min(Comparator.naturalOrder());
        return findings.stream().filter(f -> worst.isPresent() && f.severity() == worst.get())
                .map(f -> f.message()).distinct().limit(3).collect(Collectors.joining(" "));
    }

    private String archiveCopy(InputFile file, String hash) {
        String name = file.fileName();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot).toLowerCase().replaceAll("[^.a-z0-9]", "");
        String archiveName = hash + ext;
        try {
            if (!Files.isDirectory(archive)) {
                Files.createDirectories(archive);
            }
            Path target = archive.resolve(archiveName);
            if (!Files.exists(target)) {
                // A ".part" of its own: another reader may be copying the same content at this moment (a resumed night
                // while the interrupted one's reader finishes), and the two once shared one and one of them failed.
                // Not Files.createTempFile: its secure random name and the empty file it makes first cost a national
                // night 0.8 s of intake.
                Path tmp = archive.resolve(archiveName + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                        + ".part");
                try {
                    Files.copy(file.path(), tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException e) {
                    // The other reader's copy got there first: the same content, so this one is not needed.
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
            return archiveName;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + file.path(), e);
        }
    }

    static String sha256(Path file) {
        MessageDigest sha = Sha256.digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
            return Sha256.hex(sha);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
