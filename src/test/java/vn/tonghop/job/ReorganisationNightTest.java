package vn.tonghop.job;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;
import vn.tonghop.testdata.CsvRows;
import vn.tonghop.testdata.CachedFormulas;
import vn.tonghop.testdata.ReorganisationNight;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A night across the 2025 reorganisation (units-over-time.md): reports resolved by their period, the units that
 * closed or did not yet exist refused, and the schedules by unit listing the units of a basis date, the figures of
 * their predecessors carried in.
 */
class ReorganisationNightTest {

    @TempDir
    static Path work;
    static Path after;
    static Path before;

    /** The successors of 1 July 2025 and the old units each took in (successions.csv, those in scope). */
    static final Map<String, List<String>> SUCCESSORS = new LinkedHashMap<>();

    static {
        SUCCESSORS.put("Xã Phong Thổ", List.of("03549", "03490", "03574", "03589"));
        SUCCESSORS.put("Xã Dào San", List.of("03565", "03568", "03571"));
        SUCCESSORS.put("Xã Sì Lở Lầu", List.of("03562", "03553", "03559", "03550"));
        SUCCESSORS.put("Xã Khổng Lào", List.of("03580", "03577", "03583"));
        SUCCESSORS.put("Xã Sin Suối Hồ (*)", List.of("03586", "03592"));
        SUCCESSORS.put("Phường Đoàn Kết (*)", List.of("03391"));
    }

    @BeforeAll
    static void twoNights() throws Exception {
        Path input = work.resolve("input");
        ReorganisationNight.write(input);
        ReorganisationNight.writeResolutionCases(input);
        after = run(input, "2025-07-01");
        before = run(input, "2024-12-31");
    }

    private static Path run(Path input, String basis) throws Exception {
        Path jobs = ReorganisationNight.writeJobs(work.resolve("jobs-" + basis));
        Files.writeString(jobs.resolve("report.properties"), "\nreport.basis-date=" + basis + "\n", StandardOpenOption.APPEND);
        Path out = work.resolve("out-" + basis);
        assertThat(TonghopApplication.run("run", "--input", input.toString(), "--output", out.toString(), "--jobs",
                jobs.toString(), "--settle", "0")).isZero();
        return out.resolve("latest");
    }

    @Test
    void eachReportGoesToTheUnitOfItsPeriod() throws Exception {
        List<Map<String, String>> facts = CsvRows.read(after.resolve("facts.csv"));
        assertThat(unitsOf(facts, "2025/SiLoLau_2025.xlsx")).containsExactly("03562 Xã Sì Lở Lầu 2025");
        assertThat(unitsOf(facts, "2025/SiLoLau_6thang_2025.xlsx")).as("the first half of 2025: the old commune")
                .containsExactly("03550 Xã Sì Lở Lầu 2025");
        assertThat(unitsOf(facts, "xa/SiLoLau_2023-2024.xlsx")).containsExactly("03550 Xã Sì Lở Lầu 2023", "03550 Xã Sì Lở Lầu 2024");
        assertThat(unitsOf(facts, "xa/VangMaChai_2023-2024.xlsx"))
                .containsExactly("03562 Xã Vàng Ma Chải 2023", "03562 Xã Vàng Ma Chải 2024");
        List<Map<String, String>> findings = CsvRows.read(after.resolve("findings.csv"));
        assertThat(findings).filteredOn(f -> f.get("code").equals("UNIT_RESOLVED_BY_DATE")
                        && f.get("file").equals("2025/SiLoLau_2025.xlsx"))
                .singleElement().satisfies(f -> assertThat(f.get("message")).contains("Xã Sì Lở Lầu (03562, từ 01/07/2025)")
                        .contains("không phải Xã Sì Lở Lầu (03550, đến 30/06/2025)"));
        // Both lists of documents of code 03562 stay in force: the new commune's does not replace Vàng Ma Chải's.
        assertThat(findings).filteredOn(f -> f.get("code").equals("SUPERSEDED")).isEmpty();
    }

    @Test
    void aClosedUnitAndOneNotYetSetUpAreRefusedWithTheirFinding() throws Exception {
        List<Map<String, String>> findings = CsvRows.read(after.resolve("findings.csv"));
        assertThat(findings).filteredOn(f -> f.get("file").equals("2025/MoSiSan_2025.xlsx") && f.get("code").startsWith("UNIT_"))
                .extracting(f -> f.get("severity") + " " + f.get("code") + " " + f.get("unit_code"))
                .containsExactly("LỖI UNIT_CLOSED 03553");
        assertThat(findings).filteredOn(f -> f.get("file").equals("2025/DoanKet_2024.xlsx") && f.get("code").startsWith("UNIT_"))
                .extracting(f -> f.get("severity") + " " + f.get("code") + " " + f.get("unit_code"))
                .containsExactly("LỖI UNIT_NOT_YET 03388");
        List<Map<String, String>> files = CsvRows.read(after.resolve("files.csv"));
        assertThat(files).filteredOn(f -> f.get("file").startsWith("2025/MoSiSan") || f.get("file").startsWith("2025/DoanKet_2024"))
                .extracting(f -> f.get("status")).containsExactly("rejected", "rejected");
    }

    @Test
    void aUnitOwesFormsOnlyForYearsItIsInForce() throws Exception {
        List<Map<String, String>> completeness = CsvRows.read(after.resolve("completeness.csv"));
        assertThat(completeness).filteredOn(r -> r.get("unit_code").equals("03388") && r.get("form").equals("01/VỐN"))
                .extracting(r -> r.get("year") + " " + r.get("status")).containsExactly("2025 received");
        assertThat(completeness).filteredOn(r -> r.get("unit_code").equals("03589") && r.get("form").equals("01/VỐN"))
                .extracting(r -> r.get("year")).containsExactly("2023", "2024");
    }

    /** Biểu 2 at 1/7/2025: each successor's households are its predecessors' sum, and its rate the ratio of the sums. */
    @Test
    void bieu2AtTheBasisDateAddsUpPredecessors() throws Exception {
        List<Map<String, String>> indicators = CsvRows.read(after.resolve("indicators.csv"));
        Map<String, BigDecimal[]> lines = bieu2(after, 2024);
        assertThat(lines.keySet()).containsExactlyElementsOf(SUCCESSORS.keySet());
        for (Map.Entry<String, List<String>> s : SUCCESSORS.entrySet()) {
            BigDecimal households = sum(indicators, s.getValue(), "CT03", "2024");
            BigDecimal poor = sum(indicators, s.getValue(), "CT01", "2024");
            BigDecimal[] line = lines.get(s.getKey());
            assertThat(line[0]).as(s.getKey() + " households").isEqualByComparingTo(households);
            assertThat(line[1]).as(s.getKey() + " poor households").isEqualByComparingTo(poor);
            assertThat(line[2]).as(s.getKey() + " poverty rate").isCloseTo(
                    poor.multiply(BigDecimal.valueOf(100)).divide(households, 6, RoundingMode.HALF_UP), within(new BigDecimal("0.000001")));
        }
        assertThat(bieu2(after, 2025).get("Xã Sì Lở Lầu")[0]).isEqualByComparingTo(
                BigDecimal.valueOf(ReorganisationNight.SI_LO_LAU_2025[0]));
    }

    /** The scope's totals do not depend on the basis date: Biểu 2 and Theo đơn vị, every column of TỔNG CỘNG. */
    @Test
    void theTotalsAreTheSameAtEitherBasisDate() throws Exception {
        for (String sheet : List.of("Biểu 2 - Hộ nghèo theo xã", "Theo đơn vị", "Biểu BCĐ")) {
            List<Object> total = totalRow(after, sheet);
            assertThat(totalRow(before, sheet)).as(sheet).isEqualTo(total);
            assertThat(total).as(sheet).isNotEmpty();
        }
        assertThat(bieu2(before, 2024)).as("at 31/12/2024 the old communes").containsKey("Xã Vàng Ma Chải").hasSize(17 + 1);
        // Every commune's committee once: 16 of the 17 set one up, whichever unit it is listed under.
        assertThat((BigDecimal) totalRow(after, "Biểu BCĐ").get(2)).isEqualByComparingTo(BigDecimal.valueOf(16));
    }

    /** Every total a schedule shows is the consolidated one, and what its formula adds up from the rows. */
    @Test
    void everyCachedTotalIsWhatItsFormulaAddsUp() throws Exception {
        assertThat(CachedFormulas.differing(after.resolve("TongHop.xlsx"))).isEmpty();
        assertThat(CachedFormulas.differing(before.resolve("TongHop.xlsx"))).isEmpty();
    }

    private static List<String> unitsOf(List<Map<String, String>> facts, String file) {
        return facts.stream().filter(f -> f.get("file").equals(file))
                .map(f -> f.get("unit_code") + " " + f.get("unit_name") + " " + f.get("year")).distinct().sorted().toList();
    }

    private static BigDecimal sum(List<Map<String, String>> indicators, List<String> units, String indicator, String year) {
        return indicators.stream().filter(i -> units.contains(i.get("unit_code")) && i.get("indicator").equals(indicator)
                && i.get("year").equals(year)).map(i -> new BigDecimal(i.get("actual"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Biểu 2's unit lines: households, poor households and the poverty rate's cached value, for the year. */
    private static Map<String, BigDecimal[]> bieu2(Path latest, int year) throws Exception {
        Map<String, BigDecimal[]> lines = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(latest.resolve("TongHop.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Biểu 2 - Hộ nghèo theo xã");
            int col = -1;
            for (Cell c : sheet.getRow(5)) {
                // "Ước TH 2024": the example set's indicators of 2024 are the mid-year review's estimates.
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().matches("(Năm|Ước TH) " + year)) {
                    col = c.getColumnIndex();
                }
            }
            assertThat(col).as("a column group for " + year).isPositive();
            for (Row r : sheet) {
                if (r.getRowNum() > 8 && r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING
                        && r.getCell(0).getStringCellValue().matches("\\d+")) {
                    lines.put(r.getCell(1).getStringCellValue(), new BigDecimal[] {number(r.getCell(col)),
                        number(r.getCell(col + 1)), number(r.getCell(col + 2))});
                }
            }
        }
        return lines;
    }

    private static List<Object> totalRow(Path latest, String sheetName) throws Exception {
        try (InputStream in = Files.newInputStream(latest.resolve("TongHop.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(sheetName);
            for (Row r : sheet) {
                if (r.getCell(1) != null && r.getCell(1).getCellType() == CellType.STRING
                        && r.getCell(1).getStringCellValue().equals("TỔNG CỘNG")) {
                    List<Object> values = new ArrayList<>();
                    for (Cell c : r) {
                        values.add(c.getColumnIndex() < 2 ? null : number(c));
                    }
                    return values;
                }
            }
        }
        throw new AssertionError("no TỔNG CỘNG in " + sheetName);
    }

    /** A cell's number, or a formula's cached number, scaled for comparing; null for none. */
    private static BigDecimal number(Cell c) {
        if (c == null) {
            return null;
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return type == CellType.NUMERIC ? BigDecimal.valueOf(c.getNumericCellValue()).setScale(6, RoundingMode.HALF_UP) : null;
    }
}
