package vn.tonghop.job;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;
import vn.tonghop.testdata.CapitalForm;
import vn.tonghop.testdata.CapitalWorkbookBuilder;
import vn.tonghop.testdata.CsvRows;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Estimates are not actuals: a mid-year "Ước thực hiện năm 2024" is labelled so in the schedules and files.csv, the
 * actual figures sent later replace it with a note, and an estimate sent after the actuals does not replace them.
 */
class EstimatesNightTest {

    private static final String DA2 = "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo";
    private static final Instant JULY = Instant.parse("2024-07-15T02:00:00Z");

    private static void write(Path file, boolean estimate, long disbursed, Instant sent) throws Exception {
        CapitalForm form = new CapitalForm("UBND XÃ MƯỜNG SO", 2024, "Triệu đồng", "Năm 2024");
        if (estimate) {
            form.period("Ước thực hiện năm 2024");
        }
        form.total();
        form.project("I", DA2, "DA2").fund("SN", "NSTW").money(0, 600, disbursed);
        Files.createDirectories(file.getParent());
        new CapitalWorkbookBuilder().write(file, List.of(form));
        Files.setLastModifiedTime(file, FileTime.from(sent));
    }

    private static Path night(Path work, Path input) throws Exception {
        Path out = work.resolve("output");
        assertThat(TonghopApplication.run("run", "--input", input.toString(), "--output", out.toString(), "--jobs",
                Path.of("jobs").toAbsolutePath().toString(), "--settle", "0")).isZero();
        return out.resolve("latest");
    }

    @Test
    void anEstimateIsLabelledAndTheActualsReplaceIt(@TempDir Path work) throws Exception {
        Path input = work.resolve("input");
        write(input.resolve("MuongSo_uoc_2024.xlsx"), true, 300, JULY);
        Path latest = night(work, input);
        assertThat(file(latest, "MuongSo_uoc_2024.xlsx")).isEqualTo("in_force|ước thực hiện năm 2024");
        assertThat(yearHeadings(latest, "PL IV - Vốn theo dự án")).containsExactly("Ước TH 2024");

        write(input.resolve("MuongSo_2024.xlsx"), false, 590, JULY.plusSeconds(86_400 * 180));
        latest = night(work, input);
        assertThat(file(latest, "MuongSo_2024.xlsx")).isEqualTo("in_force|");
        assertThat(file(latest, "MuongSo_uoc_2024.xlsx")).startsWith("superseded|");
        List<Map<String, String>> findings = CsvRows.read(latest.resolve("findings.csv"));
        assertThat(findings).filteredOn(f -> f.get("code").equals("SUPERSEDED")).singleElement().satisfies(f -> {
            assertThat(f.get("severity")).isEqualTo("GHI CHÚ");
            assertThat(f.get("message")).contains("số ước thực hiện").contains("MuongSo_2024.xlsx");
        });
        assertThat(yearHeadings(latest, "PL IV - Vốn theo dự án")).containsExactly("Năm 2024");
        assertThat(CsvRows.read(latest.resolve("facts.csv"))).filteredOn(f -> f.get("measure").equals("disbursed"))
                .extracting(f -> f.get("value")).containsExactly("590");
    }

    @Test
    void anEstimateSentAfterTheActualsDoesNotReplaceThem(@TempDir Path work) throws Exception {
        Path input = work.resolve("input");
        write(input.resolve("MuongSo_2024.xlsx"), false, 590, JULY);
        write(input.resolve("MuongSo_uoc_2024.xlsx"), true, 300, JULY.plusSeconds(86_400 * 30));
        Path latest = night(work, input);
        assertThat(file(latest, "MuongSo_2024.xlsx")).isEqualTo("in_force|");
        assertThat(file(latest, "MuongSo_uoc_2024.xlsx")).startsWith("superseded|");
    }

    private static String file(Path latest, String name) throws Exception {
        return CsvRows.read(latest.resolve("files.csv")).stream().filter(f -> f.get("file").equals(name))
                .map(f -> f.get("status") + "|" + f.get("reason")).findFirst().orElseThrow();
    }

    /** The year groups of a schedule's header row. */
    private static List<String> yearHeadings(Path latest, String sheet) throws Exception {
        List<String> years = new ArrayList<>();
        try (InputStream in = Files.newInputStream(latest.resolve("TongHop.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row header = wb.getSheet(sheet).getRow(5);
            for (Cell c : header) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().matches("(Năm|Ước TH) \\d{4}")) {
                    years.add(c.getStringCellValue());
                }
            }
        }
        return years;
    }
}
