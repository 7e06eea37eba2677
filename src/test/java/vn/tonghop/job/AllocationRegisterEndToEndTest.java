package vn.tonghop.job;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;
import vn.tonghop.testdata.CapitalForm;
import vn.tonghop.testdata.CapitalWorkbookBuilder;
import vn.tonghop.testdata.CsvRows;
import vn.tonghop.testdata.SeedExampleSet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phòng Tài chính – Kế hoạch's register against what two units report: the district project board
 * and the health centre. The register holds 36,000 where the board reports 36,200, lacks the health
 * centre's 2024 allocation, and plans less for sub-project 1.1 than was allocated; the board's
 * 1,000 of local counterpart has no plan line and must not count as over the plan.
 */
class AllocationRegisterEndToEndTest {

    @TempDir
    static Path work;
    static Path output;
    static List<Map<String, String>> findings;

    @BeforeAll
    static void runOnce() throws IOException {
        Path input = work.resolve("input");
        output = work.resolve("output");
        new CapitalWorkbookBuilder().write(input.resolve("BQLDA_von.xlsx"), SeedExampleSet.bqlda());
        new CapitalWorkbookBuilder().write(input.resolve("TTYT_von.xlsx"), SeedExampleSet.ttyt());
        List<String[]> register = new ArrayList<>();
        for (CapitalForm form : SeedExampleSet.bqlda()) {
            for (CapitalForm.Allocation a : form.allocations()) {
                String amount = a.code().equals("DA1.2") && a.year() == 2023 && a.fund().equals("ĐTPT") ? "36000"
                        : a.amount().toPlainString();
                register.add(new String[] {"Ban QLDA", a.code(), a.fund(), a.source(), "" + a.year(), amount, "QĐ 1"});
            }
        }
        register.add(new String[] {"Trung tâm Y tế", "Dự án 3 - Tiểu dự án 2", "SN", "", "2023", "1128", "QĐ 2"});
        new CapitalWorkbookBuilder()
                .register("PHÒNG TÀI CHÍNH - KẾ HOẠCH", register)
                .mediumTermPlan("PHÒNG TÀI CHÍNH - KẾ HOẠCH", List.of(
                        new String[] {"DA1.1", "ĐTPT", "NSTW", "200000"},
                        new String[] {"DA1.2", "ĐTPT", "NSTW", "61617"},
                        new String[] {"Dự án 3", "SN", "", "5000"}))
                .write(input.resolve("TCKH_giao_von.xlsx"), List.of());
        assertThat(TonghopApplication.run("run", "--input", input.toString(), "--output", output.toString(),
                "--jobs", Path.of("jobs").toAbsolutePath().toString(), "--settle", "0")).isZero();
        findings = CsvRows.read(output.resolve("latest/findings.csv"));
    }

    private static Set<String> found(String... codes) {
        List<String> wanted = List.of(codes);
        return findings.stream().filter(f -> wanted.contains(f.get("code")))
                .map(f -> String.join("|", f.get("code"), f.get("unit_code"), f.get("leaf"), f.get("year"), f.get("file"),
                        f.get("expected"), f.get("actual")))
                .collect(Collectors.toSet());
    }

    @Test
    void theRegistersFindingsAppearAtTheUnitsCells() {
        assertThat(found("ALLOCATION_MISMATCH", "ALLOCATION_UNREGISTERED")).containsExactlyInAnyOrder(
                "ALLOCATION_MISMATCH|109-BQLDA|DA1.2|2023|BQLDA_von.xlsx|36000|36200",
                "ALLOCATION_UNREGISTERED|109-TTYT|DA3.2|2024|TTYT_von.xlsx|0|1525");
        assertThat(findings).filteredOn(f -> f.get("code").equals("ALLOCATION_MISMATCH")).singleElement()
                .satisfies(f -> {
                    assertThat(f.get("severity")).isEqualTo("LỖI");
                    assertThat(f.get("cell")).matches("G\\d+");
                    assertThat(f.get("message")).contains("36.200").contains("36.000").contains("QĐ 1");
                });
    }

    @Test
    void onlyThePlanThatWasExceededIsFlaggedAndNotTheCounterpartWithoutPlan() {
        assertThat(found("OVER_MEDIUM_TERM_PLAN")).containsExactly(
                "OVER_MEDIUM_TERM_PLAN|109-TCKH|DA1.1|" + "|TCKH_giao_von.xlsx|200000|211570");
    }

    @Test
    void phuLucIvShowsThePlanPerSubProjectAndForAWholeProject() throws IOException {
        try (Workbook wb = WorkbookFactory.create(output.resolve("latest/TongHop.xlsx").toFile())) {
            Sheet pl4 = wb.getSheet("PL IV - Vốn theo dự án");
            Row total = pl4.getRow(8);
            assertThat(total.getCell(2).getCellFormula()).startsWith("SUM(");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(200000 + 61617 + 5000.0);
            Row da3 = pl4.getRow(13);
            assertThat(da3.getCell(1).getStringCellValue()).startsWith("Dự án 3");
            assertThat(da3.getCell(2).getNumericCellValue()).as("a project-level plan, not a sum").isEqualTo(5000.0);
        }
    }
}
