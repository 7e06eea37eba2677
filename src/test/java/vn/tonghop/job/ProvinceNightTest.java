package vn.tonghop.job;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.tonghop.TonghopApplication;
import vn.tonghop.check.CheckRepository;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.testdata.CsvRows;
import vn.tonghop.testdata.NationalNight;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More units than the streamed workbooks keep in memory (XlsxDocument.ROWS_IN_MEMORY): every
 * schedule and the error list must still be written top to bottom, and totals must cover every unit.
 */
class ProvinceNightTest {

    private static final int UNITS = 260;

    @Test
    void aNightOfMoreUnitsThanTheWriterHoldsWritesEveryScheduleWhole(@TempDir Path work) throws Exception {
        NationalNight.write(work, UNITS, 2022, 2024);
        Path out = work.resolve("output");
        assertThat(TonghopApplication.run("run", "--input", work.resolve("input").toString(), "--output", out.toString(),
                "--jobs", work.resolve("jobs").toString(), "--settle", "0")).isZero();

        List<Map<String, String>> findings = CsvRows.read(out.resolve("latest/findings.csv"));
        try (Workbook wb = WorkbookFactory.create(out.resolve("latest/TongHop.xlsx").toFile())) {
            Sheet committees = wb.getSheet("Biểu BCĐ");
            // Heading, header, the total on row 7, then one row per commune.
            assertThat(committees.getRow(6).getCell(1).getStringCellValue()).isEqualTo("TỔNG CỘNG");
            assertThat(committees.getRow(6).getCell(4).getCellFormula()).isEqualTo("SUM(E8:E" + (7 + UNITS) + ")");
            assertThat(committees.getRow(6 + UNITS).getCell(1).getStringCellValue()).isEqualTo(lastUnitName(work));
            Sheet byUnit = wb.getSheet("Theo đơn vị");
            assertThat(byUnit.getLastRowNum()).isGreaterThan(UNITS);
            Sheet poverty = wb.getSheet("Biểu 2 - Hộ nghèo theo xã");
            assertThat(poverty.getLastRowNum()).isGreaterThan(UNITS);
        }
        try (Workbook errors = WorkbookFactory.create(out.resolve("latest/BaoCaoLoi.xlsx").toFile())) {
            Sheet all = errors.getSheet("Tất cả lỗi");
            assertThat(findings).isNotEmpty();
            long headings = findings.stream().map(f -> f.get("unit_code")).distinct().count();
            assertThat(all.getLastRowNum()).as("a heading per unit, then its findings").isEqualTo(findings.size() + headings);
            Row lastRow = all.getRow(all.getLastRowNum());
            assertThat(lastRow.getCell(7).getStringCellValue()).isNotBlank();
        }

        // The checks compare the amounts consolidation stores: one sum of the rows, the same figures.
        SingleConnectionDataSource db = new SingleConnectionDataSource("jdbc:hsqldb:file:" + out.resolve("db/tonghop")
                + ";shutdown=true;ifexists=true", "SA", "", true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(db);
            List<String> consolidated = jdbc.query("SELECT * FROM fact_figure ORDER BY unit_code, leaf, fund, source, year",
                    (rs, i) -> String.join(" ", rs.getString("unit_code"), rs.getString("leaf"), rs.getString("fund"),
                            rs.getString("source"), rs.getString("year"), plain(rs.getBigDecimal("carry_in")),
                            plain(rs.getBigDecimal("allocated")), plain(rs.getBigDecimal("disbursed")),
                            plain(rs.getBigDecimal("returned")), plain(rs.getBigDecimal("carry_out"))));
            List<String> byChecks = new CheckRepository(jdbc).load(JobsConfig.load(work.resolve("jobs"))).amounts().stream()
                    .map(a -> String.join(" ", a.unitCode(), a.leaf(), a.fund(), a.source(), String.valueOf(a.year()),
                            plain(a.carryIn()), plain(a.allocated()), plain(a.disbursed()), plain(a.returned()),
                            plain(a.carryOut())))
                    .toList();
            assertThat(consolidated).hasSizeGreaterThan(UNITS);
            assertThat(byChecks).isEqualTo(consolidated);
        } finally {
            db.destroy();
        }
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String lastUnitName(Path work) throws Exception {
        List<String> lines = Files.readAllLines(work.resolve("jobs/units.csv"));
        return lines.get(lines.size() - 1).split(",")[1];
    }
}
