package vn.tonghop.report;

import vn.tonghop.config.Unit;
import vn.tonghop.config.Units;
import vn.tonghop.excel.write.Look;
import vn.tonghop.excel.write.SheetWriter;
import vn.tonghop.excel.write.XlsxDocument;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.finding.Roots;
import vn.tonghop.finding.Severity;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * BaoCaoLoi.xlsx: first a summary (findings by unit and severity, then by code), then every finding grouped
 * under a heading per unit, most severe first, and one sheet per unit for the phone call to its clerk. Each
 * prints on A4 landscape, one page wide, its text wrapped in columns narrow enough to stay legible; the
 * columns after "Nội dung" are for filtering on screen and are not printed. Each finding's place, "file ›
 * sheet › cell", opens the archived copy of the file the clerk sent.
 */
final class ErrorWorkbook {

    private static final String[] HEADER = {"Mức độ", "Tên lỗi", "Vị trí (tệp › trang tính › ô)", "Năm", "Giá trị đúng",
        "Giá trị đã ghi", "Nội dung", "Mã lỗi", "Dự án / chỉ tiêu", "Đơn vị", "Mã đơn vị", "Tệp", "Trang tính", "Ô"};
    /** Printed, these come to about one A4 landscape page at 10 pt; wider, the fitted page shrinks the text. */
    private static final int[] WIDTHS = {9, 20, 28, 5, 10, 10, 42, 24, 11, 26, 11, 30, 14, 7};
    /** The columns printed: up to "Nội dung". */
    private static final int PRINTED = 7;
    private static final int NAME = 1;
    /** A link: LibreOffice does not wrap a link's text, so its column is wide enough for a usual path. */
    private static final int PLACE = 2;
    private static final int MESSAGE = 6;
    /** A wrapped line of 11 pt text, in points: the row is made as tall as its longest wrapped cell needs. */
    private static final float LINE = 14.5f;
    private static final Look HEAD = Look.HEADER;
    private static final Look UNIT = Look.CELL.bold().fill(Look.Fill.NOTE);
    private static final String NO_UNIT = "Không xác định đơn vị";

    void write(Path file, Units units, List<Finding> findings, Map<String, String> archiveByFile, String fontName)
            throws IOException {
        Map<String, List<Finding>> byUnit = new LinkedHashMap<>();
        for (Unit unit : units.all()) {
            byUnit.put(unit.code(), new ArrayList<>());
        }
        for (Finding f : findings) {
            byUnit.computeIfAbsent(f.unitCode() == null ? NO_UNIT : f.unitCode(), k -> new ArrayList<>()).add(f);
        }
        byUnit.values().removeIf(List::isEmpty);
        byUnit.values().forEach(list -> list.sort(Comparator.comparing(Finding::severity)));
        // An explained finding is no task of its own: it follows its root, whatever its severity.
        byUnit.replaceAll((unit, list) -> Roots.underRoots(list));
        try (XlsxDocument doc = XlsxDocument.report(fontName, (short) 11)) {
            summary(doc.sheet("Tổng hợp"), units, byUnit, findings);
            // One list, a heading per unit: printed whole it is the reviewer's list, and a unit's part is its clerk's.
            SheetWriter all = doc.sheet("Tất cả lỗi");
            int row = header(all);
            for (Map.Entry<String, List<Finding>> unit : byUnit.entrySet()) {
                all.text(row, 0, heading(units, unit.getKey(), unit.getValue()), UNIT);
                for (int c = 1; c < PRINTED; c++) {
                    all.blank(row, c, UNIT);
                }
                all.merge(row, row, 0, PRINTED - 1);
                row = rows(all, row + 1, units, unit.getValue(), archiveByFile);
            }
            all.freeze(1, 0).autoFilter(0, Math.max(1, row - 1), 0, HEADER.length - 1).printA4Landscape(0, 0)
                    .printColumns(0, PRINTED - 1, row - 1);
            doc.save(file);
        }
    }

    private static int header(SheetWriter s) {
        for (int c = 0; c < HEADER.length; c++) {
            s.text(0, c, HEADER[c], HEAD).width(c, WIDTHS[c]);
        }
        return 1;
    }

    private static int rows(SheetWriter s, int first, Units units, List<Finding> findings, Map<String, String> archiveByFile) {
        int row = first;
        for (Finding f : findings) {
            Look look = Look.CELL.fill(fill(f.severity()));
            String place = f.place();
            String[] cells = {f.severity().label(), Roots.isTask(f) ? f.code().shown() : "↳ " + f.code().shown(),
                place, f.year() == null ? "" : String.valueOf(f.year()), f.expected(), f.actual(), Roots.prefix(f) + f.message(),
                f.code().name(), f.leaf(),
                f.unitCode() == null ? "" : units.nameOf(f.unitCode(), f.year()), f.unitCode(), f.file(), f.sheet(), f.cell()};
            for (int c = 0; c < cells.length; c++) {
                s.text(row, c, cells[c], look);
            }
            s.rowHeight(row, LINE * Math.max(lines(cells[NAME], NAME), lines(cells[MESSAGE], MESSAGE)));
            String archived = f.file() == null ? null : archiveByFile.get(f.file());
            if (archived != null) {
                s.linkToFile(row, PLACE, place, "../archive/" + archived, look);
            }
            row++;
        }
        return row;
    }

    /**
     * How many lines a wrapped cell takes. Times New Roman sets about 1.6 characters of Vietnamese text a width unit;
     * counted at 1.45, a row is a little taller than it needs and never cuts its last line.
     */
    private static int lines(String text, int col) {
        return text == null || text.isEmpty() ? 1 : (int) Math.ceil(text.length() / ((WIDTHS[col] - 1) * 1.45));
    }

    /** "Xã Mường So (03589): 2 LỖI, 1 CẢNH BÁO". */
    private static String heading(Units units, String unit, List<Finding> findings) {
        String name = unit.equals(NO_UNIT) ? NO_UNIT : units.nameOf(unit) + " (" + unit + ")";
        return name + ": " + counts(findings);
    }

    /** "1 LỖI, 1 GHI CHÚ": the tasks by severity, the worst first (a finding another explains is no task); empty for none. */
    static String counts(List<Finding> findings) {
        Map<Severity, Long> by = new EnumMap<>(Severity.class);
        findings.stream().filter(Roots::isTask).forEach(f -> by.merge(f.severity(), 1L, Long::sum));
        return by.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "));
    }

    /** What to do, then the findings by unit and severity and by code: the page a reviewer reads first. */
    private static void summary(SheetWriter sum, Units units, Map<String, List<Finding>> byUnit, List<Finding> findings) {
        sum.text(0, 0, "BÁO CÁO LỖI SỐ LIỆU", Look.PLAIN.bold().size(2)).merge(0, 0, 0, 4);
        sum.text(1, 0, "Mỗi dòng của trang \"Tất cả lỗi\" là một việc cần sửa: bấm vào Vị trí để mở đúng ô trong tệp"
                + " đơn vị đã gửi. LỖI phải sửa trước khi tổng hợp; CẢNH BÁO cần kiểm tra lại; GHI CHÚ chỉ để biết.",
                Look.PLAIN.wrap()).merge(1, 1, 0, 4).rowHeight(1, 32);
        String[] head = {"Đơn vị", "LỖI", "CẢNH BÁO", "GHI CHÚ", "Cộng"};
        int[] widths = {40, 12, 30, 12, 10};
        for (int c = 0; c < head.length; c++) {
            sum.text(3, c, head[c], HEAD).width(c, widths[c]);
        }
        int r = 4;
        long[] total = new long[Severity.values().length];
        for (Map.Entry<String, List<Finding>> unit : byUnit.entrySet()) {
            long[] n = new long[Severity.values().length];
            unit.getValue().stream().filter(Roots::isTask).forEach(f -> n[f.severity().ordinal()]++);
            String name = unit.getKey().equals(NO_UNIT) ? NO_UNIT : units.nameOf(unit.getKey());
            countRow(sum, r++, name, n, Look.CELL);
            for (int i = 0; i < n.length; i++) {
                total[i] += n[i];
            }
        }
        countRow(sum, r++, "Cộng", total, Look.CELL.bold());
        r++;
        String[] byCode = {"Tên lỗi", "Mức độ", "Mã lỗi", "Số lượng"};
        for (int c = 0; c < byCode.length; c++) {
            sum.text(r, c, byCode[c], HEAD);
        }
        r++;
        Map<FindingCode, Long> counts = new TreeMap<>(Comparator.comparing(FindingCode::severity)
                .thenComparing(FindingCode::name));
        findings.forEach(f -> counts.merge(f.code(), 1L, Long::sum));
        for (Map.Entry<FindingCode, Long> e : counts.entrySet()) {
            sum.text(r, 0, e.getKey().shown(), Look.CELL).text(r, 1, e.getKey().severity().label(), Look.CELL)
                    .text(r, 2, e.getKey().name(), Look.CELL)
                    .number(r, 3, BigDecimal.valueOf(e.getValue()), Look.CELL.format(Look.Format.INTEGER));
            r++;
        }
        sum.printA4Landscape(3, 3).printColumns(0, head.length - 1, r - 1);
    }

    private static void countRow(SheetWriter s, int row, String name, long[] n, Look look) {
        s.text(row, 0, name, look);
        for (int i = 0; i < n.length; i++) {
            s.number(row, i + 1, BigDecimal.valueOf(n[i]), look.format(Look.Format.INTEGER));
        }
        s.number(row, n.length + 1, BigDecimal.valueOf(Arrays.stream(n).sum()), look.format(Look.Format.INTEGER));
    }

    private static Look.Fill fill(Severity s) {
        return switch (s) {
            case ERROR -> Look.Fill.ERROR;
            case WARNING -> Look.Fill.WARNING;
            case NOTE -> Look.Fill.NONE;
        };
    }
}
