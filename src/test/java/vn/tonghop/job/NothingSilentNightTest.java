package vn.tonghop.job;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;
import vn.tonghop.testdata.BusyNightSet;
import vn.tonghop.testdata.CachedFormulas;
import vn.tonghop.testdata.CapitalForm;
import vn.tonghop.testdata.CapitalWorkbookBuilder;
import vn.tonghop.testdata.CsvRows;
import vn.tonghop.testdata.HostileFiles;
import vn.tonghop.testdata.TestConfig;
import vn.tonghop.testdata.TypedFigures;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nights on files nobody here made: every file under the input folder ends in files.csv with what became
 * of it and why, a file that yields nothing says so, the clerk's clock does not decide which file is
 * newer, and a rejection the configuration cures is taken on the next night.
 */
class NothingSilentNightTest {

    @TempDir
    Path work;

    private String run(Path input, Path out, Path jobs, String settle) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(TonghopApplication.run("run", "--input", input.toString(), "--output", out.toString(), "--jobs",
                    jobs.toString(), "--settle", settle)).isZero();
        } finally {
            System.setOut(stdout);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static Path capital(Path file, String unitLine, long allocated, Instant modified) throws Exception {
        CapitalForm form = new CapitalForm(unitLine, 2023);
        form.total();
        form.project("I", "Dự án 2: Đa dạng hóa sinh kế", "DA2").fund("SN", "NSTW").money(0, allocated, allocated - 20);
        Files.createDirectories(file.getParent());
        new CapitalWorkbookBuilder().write(file, List.of(form));
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private static Map<String, String> statusByFile(Path out) throws Exception {
        return CsvRows.read(out.resolve("latest/files.csv")).stream()
                .collect(Collectors.toMap(r -> r.get("file") + (r.get("year").isEmpty() ? "" : " " + r.get("year")),
                        r -> r.get("status"), (a, b) -> a + "," + b, TreeMap::new));
    }

    @Test
    void everyFileEndsInFilesCsvWithWhyAndACuredRejectionIsTakenTheNextNight() throws Exception {
        Path jobs = TestConfig.copyOfJobs(work.resolve("jobs"));
        Path input = Files.createDirectories(work.resolve("input"));
        Path out = work.resolve("output");
        capital(input.resolve("MuongSo_2023.xlsx"), "UBND XÃ MƯỜNG SO", 480, Instant.parse("2030-01-01T00:00:00Z"));
        Files.writeString(input.resolve("~$MuongSo_2023.xlsx"), "Excel's lock file");
        Path thenSin = capital(input.resolve("ThenSin_2023.xlsx"), "UBND XÃ THÈN SIN", 300, Instant.parse("2024-08-01T00:00:00Z"));
        Files.createDirectories(input.resolve("gui lai"));
        Files.copy(thenSin, input.resolve("gui lai/ThenSin_2023 - gui lai.xlsx"));
        HostileFiles.xlsb(input.resolve("BanLang_2023.xlsb"));
        Files.writeString(input.resolve("NamXe_2023.csv"), "TT,Nội dung,Giải ngân\n1,Dự án 2,455\n");
        Files.write(input.resolve("DaoSan_2023.xlsx"), new byte[0]);
        Path secret = Files.writeString(work.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        Files.createSymbolicLink(input.resolve("HuoiLuong_2023.xlsx"), secret);

        String console = run(input, out, jobs, "0");

        List<Map<String, String>> files = CsvRows.read(out.resolve("latest/files.csv"));
        try (Stream<Path> all = Files.walk(input)) {
            List<String> under = all.filter(p -> !Files.isDirectory(p)).map(p -> input.relativize(p).toString()).toList();
            assertThat(files).extracting(r -> r.get("file")).containsAll(under);
        }
        assertThat(statusByFile(out)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "MuongSo_2023.xlsx 2023", "in_force",
                "~$MuongSo_2023.xlsx", "ignored",
                "ThenSin_2023.xlsx", "rejected",
                "gui lai/ThenSin_2023 - gui lai.xlsx", "rejected",
                "BanLang_2023.xlsb", "rejected",
                "NamXe_2023.csv", "rejected",
                "DaoSan_2023.xlsx", "rejected",
                "HuoiLuong_2023.xlsx", "rejected"));
        assertThat(files).filteredOn(r -> !r.get("status").equals("in_force"))
                .allSatisfy(r -> assertThat(r.get("reason")).as(r.get("file")).isNotBlank().doesNotContain("Exception"));
        assertThat(files).allSatisfy(r -> assertThat(r.get("first_seen")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*"));
        Map<String, String> reasons = files.stream().collect(Collectors.toMap(r -> r.get("file"), r -> r.get("reason")));
        assertThat(reasons.get("BanLang_2023.xlsb")).contains(".xlsb", "Save As");
        assertThat(reasons.get("NamXe_2023.csv")).contains("CSV");
        assertThat(reasons.get("DaoSan_2023.xlsx")).contains("rỗng");
        assertThat(reasons.get("HuoiLuong_2023.xlsx")).contains("ra ngoài thư mục");
        assertThat(reasons.get("ThenSin_2023.xlsx")).contains("Không xác định được đơn vị");

        List<Map<String, String>> findings = CsvRows.read(out.resolve("latest/findings.csv"));
        Map<String, String> codes = findings.stream().filter(f -> f.get("sheet").isEmpty() && !f.get("code").equals("MISSING_REPORT"))
                .collect(Collectors.toMap(f -> f.get("file"), f -> f.get("code"), (a, b) -> a + "," + b));
        assertThat(codes).containsEntry("BanLang_2023.xlsb", "FILE_UNREADABLE").containsEntry("NamXe_2023.csv", "FILE_UNREADABLE")
                .containsEntry("DaoSan_2023.xlsx", "FILE_UNREADABLE").containsEntry("HuoiLuong_2023.xlsx", "FILE_HOSTILE")
                .doesNotContainKey("~$MuongSo_2023.xlsx");
        assertThat(findings).noneMatch(f -> f.get("code").equals("DUPLICATE_FILE"));
        assertThat(findings).allSatisfy(f -> assertThat(f.get("actual")).doesNotContain("Exception"));
        // Never read, never archived: the archive holds the content of no file outside the folder.
        try (Stream<Path> archived = Files.list(out.resolve("archive"))) {
            for (Path a : archived.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(a, StandardCharsets.ISO_8859_1)).doesNotContain("root:x:0:0");
            }
        }
        String counts = "1 đang có hiệu lực, 0 bị thay thế, 0 trùng lặp, 6 bị từ chối, 0 đang chờ, 1 bỏ qua";
        assertThat(console).contains("tonghop: files: 1 in force, 0 superseded, 0 duplicate, 6 rejected, 0 waiting to settle,"
                + " 1 ignored").containsPattern("tonghop: findings: \\d+ LỖI \\(errors\\), \\d+ CẢNH BÁO \\(warnings\\), \\d+ GHI CHÚ")
                .contains("tonghop: outputs: " + out.resolve("latest") + " (TongHop.xlsx");
        long errors = CsvRows.read(out.resolve("latest/findings.csv")).stream().filter(f -> f.get("severity").equals("LỖI")).count();
        assertThat(console).contains("tonghop: findings: " + errors + " LỖI");
        assertThat(Files.readString(out.resolve("latest/index.html"))).contains(counts);
        try (Workbook wb = WorkbookFactory.create(out.resolve("latest/TongHop.xlsx").toFile())) {
            Sheet cover = wb.getSheet("Bìa");
            assertThat(cover.getRow(3).getCell(0).getStringCellValue()).contains(counts);
        }

        // The next night: units.csv learns Thèn Sin, and a corrected Mường So arrives from a PC whose clock says 1970.
        Files.writeString(jobs.resolve("units.csv"), "03394,Xã Thèn Sin,commune,109,,01/VỐN 2023\n", StandardOpenOption.APPEND);
        capital(input.resolve("MuongSo_2023_sua.xlsx"), "UBND XÃ MƯỜNG SO", 500, Instant.parse("1970-01-02T00:00:00Z"));

        run(input, out, jobs, "0");

        assertThat(statusByFile(out)).containsEntry("ThenSin_2023.xlsx 2023", "in_force")
                .containsEntry("gui lai/ThenSin_2023 - gui lai.xlsx", "duplicate")
                .containsEntry("MuongSo_2023_sua.xlsx 2023", "in_force")
                .containsEntry("MuongSo_2023.xlsx 2023", "superseded");
        List<Map<String, String>> facts = CsvRows.read(out.resolve("latest/facts.csv"));
        assertThat(facts).filteredOn(f -> f.get("measure").equals("allocated"))
                .extracting(f -> f.get("unit_code") + "=" + f.get("value")).containsExactlyInAnyOrder("03589=500", "03394=300");
        assertThat(CsvRows.read(out.resolve("latest/files.csv"))).filteredOn(r -> r.get("file").equals("MuongSo_2023.xlsx"))
                .singleElement().satisfies(r -> assertThat(r.get("reason")).contains("MuongSo_2023_sua.xlsx"));
    }

    /** A file from a PC whose clock runs years ahead is taken once it has settled, on the night that finds it. */
    @Test
    void aFileStampedInTheFutureIsTakenByTheNightThatFindsIt() throws Exception {
        Path input = Files.createDirectories(work.resolve("input"));
        Path out = work.resolve("output");
        capital(input.resolve("MuongSo_2023.xlsx"), "UBND XÃ MƯỜNG SO", 480, Instant.parse("2031-05-01T00:00:00Z"));
        long started = System.nanoTime();

        run(input, out, Path.of("jobs").toAbsolutePath(), "2");

        assertThat((System.nanoTime() - started) / 1_000_000).as("it waited for the file once, 2 s").isBetween(2_000L, 30_000L);
        assertThat(statusByFile(out)).containsExactly(Map.entry("MuongSo_2023.xlsx 2023", "in_force"));
    }

    /**
     * The two halves of "nothing silent" over a busy night (100 files: drafts, corrections, copies, junk): every
     * file under the folder has a files.csv row, and every figure typed in a money column of a sheet taken is
     * on a row staged or named by a finding.
     */
    @Test
    void aBusyNightAccountsForEveryFileAndEveryFigure() throws Exception {
        Path input = work.resolve("input");
        BusyNightSet.write(input);
        Path out = work.resolve("output");
        run(input, out, Path.of("jobs").toAbsolutePath(), "0");

        List<Map<String, String>> files = CsvRows.read(out.resolve("latest/files.csv"));
        try (Stream<Path> all = Files.walk(input)) {
            List<String> under = all.filter(p -> !Files.isDirectory(p)).map(p -> input.relativize(p).toString()).toList();
            assertThat(under).hasSizeGreaterThanOrEqualTo(100);
            assertThat(files).extracting(r -> r.get("file")).containsAll(under);
        }
        Map<String, Map<String, TypedFigures.Account>> accounts = new TreeMap<>();
        try (Connection c = UnattendedNightsTest.database(out)) {
            var sheets = c.createStatement().executeQuery("SELECT f.path, s.sheet_id, s.sheet_name, s.col_carry_in,"
                    + " s.col_allocated, s.col_available, s.col_disbursed, s.col_carry_out, s.col_returned FROM received_sheet s"
                    + " JOIN received_file f ON f.file_id = s.file_id WHERE s.form = '01/VỐN'");
            while (sheets.next()) {
                Set<String> columns = new HashSet<>();
                for (int col = 4; col <= 9; col++) {
                    if (sheets.getString(col) != null) {
                        columns.add(sheets.getString(col));
                    }
                }
                Set<Integer> staged = new HashSet<>();
                var rows = c.prepareStatement("SELECT row_no FROM capital_row WHERE sheet_id = ?");
                rows.setLong(1, sheets.getLong(2));
                var rs = rows.executeQuery();
                while (rs.next()) {
                    staged.add(rs.getInt(1));
                }
                Set<Integer> named = new HashSet<>();
                Integer below = null;
                var found = c.prepareStatement("SELECT code, cell FROM finding WHERE file = ? AND sheet = ? AND cell IS NOT NULL");
                found.setString(1, sheets.getString(1));
                found.setString(2, sheets.getString(3));
                rs = found.executeQuery();
                while (rs.next()) {
                    int row = Integer.parseInt(rs.getString(2).replaceAll("\\D", ""));
                    named.add(row);
                    if (rs.getString(1).equals("FIGURES_BELOW_TABLE")) {
                        below = below == null ? row : Math.min(below, row);
                    }
                }
                accounts.computeIfAbsent(sheets.getString(1), k -> new TreeMap<>())
                        .put(sheets.getString(3), new TypedFigures.Account(staged, columns, named, below));
            }
        }
        assertThat(accounts).hasSizeGreaterThanOrEqualTo(60);
        List<String> unaccounted = new ArrayList<>();
        for (var e : accounts.entrySet()) {
            TypedFigures.unaccounted(input.resolve(e.getKey()), e.getValue())
                    .forEach(cell -> unaccounted.add(e.getKey() + " › " + cell));
        }
        assertThat(unaccounted).isEmpty();
        assertThat(CachedFormulas.differing(out.resolve("latest/TongHop.xlsx"))).as("every total adds its rows up").isEmpty();
    }

    /** A share that is not mounted is no empty night: exit 1, one line naming the folder, and latest/ as it was. */
    @Test
    void aMissingInputFolderStopsTheNightAndLeavesTheLastSetAlone() throws Exception {
        Path input = Files.createDirectories(work.resolve("share"));
        Path out = work.resolve("output");
        capital(input.resolve("MuongSo_2023.xlsx"), "UBND XÃ MƯỜNG SO", 480, Instant.parse("2024-08-01T00:00:00Z"));
        run(input, out, Path.of("jobs").toAbsolutePath(), "0");
        String before = Files.readString(out.resolve("latest/facts.csv"));
        Files.move(input, work.resolve("share-unmounted"));

        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = TonghopApplication.run("run", "--input", input.toString(), "--output", out.toString(), "--jobs",
                    Path.of("jobs").toAbsolutePath().toString(), "--settle", "0");
        } finally {
            System.setOut(stdout);
        }
        assertThat(code).isEqualTo(1);
        // One line, the console's whole say: no log line repeating it, no stack trace.
        assertThat(captured.toString(StandardCharsets.UTF_8).lines())
                .singleElement().asString().startsWith("tonghop: ").contains(input.toString()).contains("does not exist")
                .contains("output/latest/ is unchanged");
        assertThat(Files.readString(out.resolve("latest/facts.csv"))).isEqualTo(before).contains("480");
        assertThat(Files.readString(out.resolve("logs/tonghop.log"))).contains("does not exist (is the share mounted?)");
    }
}
