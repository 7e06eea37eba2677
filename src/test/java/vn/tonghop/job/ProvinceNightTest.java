package vn.tonghop.job;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;
import vn.tonghop.testdata.CsvRows;
import vn.tonghop.testdata.NationalNight;

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
            Sheet all = errors.getSheetAt(0);
            assertThat(findings).isNotEmpty();
            assertThat(all.getLastRowNum()).isEqualTo(findings.size());
            Row lastRow = all.getRow(findings.size());
            assertThat(lastRow.getCell(1).getStringCellValue()).isNotBlank();
        }
    }

    private static String lastUnitName(Path work) throws Exception {
        List<String> lines = java.nio.file.Files.readAllLines(work.resolve("jobs/units.csv"));
        return lines.get(lines.size() - 1).split(",")[1];
    }
}
