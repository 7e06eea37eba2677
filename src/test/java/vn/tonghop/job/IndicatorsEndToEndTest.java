package vn.tonghop.job;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;
import vn.tonghop.testdata.CsvRows;
import vn.tonghop.testdata.SeedExampleSet;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The indicators and the allocation register of the seed's example set, end to end: indicators.csv,
 * the district's figures by each aggregation, Phụ lục II, Biểu 2 and the medium-term plan of Phụ lục IV.
 */
class IndicatorsEndToEndTest {

    @TempDir
    static Path work;
    static Path output;
    static List<Map<String, String>> indicators;
    static List<Map<String, String>> findings;

    @BeforeAll
    static void runOnce() throws IOException {
        Path input = work.resolve("input");
        output = work.resolve("output");
        SeedExampleSet.write(input);
        assertThat(TonghopApplication.run("run", "--input", input.toString(), "--output", output.toString(),
                "--jobs", Path.of("jobs").toAbsolutePath().toString(), "--settle", "0")).isZero();
        indicators = CsvRows.read(output.resolve("latest/indicators.csv"));
        findings = CsvRows.read(output.resolve("latest/findings.csv"));
    }

    @Test
    void indicatorsCsvHasTheContractsColumns() throws IOException {
        assertThat(CsvRows.header(output.resolve("latest/indicators.csv"))).containsExactly("unit_code", "unit_name",
                "indicator", "year", "plan", "actual", "file", "sheet", "cell");
        assertThat(indicators).filteredOn(r -> r.get("unit_code").equals("03589") && r.get("indicator").equals("CT01"))
                .extracting(r -> r.get("year")).containsExactly("2022", "2023", "2024");
        assertThat(indicators).filteredOn(r -> r.get("unit_code").equals("03589")).allSatisfy(r -> {
            assertThat(r.get("file")).isEqualTo("xa/MuongSo_2023-2024.xlsx");
            assertThat(r.get("cell")).matches("[A-Z]+\\d+");
        });
    }

    @Test
    void theDistrictsPovertyRateIsTheSumOfPoorOverTheSumOfHouseholdsNotTheMeanOfCommuneRates() {
        for (String year : List.of("2022", "2023", "2024")) {
            BigDecimal poor = communeSum("CT01", year);
            BigDecimal households = communeSum("CT03", year);
            BigDecimal expected = poor.multiply(BigDecimal.valueOf(100)).divide(households, 4, RoundingMode.HALF_UP);
            BigDecimal mean = indicators.stream().filter(r -> isCommune(r) && r.get("indicator").equals("CT01") && r.get("year").equals(year))
                    .map(r -> new BigDecimal(r.get("actual")).multiply(BigDecimal.valueOf(100))
                            .divide(actual(r.get("unit_code"), "CT03", year), 10, RoundingMode.HALF_UP))
                    .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(17), 4, RoundingMode.HALF_UP);
            BigDecimal district = actual("109", "CT04", year);
            assertThat(district).as(year).isEqualByComparingTo(expected);
            assertThat(district.subtract(mean).abs()).as("differs from the mean of commune rates").isGreaterThan(BigDecimal.ONE);
        }
    }

    @Test
    void sumIndicatorsAddTheirReportersAndNoneIndicatorsTakeTheDesignatedUnit() {
        assertThat(actual("109", "CT01", "2023")).isEqualByComparingTo(communeSum("CT01", "2023"));
        assertThat(actual("109", "CT08", "2023")).isEqualByComparingTo("2032");
        assertThat(actual("109", "CT10", "2022")).isEqualByComparingTo("48.8");
        assertThat(actual("109", "CT15", "2024")).isEqualByComparingTo("2088");
    }

    /** The seed's 11.230 workers for 1.230: one root with its value, the rate and cumulative findings under it. */
    @Test
    void theSeedsTypoIsOneRootThatExplainsTwoFindings() {
        List<Map<String, String>> ct08 = findings.stream().filter(f -> "CT08".equals(f.get("leaf"))).toList();
        assertThat(ct08).filteredOn(f -> !f.get("suggested").isEmpty()).singleElement().satisfies(f -> {
            assertThat(f.get("code") + " " + f.get("sheet") + "!" + f.get("cell") + " " + f.get("suggested"))
                    .isEqualTo("OUTLIER Chỉ tiêu!O8 1230");
            assertThat(f.get("root_cell")).isEmpty();
            assertThat(f.get("message")).endsWith("Có lẽ là 1.230: với giá trị này tỷ lệ và lũy kế đều khớp.");
        });
        assertThat(ct08).filteredOn(f -> f.get("root_cell").equals("Chỉ tiêu!O8"))
                .extracting(f -> f.get("code") + " " + f.get("cell"))
                .containsExactlyInAnyOrder("ACHIEVEMENT_MISMATCH P8", "CUMULATIVE_MISMATCH Q8");
        assertThat(ct08).filteredOn(f -> f.get("year").equals("2021")).singleElement()
                .satisfies(f -> assertThat(f.get("root_cell") + f.get("suggested")).as("a rate's own typo stands alone").isEmpty());
    }

    @Test
    void aRateWithinItsLastTypedDigitIsNotFlagged() {
        // 48,8 / 48 = 101,67 %, typed 101,7.
        assertThat(findings).noneMatch(f -> f.get("leaf").equals("CT10"));
    }

    @Test
    void aRegisterThatAgreesAndACounterpartWithoutPlanGiveNoFinding() {
        assertThat(findings).noneMatch(f -> f.get("code").startsWith("ALLOCATION") || f.get("code").equals("OVER_MEDIUM_TERM_PLAN"));
    }

    @Test
    void theSchedulesShowTheIndicatorsAndThePlan() throws IOException {
        try (Workbook wb = WorkbookFactory.create(output.resolve("latest/TongHop.xlsx").toFile())) {
            Sheet targets = wb.getSheet("PL II - Chỉ tiêu");
            Row ct08 = rowLabelled(targets, "Số lao động được giải quyết việc làm");
            assertThat(ct08.getCell(2).getStringCellValue()).isEqualTo("người");
            // 2021: plan, actual, achievement formula.
            assertThat(ct08.getCell(3).getNumericCellValue()).isEqualTo(1000.0);
            assertThat(ct08.getCell(4).getNumericCellValue()).isEqualTo(1322.0);
            assertThat(ct08.getCell(5).getCellFormula()).isEqualTo("IF(D" + (ct08.getRowNum() + 1) + "=0,\"\",E"
                    + (ct08.getRowNum() + 1) + "/D" + (ct08.getRowNum() + 1) + "*100)");
            assertThat(ct08.getCell(5).getNumericCellValue()).isCloseTo(132.2, within(1e-9));
            assertThat(ct08.getCell(5).getCellComment().getString().getString()).startsWith("ACHIEVEMENT_MISMATCH");
            Row ct10 = rowLabelled(targets, "Tỷ lệ lao động qua đào tạo");
            assertThat(ct10.getCell(7).getNumericCellValue()).as("2022 actual, two decimals").isEqualTo(48.8);
            assertThat(ct10.getCell(8).getCellComment()).as("101,7 for 48,8 / 48 is right").isNull();

            Sheet poverty = wb.getSheet("Biểu 2 - Hộ nghèo theo xã");
            Row total = rowLabelled(poverty, "TỔNG CỘNG");
            assertThat(total.getCell(2).getCellFormula()).startsWith("SUM(");
            assertThat(BigDecimal.valueOf(total.getCell(2).getNumericCellValue())).isEqualByComparingTo(communeSum("CT03", "2022"));
            assertThat(total.getCell(4).getNumericCellValue()).isCloseTo(actual("109", "CT04", "2022").doubleValue(), within(1e-4));
            assertThat(rowLabelled(poverty, "Xã Vàng Ma Chải")).isNotNull();

            Sheet pl4 = wb.getSheet("PL IV - Vốn theo dự án");
            Row pl4Total = rowLabelled(pl4, "TỔNG CỘNG");
            assertThat(pl4Total.getCell(2).getNumericCellValue()).as("medium-term plan, NSTW").isEqualTo(383032.0);
        }
    }

    private static Row rowLabelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.STRING
                    && row.getCell(1).getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
    }

    private static boolean isCommune(Map<String, String> r) {
        return r.get("unit_code").matches("\\d{5}");
    }

    private static BigDecimal communeSum(String indicator, String year) {
        return CsvRows.sum(indicators.stream().filter(r -> isCommune(r) && r.get("indicator").equals(indicator)
                && r.get("year").equals(year)).toList(), "actual");
    }

    private static BigDecimal actual(String unit, String indicator, String year) {
        return indicators.stream().filter(r -> r.get("unit_code").equals(unit) && r.get("indicator").equals(indicator)
                && r.get("year").equals(year)).map(r -> new BigDecimal(r.get("actual"))).findFirst()
                .orElseThrow(() -> new AssertionError(unit + " " + indicator + " " + year));
    }
}
