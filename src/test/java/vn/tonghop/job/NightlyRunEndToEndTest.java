package vn.tonghop.job;

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
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole night on the seed's example set: the consolidated allocations come out as the seed
 * report states them, and exactly the report's own slips are found, at their cells: four in the
 * capital figures and four in the indicators.
 */
class NightlyRunEndToEndTest {

    @TempDir
    static Path work;
    static Path output;
    static int exitCode;
    static List<Map<String, String>> facts;
    static List<Map<String, String>> findings;

    @BeforeAll
    static void runOnce() throws IOException {
        Path input = work.resolve("input");
        output = work.resolve("output");
        SeedExampleSet.write(input);
        exitCode = TonghopApplication.run("run", "--input", input.toString(), "--output", output.toString(),
                "--jobs", Path.of("jobs").toAbsolutePath().toString(), "--settle", "0");
        facts = CsvRows.read(output.resolve("latest/facts.csv"));
        findings = CsvRows.read(output.resolve("latest/findings.csv"));
    }

    @Test
    void completesAndWritesEveryFileOfTheContract() {
        assertThat(exitCode).isZero();
        for (String name : List.of("TongHop.xlsx", "BaoCaoLoi.xlsx", "facts.csv", "findings.csv", "completeness.csv",
                "index.html")) {
            assertThat(output.resolve("latest").resolve(name)).isRegularFile();
        }
        try (var runs = Files.list(output.resolve("runs"))) {
            assertThat(runs.count()).isPositive();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** index.html's fold of each unit links every file it sent to a copy that is there (a marked copy, or a note). */
    @Test
    void everyLinkOfTheIndexToAReturnedCopyLeadsToAFile() throws IOException {
        Path latest = output.resolve("latest");
        Matcher href = Pattern.compile("href=\"(returned/[^\"]+)\"").matcher(Files.readString(latest.resolve("index.html")));
        Set<String> links = new HashSet<>();
        while (href.find()) {
            links.add(URLDecoder.decode(href.group(1), StandardCharsets.UTF_8));
        }
        assertThat(links).hasSizeGreaterThanOrEqualTo(25).allSatisfy(link -> assertThat(latest.resolve(link)).isRegularFile());
    }

    @Test
    void outputColumnsAreTheContracts() throws IOException {
        assertThat(CsvRows.header(output.resolve("latest/facts.csv"))).containsExactly("unit_code", "unit_name", "leaf",
                "fund", "source", "year", "measure", "value", "file", "sheet", "cell");
        assertThat(CsvRows.header(output.resolve("latest/findings.csv"))).containsExactly("severity", "code",
                "unit_code", "unit_name", "file", "sheet", "cell", "leaf", "year", "expected", "actual", "message",
                "root_cell", "suggested");
        assertThat(CsvRows.header(output.resolve("latest/completeness.csv"))).containsExactly("unit_code",
                "unit_name", "form", "year", "status", "file");
        assertThat(CsvRows.header(output.resolve("latest/files.csv"))).containsExactly("file", "sha256", "first_seen",
                "unit_code", "form", "year", "status", "reason");
    }

    @Test
    void allocationsConsolidateToTheSeedsFigures() {
        assertThat(allocated(f -> f.get("source").equals("NSTW"))).isEqualByComparingTo("383032");
        assertThat(allocated(f -> f.get("source").equals("NSTW") && f.get("fund").equals("ĐTPT"))).isEqualByComparingTo("273187");
        assertThat(allocated(f -> f.get("source").equals("NSTW") && f.get("fund").equals("SN"))).isEqualByComparingTo("109845");
        String[] projects = {"DA1", "DA2", "DA3", "DA4", "DA5", "DA6", "DA7"};
        long[] expected = {296578, 29535, 14322, 8819, 29560, 760, 3458};
        for (int i = 0; i < projects.length; i++) {
            String p = projects[i];
            assertThat(allocated(f -> f.get("source").equals("NSTW")
                    && (f.get("leaf").equals(p) || f.get("leaf").startsWith(p + "."))))
                    .as(p).isEqualByComparingTo(BigDecimal.valueOf(expected[i]));
        }
        assertThat(allocated(f -> f.get("source").equals("NSĐP"))).isEqualByComparingTo("1000");
    }

    @Test
    void availableIsAlwaysCarryInPlusAllocated() {
        Map<String, BigDecimal> byKeyAndMeasure = facts.stream().collect(Collectors.toMap(
                f -> key(f) + "|" + f.get("measure"), f -> new BigDecimal(f.get("value"))));
        facts.stream().filter(f -> f.get("measure").equals("available")).forEach(f -> assertThat(new BigDecimal(f.get("value")))
                .isEqualByComparingTo(byKeyAndMeasure.get(key(f) + "|carry_in").add(byKeyAndMeasure.get(key(f) + "|allocated"))));
    }

    @Test
    void theSeedsOwnSlipsAreFoundAtTheirCells() {
        Set<String> found = findings.stream().filter(f -> !f.get("severity").equals("GHI CHÚ"))
                .map(f -> String.join("|", f.get("code"), f.get("unit_code"), f.get("leaf"), f.get("year"), f.get("sheet"),
                        f.get("cell"), f.get("expected"), f.get("actual")))
                .collect(Collectors.toSet());
        assertThat(found).containsExactlyInAnyOrder(
                "RATE_MISMATCH|109-LDTBXH|DA7.1|2023|2023|J15|81.12|81.82",
                "SUBTOTAL_MISMATCH|109-LDTBXH|DA7|2023|2023|I14|1098|1046",
                "CARRY_CHAIN_BREAK|109-BQLDA|DA1.1|2024|2024|F13|109|0",
                "ACHIEVEMENT_MISMATCH|109-LDTBXH|CT08|2021|Chỉ tiêu|G8|132.2|1132.2",
                "ACHIEVEMENT_MISMATCH|109-LDTBXH|CT08|2024|Chỉ tiêu|P8|913.01|100",
                "OUTLIER|109-LDTBXH|CT08|2024|Chỉ tiêu|O8|≤ 6610|11230",
                "CUMULATIVE_MISMATCH|109-LDTBXH|CT08||Chỉ tiêu|Q8|15870|5870",
                // The example set's Vàng Ma Chải says "chưa" in 04/BCĐ beside its own decision in 03/VB.
                "COMMITTEE_DOCUMENT_CONFLICT|03562|||BCĐ||76/QĐ-UBND|chưa",
                "COMMITTEE_COUNT_MISMATCH|109|||||17|16");
        assertThat(findings).allSatisfy(f -> assertThat(f.get("message")).isNotBlank());
        // The seed's 3.913 for 1.847 + 2.065: parts typed rounded one by one, a note and no error (rules.md).
        assertThat(findings).anySatisfy(f -> assertThat(f).containsEntry("code", "ROUNDING_DIFFERENCE")
                .containsEntry("unit_code", "109-GDNN").containsEntry("cell", "H12").containsEntry("severity", "GHI CHÚ"));
    }

    @Test
    void ratesOnTheToleranceBoundaryAreNotFlagged() {
        assertThat(findings).noneMatch(f -> f.get("code").equals("RATE_MISMATCH") && f.get("unit_code").equals("109-DVNN"));
        assertThat(findings).noneMatch(f -> f.get("code").equals("RATE_MISMATCH") && f.get("leaf").equals("DA7.1")
                && f.get("year").equals("2022"));
    }

    @Test
    void everyOwedReportArrived() throws IOException {
        List<Map<String, String>> completeness = CsvRows.read(output.resolve("latest/completeness.csv"));
        // 01/VỐN, 03/VB, 04/BCĐ, then 02/CT from the communes, LĐ-TB&XH and the bank, and TC-KH's register.
        assertThat(completeness).hasSize(17 * 2 + 6 * 3 - 1 + 18 + 17 + 19 + 1);
        assertThat(completeness).filteredOn(r -> r.get("form").equals("02/CT")).hasSize(19);
        assertThat(completeness).filteredOn(r -> r.get("form").equals("05/GV")).singleElement()
                .satisfies(r -> assertThat(r.get("unit_code")).isEqualTo("109-TCKH"));
        assertThat(completeness).filteredOn(r -> r.get("form").equals("03/VB")).hasSize(18)
                .allMatch(r -> r.get("year").isEmpty());
        assertThat(completeness).allMatch(r -> r.get("status").equals("received"));
    }

    @Test
    void documentsListedTwiceAreOneAndTwoCommunesDecisionsWithOneNumberAreTwo() throws IOException {
        List<Map<String, String>> documents = CsvRows.read(output.resolve("latest/documents.csv"));
        assertThat(CsvRows.header(output.resolve("latest/documents.csv")))
                .containsExactly("number", "date", "issuer", "summary", "reported_by");
        assertThat(documents).hasSize(10 + 17);
        assertThat(documents).filteredOn(d -> d.get("number").equals("145/KH-UBND")).singleElement()
                .satisfies(d -> assertThat(d.get("date")).isEqualTo("2023-04-24"));
        assertThat(documents).filteredOn(d -> d.get("number").equals("45/QĐ-UBND")).extracting(d -> d.get("reported_by"))
                .containsExactlyInAnyOrder("03589", "03586");
        assertThat(documents).extracting(d -> d.get("date")).isSorted();
    }

    @Test
    void theScheduleTotalsAgreeWithTheFacts() throws IOException {
        try (Workbook wb = WorkbookFactory.create(output.resolve("latest/TongHop.xlsx").toFile())) {
            assertThat(wb.getSheetName(0)).isEqualTo("Bìa");
            Sheet pl4 = wb.getSheet("PL IV - Vốn theo dự án");
            Row total = pl4.getRow(8);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("TỔNG CỘNG");
            int cumulativeAllocated = pl4.getRow(7).getLastCellNum() - 4;
            assertThat(total.getCell(cumulativeAllocated).getCellFormula()).isEqualTo("E9+K9+Q9");
            assertThat(total.getCell(cumulativeAllocated).getNumericCellValue()).isEqualTo(384032.0);
            Sheet bcd = wb.getSheet("Biểu BCĐ");
            assertThat(bcd.getRow(6).getCell(2).getCellFormula()).startsWith("COUNTIF(");
            assertThat(bcd.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(16.0);
            assertThat(bcd.getRow(6).getCell(4).getNumericCellValue()).isEqualTo(174.0);
            assertThat(bcd.getRow(7 + 16).getCell(1).getStringCellValue()).isEqualTo("Xã Vàng Ma Chải");
            assertThat(bcd.getRow(7 + 16).getCell(2).getStringCellValue()).isEqualTo("Chưa");
            Sheet byUnit = wb.getSheet("Theo đơn vị");
            assertThat(byUnit.getRow(8).getCell(1).getStringCellValue()).isEqualTo("TỔNG CỘNG");
            assertThat(byUnit.getRow(8).getCell(2).getNumericCellValue()).as("2022 available, all units").isEqualTo(84530.0);
            assertThat(byUnit.getRow(9).getCell(1).getStringCellValue()).isEqualTo("Thị trấn Phong Thổ");
            assertThat(comments(wb.getSheet("PL V - Vốn ĐTPT"))).singleElement().asString().startsWith("CARRY_CHAIN_BREAK");
            assertThat(comments(wb.getSheet("PL VI - Vốn SN"))).hasSize(1)
                    .noneMatch(c -> c.startsWith("CARRY_CHAIN_BREAK")).noneMatch(c -> c.startsWith("AVAILABLE_MISMATCH"));
        }
    }

    @Test
    void aSecondRunWithNoNewFilesChangesNothingButTheHistory() throws IOException {
        byte[] facts = Files.readAllBytes(output.resolve("latest/facts.csv"));
        byte[] findings = Files.readAllBytes(output.resolve("latest/findings.csv"));
        byte[] completeness = Files.readAllBytes(output.resolve("latest/completeness.csv"));
        int again = TonghopApplication.run("run", "--input", work.resolve("input").toString(), "--output",
                output.toString(), "--jobs", Path.of("jobs").toAbsolutePath().toString(), "--settle", "0");
        assertThat(again).isZero();
        assertThat(Files.readAllBytes(output.resolve("latest/facts.csv"))).isEqualTo(facts);
        assertThat(Files.readAllBytes(output.resolve("latest/findings.csv"))).isEqualTo(findings);
        assertThat(Files.readAllBytes(output.resolve("latest/completeness.csv"))).isEqualTo(completeness);
    }

    private static List<String> comments(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row row : sheet) {
            row.forEach(cell -> {
                if (cell.getCellComment() != null) {
                    out.add(cell.getCellComment().getString().getString());
                }
            });
        }
        return out;
    }

    private static BigDecimal allocated(Predicate<Map<String, String>> which) {
        return CsvRows.sum(facts.stream().filter(f -> f.get("measure").equals("allocated")).filter(which).toList(), "value");
    }

    private static String key(Map<String, String> f) {
        return String.join("|", f.get("unit_code"), f.get("leaf"), f.get("fund"), f.get("source"), f.get("year"));
    }
}
