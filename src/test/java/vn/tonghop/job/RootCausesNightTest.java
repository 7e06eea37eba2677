package vn.tonghop.job;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;
import vn.tonghop.testdata.CapitalForm;
import vn.tonghop.testdata.CapitalWorkbookBuilder;
import vn.tonghop.testdata.CsvRows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A disbursement typed ten times too large, end to end: one root with the value that mends its rate and carry-out,
 * the two findings it explains under it in findings.csv and in the clerk's returned copy.
 */
class RootCausesNightTest {

    @Test
    void aTypoInADisbursementIsOneTaskWithItsValue(@TempDir Path work) throws Exception {
        Path input = work.resolve("input");
        CapitalForm form = new CapitalForm("UBND XÃ MƯỜNG SO", 2024);
        form.total();
        form.project("I", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", "DA2").fund("SN", "NSTW")
                .money(0, 600, 5900).typedRate("98,33").typedCarryOut(10);
        new CapitalWorkbookBuilder().write(input.resolve("MuongSo_2024.xlsx"), List.of(form));
        Path out = work.resolve("output");
        assertThat(TonghopApplication.run("run", "--input", input.toString(), "--output", out.toString(), "--jobs",
                Path.of("jobs").toAbsolutePath().toString(), "--settle", "0")).isZero();

        List<Map<String, String>> findings = CsvRows.read(out.resolve("latest/findings.csv")).stream()
                .filter(f -> f.get("file").equals("MuongSo_2024.xlsx")).toList();
        Map<String, String> root = findings.stream().filter(f -> !f.get("suggested").isEmpty()).findFirst().orElseThrow();
        assertThat(root.get("code") + " " + root.get("suggested")).isEqualTo("DISBURSED_OVER_AVAILABLE 590");
        String rootCell = root.get("sheet") + "!" + root.get("cell");
        assertThat(findings).filteredOn(f -> f.get("root_cell").equals(rootCell)).extracting(f -> f.get("code"))
                .containsExactlyInAnyOrder("RATE_MISMATCH", "CARRY_OUT_MISMATCH");

        try (Workbook wb = WorkbookFactory.create(out.resolve("latest/returned/03589/MuongSo_2024.xlsx").toFile())) {
            Sheet list = wb.getSheet("Kết quả kiểm tra");
            List<String> messages = new ArrayList<>();
            for (Row r : list) {
                if (r.getRowNum() > 2 && r.getCell(4) != null) {
                    messages.add(r.getCell(4).getStringCellValue());
                }
            }
            int at = messages.indexOf(messages.stream().filter(m -> m.contains("Có lẽ là 590")).findFirst().orElseThrow());
            assertThat(messages.subList(at + 1, at + 3)).allSatisfy(m -> assertThat(m).startsWith("↳ do ô " + rootCell));
        }
    }
}
