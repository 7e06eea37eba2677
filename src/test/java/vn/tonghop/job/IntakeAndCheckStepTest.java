package vn.tonghop.job;

import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.TonghopApplication;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.consolidate.Fact;
import vn.tonghop.consolidate.FactRepository;
import vn.tonghop.db.DatabaseSchema;
import vn.tonghop.intake.Arrivals;
import vn.tonghop.intake.DropFolder;
import vn.tonghop.intake.FolderLooks;
import vn.tonghop.intake.InputFile;
import vn.tonghop.intake.IntakeStore;
import vn.tonghop.intake.ReceivedJournal;
import vn.tonghop.staging.SheetsInForce;
import vn.tonghop.testdata.CapitalForm;
import vn.tonghop.testdata.CapitalWorkbookBuilder;
import vn.tonghop.testdata.TestConfig;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The intake and check steps one at a time, through Spring Batch, on an in-memory database. */
@SpringBootTest(classes = {TonghopApplication.class, IntakeAndCheckStepTest.Scratch.class}, properties = {
    "spring.datasource.url=jdbc:hsqldb:mem:steptest;hsqldb.tx=mvcc", "spring.datasource.username=SA"})
@SpringBatchTest
class IntakeAndCheckStepTest {

    static final Path WORK;

    static {
        try {
            WORK = Files.createTempDirectory("tonghop-steps");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static final Path INPUT = WORK.resolve("input");

    @TestConfiguration
    static class Scratch {
        @Bean
        Folders folders() {
            return new Folders(INPUT, WORK.resolve("output"), 0);
        }

        @Bean
        JobsConfig jobsConfig() {
            return TestConfig.jobs();
        }
    }

    @Autowired
    JobOperatorTestUtils batch;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DatabaseSchema schema;

    @BeforeEach
    void emptyStagingAndInput() throws Exception {
        schema.ensure();
        for (String table : List.of("finding", "fact_figure", "unit_pending", "check_basis", "capital_row", "received_sheet",
                "received_file")) {
            jdbc.update("DELETE FROM " + table);
        }
        if (Files.exists(INPUT)) {
            try (Stream<Path> files = Files.walk(INPUT)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(INPUT);
    }

    private static Path capital(String name, String unitLine, int year, long allocated, Instant modified) throws IOException {
        return capital(name, unitLine, year, allocated, allocated, modified);
    }

    private static Path capital(String name, String unitLine, int year, long allocated, long disbursed, Instant modified)
            throws IOException {
        CapitalForm form = new CapitalForm(unitLine, year);
        form.total();
        form.project("I", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", "DA2").fund("SN", "NSTW")
                .money(0, allocated, disbursed);
        Path file = INPUT.resolve(name);
        new CapitalWorkbookBuilder().write(file, List.of(form));
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    private Map<String, String> statusByPath() {
        Map<String, String> out = new TreeMap<>();
        jdbc.query("SELECT path, status FROM received_file", rs -> {
            out.put(rs.getString("path"), rs.getString("status"));
        });
        return out;
    }

    @Test
    void intakeTakesWhatItCanReadAndSaysWhyItRejectsTheRest() throws Exception {
        Instant sent = Instant.parse("2024-08-01T00:00:00Z");
        Path good = capital("MuongSo_2023.xlsx", "UBND XÃ MƯỜNG SO", 2023, 480, sent);
        Files.copy(good, INPUT.resolve("MuongSo_2023 (copy).xlsx"));
        capital("MaLiChai_2023.xlsx", "UBND XÃ MA LI CHẢI", 2023, 100, sent);
        capital("NamXe_2019.xlsx", "UBND XÃ NẬM XE", 2019, 100, sent);
        Files.writeString(INPUT.resolve("BanLang_2023.xlsx"), "this is not a workbook");
        Files.writeString(INPUT.resolve("~$MuongSo_2023.xlsx"), "Excel's lock file");
        Files.write(INPUT.resolve("Thumbs.db"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0});
        Files.writeString(INPUT.resolve("desktop.ini"), "[.ShellClassInfo]");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(INPUT.resolve("DaoSan_ghichu.xlsx"))) {
            wb.createSheet("Ghi chú").createRow(0).createCell(0).setCellValue("Số liệu sẽ gửi sau");
            wb.write(out);
        }

        JobExecution execution = batch.startStep("intake");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        // A file that gave nothing to consolidate is rejected and says so, where it used to pass as "taken".
        assertThat(statusByPath()).containsExactly(
                Map.entry("BanLang_2023.xlsx", "REJECTED"),
                Map.entry("DaoSan_ghichu.xlsx", "REJECTED"),
                Map.entry("MaLiChai_2023.xlsx", "REJECTED"),
                Map.entry("MuongSo_2023 (copy).xlsx", "DUPLICATE"),
                Map.entry("MuongSo_2023.xlsx", "TAKEN"),
                Map.entry("NamXe_2019.xlsx", "REJECTED"));
        assertThat(jdbc.queryForList("SELECT code, unit_code, file, sheet FROM finding WHERE origin = 'intake' ORDER BY file, code"))
                .extracting(r -> tuple(r.get("CODE"), r.get("UNIT_CODE"), r.get("FILE"), r.get("SHEET")))
                .containsExactly(
                        tuple("FILE_UNREADABLE", "03577", "BanLang_2023.xlsx", null),
                        tuple("NOTHING_READ", "03571", "DaoSan_ghichu.xlsx", null),
                        tuple("SHEET_SKIPPED", "03571", "DaoSan_ghichu.xlsx", "Ghi chú"),
                        tuple("UNIT_UNKNOWN", null, "MaLiChai_2023.xlsx", "2023"),
                        tuple("DUPLICATE_FILE", "03589", "MuongSo_2023 (copy).xlsx", null),
                        tuple("YEAR_UNKNOWN", "03586", "NamXe_2019.xlsx", "2019"));
        assertThat(jdbc.queryForObject("SELECT SUM(allocated) FROM capital_row WHERE role = 'LEAF'", Long.class)).isEqualTo(480);
        try (Stream<Path> archived = Files.list(WORK.resolve("output/archive"))) {
            assertThat(archived.filter(Files::isRegularFile).count()).isEqualTo(5);
        }
        assertThat(ReceivedJournal.read(WORK.resolve("output/archive"))).as("the duplicate too has its line")
                .extracting(ReceivedJournal.Entry::path).contains("MuongSo_2023 (copy).xlsx").hasSize(6);
        assertThat(INPUT.resolve("~$MuongSo_2023.xlsx")).exists();

        // Each file is staged once: the rejections the configuration can cure are read again and replace their row.
        JobExecution again = batch.startStep("intake");
        assertThat(again.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(statusByPath()).hasSize(6);
        assertThat(jdbc.queryForList("SELECT path FROM received_file WHERE retry ORDER BY path", String.class))
                .containsExactly("DaoSan_ghichu.xlsx", "MaLiChai_2023.xlsx", "NamXe_2019.xlsx");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM finding WHERE file = 'MaLiChai_2023.xlsx'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void checksSeeOnlyTheNewestFileOfAUnitForAFormAndYear() throws Exception {
        capital("MuongSo_2023.xlsx", "UBND XÃ MƯỜNG SO", 2023, 480, Instant.parse("2024-08-01T00:00:00Z"));
        capital("MuongSo_2023_sua.xlsx", "UBND XÃ MƯỜNG SO", 2023, 500, Instant.parse("2024-08-05T00:00:00Z"));
        batch.startStep("intake");

        JobExecution execution = batch.startStep("check");

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForList("SELECT code, file, expected FROM finding WHERE code = 'SUPERSEDED'"))
                .extracting(r -> tuple(r.get("FILE"), r.get("EXPECTED")))
                .containsExactly(tuple("MuongSo_2023.xlsx", "MuongSo_2023_sua.xlsx"));
        // Mường So still owes 01/VỐN 2024, 02/CT, 03/VB and 04/BCĐ; the others owe everything: 01/VỐN, then
        // 03/VB, 04/BCĐ, 02/CT (communes, LĐ-TB&XH, the bank) and 05/GV (TC-KH).
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM finding WHERE code = 'MISSING_REPORT' AND unit_code = '03589'",
                Integer.class)).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM finding WHERE code = 'MISSING_REPORT'", Integer.class))
                .isEqualTo(16 * 2 + 1 + 5 * 3 + 2 + 18 + 17 + 19 + 1);

        // The check step stored which sheet is in force; deciding again finds nothing to change.
        assertThat(jdbc.queryForList("SELECT path FROM sheet_in_force", String.class)).containsOnly("MuongSo_2023_sua.xlsx");
        assertThat(new SheetsInForce(jdbc).decide()).isZero();

        batch.startStep("consolidate");
        assertThat(jdbc.queryForObject("SELECT SUM(value) FROM fact WHERE measure = 'allocated'", Long.class)).isEqualTo(500);
        assertThat(jdbc.queryForList("SELECT DISTINCT measure FROM fact", String.class))
                .containsExactlyInAnyOrder("carry_in", "allocated", "available", "disbursed", "returned", "carry_out");
        // The reports list a figure's measures in the form's column order, not the alphabet's.
        assertThat(new FactRepository(jdbc).all()).extracting(Fact::measure)
                .containsExactly("carry_in", "allocated", "available", "disbursed", "returned", "carry_out");
    }

    /**
     * This year's workbook keeps last year's sheet, hidden and not brought up to date: the report sent
     * for last year, though older, stays in force.
     */
    @Test
    void aHiddenSheetOfANewerFileDoesNotReplaceAVisibleOne() throws Exception {
        capital("MuongSo_2023.xlsx", "UBND XÃ MƯỜNG SO", 2023, 480, Instant.parse("2024-08-01T00:00:00Z"));
        CapitalForm old = new CapitalForm("UBND XÃ MƯỜNG SO", 2023);
        old.total();
        old.project("I", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", "DA2").fund("SN", "NSTW").money(0, 400, 400);
        CapitalForm current = new CapitalForm("UBND XÃ MƯỜNG SO", 2024);
        current.total();
        current.project("I", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", "DA2").fund("SN", "NSTW").money(0, 600, 600);
        Path file = INPUT.resolve("MuongSo_2024.xlsx");
        new CapitalWorkbookBuilder().write(file, List.of(old, current));
        try (var wb = WorkbookFactory.create(Files.newInputStream(file))) {
            wb.setActiveSheet(1);
            wb.setSelectedTab(1);
            wb.setSheetHidden(0, true);
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-01-10T00:00:00Z")));
        batch.startStep("intake");
        batch.startStep("check");

        assertThat(jdbc.queryForList("SELECT path || ' ' || year FROM sheet_in_force ORDER BY year", String.class))
                .containsExactly("MuongSo_2023.xlsx 2023", "MuongSo_2024.xlsx 2024");
        assertThat(jdbc.queryForList("SELECT file, message FROM finding WHERE code = 'SUPERSEDED'")).singleElement()
                .satisfies(f -> {
                    assertThat(f.get("FILE")).isEqualTo("MuongSo_2024.xlsx");
                    assertThat((String) f.get("MESSAGE")).contains("đang ẩn").contains("MuongSo_2023.xlsx");
                });
        batch.startStep("consolidate");
        assertThat(jdbc.queryForList("SELECT year || '=' || CAST(value AS INT) FROM fact WHERE measure = 'allocated' ORDER BY year",
                String.class)).containsExactly("2023=480", "2024=600");
    }

    @Test
    void aCorrectedFileTheNextNightRebuildsTheFactsOfItsUnitAlone() throws Exception {
        capital("MuongSo_2023.xlsx", "UBND XÃ MƯỜNG SO", 2023, 480, Instant.parse("2024-08-01T00:00:00Z"));
        capital("NamXe_2023.xlsx", "UBND XÃ NẬM XE", 2023, 300, Instant.parse("2024-08-01T00:00:00Z"));
        for (String step : List.of("intake", "check", "consolidate")) {
            batch.startStep(step);
        }
        assertThat(allocatedByUnit()).containsExactly(Map.entry("03586", 300L), Map.entry("03589", 480L));
        assertThat(jdbc.queryForList("SELECT unit_code FROM unit_pending", String.class)).isEmpty();

        capital("MuongSo_2023_sua.xlsx", "UBND XÃ MƯỜNG SO", 2023, 500, Instant.parse("2024-08-05T00:00:00Z"));
        batch.startStep("intake");
        batch.startStep("check");
        assertThat(jdbc.queryForList("SELECT unit_code FROM unit_pending", String.class)).containsExactly("03589");
        batch.startStep("consolidate");

        assertThat(allocatedByUnit()).containsExactly(Map.entry("03586", 300L), Map.entry("03589", 500L));
        assertThat(jdbc.queryForList("SELECT unit_code FROM unit_pending", String.class)).isEmpty();
        assertThat(jdbc.queryForList("SELECT DISTINCT file FROM fact WHERE unit_code = '03589'", String.class))
                .containsExactly("MuongSo_2023_sua.xlsx");
    }

    @Test
    void aFileTakenBeforeIsKnownByPathSizeAndTimeToTheMillisecond() throws Exception {
        Instant sent = Instant.parse("2024-08-01T07:30:00.123456789Z");
        Path file = capital("MuongSo_2023.xlsx", "UBND XÃ MƯỜNG SO", 2023, 480, sent);
        batch.startStep("intake");
        long size = Files.size(file);
        Instant kept = Files.getLastModifiedTime(file).toInstant();

        var taken = new IntakeStore(jdbc).takenBefore();

        assertThat(taken.test(new InputFile(file, "MuongSo_2023.xlsx", size, kept))).isTrue();
        assertThat(taken.test(new InputFile(file, "MuongSo_2023.xlsx", size, kept.plusMillis(1)))).isFalse();
        assertThat(taken.test(new InputFile(file, "MuongSo_2023.xlsx", size + 1, kept))).isFalse();
        assertThat(taken.test(new InputFile(file, "NamXe_2023.xlsx", size, kept))).isFalse();
        assertThat(new Arrivals(new DropFolder(INPUT), new FolderLooks(jdbc), new IntakeStore(jdbc),
                Clock.systemUTC(), 0).look()).isEmpty();
    }

    @Test
    void aNightWithNewSheetsChecksTheirUnitsAloneAndFindsWhatCheckingEveryUnitFinds() throws Exception {
        Instant first = Instant.parse("2024-08-01T00:00:00Z");
        capital("MuongSo_2023.xlsx", "UBND XÃ MƯỜNG SO", 2023, 480, first);
        capital("NamXe_2023.xlsx", "UBND XÃ NẬM XE", 2023, 300, 350, first);
        capital("BanLang_2023.xlsx", "UBND XÃ BẢN LANG", 2023, 200, 260, first);
        for (String step : List.of("intake", "check", "consolidate")) {
            batch.startStep(step);
        }
        assertThat(overspentUnits()).containsExactly("03577", "03586");
        Long banLangFinding = jdbc.queryForObject("SELECT MIN(finding_id) FROM finding WHERE code = 'DISBURSED_OVER_AVAILABLE'"
                + " AND unit_code = '03577'", Long.class);

        // The next night Mường So sends a slip and Nậm Xe its correction; Bản Lang sends nothing.
        Instant second = Instant.parse("2024-08-05T00:00:00Z");
        capital("MuongSo_2023_sua.xlsx", "UBND XÃ MƯỜNG SO", 2023, 480, 500, second);
        capital("NamXe_2023_sua.xlsx", "UBND XÃ NẬM XE", 2023, 300, 300, second);
        batch.startStep("intake");
        batch.startStep("check");
        List<String> incremental = checkFindings();

        assertThat(overspentUnits()).containsExactly("03577", "03589");
        // Bản Lang's finding was not made again: it is the same row.
        assertThat(jdbc.queryForObject("SELECT MIN(finding_id) FROM finding WHERE code = 'DISBURSED_OVER_AVAILABLE'"
                + " AND unit_code = '03577'", Long.class)).isEqualTo(banLangFinding);

        jdbc.update("DELETE FROM check_basis");
        batch.startStep("check");
        assertThat(checkFindings()).isEqualTo(incremental);
        assertThat(jdbc.queryForObject("SELECT MIN(finding_id) FROM finding WHERE code = 'DISBURSED_OVER_AVAILABLE'"
                + " AND unit_code = '03577'", Long.class)).isNotEqualTo(banLangFinding);
    }

    private List<String> overspentUnits() {
        return jdbc.queryForList("SELECT DISTINCT unit_code FROM finding WHERE code = 'DISBURSED_OVER_AVAILABLE' ORDER BY unit_code",
                String.class);
    }

    /** Every check finding as "CODE unit file!cell message", sorted. */
    private List<String> checkFindings() {
        return jdbc.query("SELECT * FROM finding WHERE origin = 'check'", (rs, i) -> rs.getString("code") + " "
                + rs.getString("unit_code") + " " + rs.getString("file") + "!" + rs.getString("cell") + " "
                + rs.getString("expected") + " " + rs.getString("actual") + " " + rs.getString("message"))
                .stream().sorted().toList();
    }

    private Map<String, Long> allocatedByUnit() {
        Map<String, Long> out = new TreeMap<>();
        jdbc.query("SELECT unit_code, SUM(value) AS v FROM fact WHERE measure = 'allocated' GROUP BY unit_code",
                rs -> {
                    out.put(rs.getString("unit_code"), rs.getLong("v"));
                });
        return out;
    }
}
