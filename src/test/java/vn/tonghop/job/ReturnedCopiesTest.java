package vn.tonghop.job;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.TonghopApplication;
import vn.tonghop.testdata.CapitalForm;
import vn.tonghop.testdata.CapitalWorkbookBuilder;
import vn.tonghop.testdata.CsvRows;
import vn.tonghop.testdata.Layout;
import vn.tonghop.testdata.LibreOffice;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each clerk gets their own workbook back, in its own format, with every finding on its cell. */
class ReturnedCopiesTest {

    static final String JOBS = Path.of("jobs").toAbsolutePath().toString();

    private static List<CapitalForm> form(String unitLine, long allocated, long disbursed) {
        CapitalForm f = new CapitalForm(unitLine, 2023);
        f.total();
        f.project("I", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", "DA2").fund("SN", "NSTW")
                .money(0, allocated, disbursed);
        f.project("II", "Dự án 5: Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các huyện nghèo", "DA5")
                .fund("SN", "NSTW").money(0, 100, 90).rawCell("allocated", "12a");
        return List.of(f);
    }

    /** Dào San's report, with nothing to mark. */
    private static List<CapitalForm> nothingToMark() {
        CapitalForm right = new CapitalForm("UBND XÃ DÀO SAN", 2023);
        right.total();
        right.project("I", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", "DA2").fund("SN", "NSTW").money(0, 500, 450);
        return List.of(right);
    }

    @Test
    void everyFindingIsMarkedOnItsCellInXlsxAndXls(@TempDir Path work) throws Exception {
        Path input = work.resolve("input");
        Path xls = input.resolve("MuongSo_2023.xls");
        Path xlsx = input.resolve("NamXe_2023.xlsx");
        new CapitalWorkbookBuilder().layout(new Layout().xls()).write(xls, form("UBND XÃ MƯỜNG SO", 500, 530));
        new CapitalWorkbookBuilder().write(xlsx, form("UBND XÃ NẬM XE", 500, 530));
        Files.writeString(input.resolve("BanLang_2023.xlsx"), "không phải bảng tính");
        Path clean = input.resolve("DaoSan_2023.xlsx");
        new CapitalWorkbookBuilder().write(clean, nothingToMark());
        byte[] before = Files.readAllBytes(xls);
        Path out = work.resolve("output");
        assertThat(TonghopApplication.run("run", "--input", input.toString(), "--output", out.toString(), "--jobs", JOBS,
                "--settle", "0")).isZero();
        assertThat(Files.readAllBytes(xls)).as("the clerk's file is never touched").isEqualTo(before);

        List<Map<String, String>> findings = CsvRows.read(out.resolve("latest/findings.csv"));
        for (String unit : List.of("03589", "03586")) {
            String file = unit.equals("03589") ? "MuongSo_2023.xls" : "NamXe_2023.xlsx";
            List<Map<String, String>> marked = findings.stream()
                    .filter(f -> f.get("file").equals(file) && !f.get("cell").isEmpty()).toList();
            assertThat(marked).extracting(f -> f.get("code")).contains("DISBURSED_OVER_AVAILABLE", "NOT_A_NUMBER");
            File returned = out.resolve("latest/returned").resolve(unit).resolve(file).toFile();
            try (Workbook wb = WorkbookFactory.create(returned)) {
                assertThat(wb.getSheetName(0)).isEqualTo("Kết quả kiểm tra");
                // What to do and what the colours mean, then the table: its header, its first finding linked to its cell.
                assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).startsWith("Mỗi dòng dưới đây");
                assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                        .contains("hồng là LỖI", "vàng là CẢNH BÁO", "xanh nhạt là GHI CHÚ");
                assertThat(wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("Ô");
                assertThat(wb.getSheetAt(0).getRow(3).getCell(0).getHyperlink()).isNotNull();
                for (Map<String, String> f : marked) {
                    Sheet sheet = wb.getSheet(f.get("sheet"));
                    CellReference ref = new CellReference(f.get("cell"));
                    Cell cell = sheet.getRow(ref.getRow()).getCell(ref.getCol());
                    short expected = f.get("severity").equals("LỖI") ? IndexedColors.ROSE.getIndex()
                            : f.get("severity").equals("CẢNH BÁO") ? IndexedColors.LIGHT_YELLOW.getIndex()
                            : IndexedColors.LIGHT_TURQUOISE.getIndex();
                    assertThat(cell.getCellStyle().getFillForegroundColor()).as(file + " " + f.get("cell")).isEqualTo(expected);
                    assertThat(cell.getCellComment().getString().getString()).contains(f.get("code"))
                            .contains(f.get("message").substring(0, 20));
                }
            }
        }
        assertThat(findings).noneMatch(f -> f.get("file").equals("DaoSan_2023.xlsx"));
        assertThat(Files.readAllBytes(out.resolve("latest/returned/03571/DaoSan_2023.xlsx")))
                .as("a file with nothing to mark comes back as it was sent").isEqualTo(Files.readAllBytes(clean));
        Path note = out.resolve("latest/returned/03577/BanLang_2023.xlsx.txt");
        assertThat(Files.readString(note)).contains("chưa được tổng hợp").contains("không mở được");
        assertThat(Arrays.stream(out.resolve("latest/returned").toFile().listFiles()).map(File::getName))
                .containsExactlyInAnyOrder("03589", "03586", "03577", "03571");
    }

    /** A copy, every night a new one: never the archived file itself, the record of what was received. */
    @Test
    void aFileWithNothingToMarkComesBackAsACopyOfWhatWasSent(@TempDir Path work) throws Exception {
        Path input = work.resolve("input");
        Path sent = input.resolve("DaoSan_2023.xlsx");
        new CapitalWorkbookBuilder().write(sent, nothingToMark());
        Path out = work.resolve("output");
        String[] night = {"run", "--input", input.toString(), "--output", out.toString(), "--jobs", JOBS, "--settle", "0"};
        assertThat(TonghopApplication.run(night)).isZero();
        assertThat(TonghopApplication.run(night)).isZero();

        Path returned = out.resolve("latest/returned/03571/DaoSan_2023.xlsx");
        assertThat(Files.readAllBytes(returned)).isEqualTo(Files.readAllBytes(sent));
        try (var files = Files.list(out.resolve("archive"))) {
            Path archived = files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).findFirst().orElseThrow();
            assertThat(Files.isSameFile(returned, archived)).isFalse();
        }
    }

    @Test
    void anOdsIsConsolidatedAndItsFindingsComeBackAsANote(@TempDir Path work) throws Exception {
        LibreOffice.assumeInstalled();
        Path excel = work.resolve("excel").resolve("MuongSo_2023.xlsx");
        new CapitalWorkbookBuilder().write(excel, form("UBND XÃ MƯỜNG SO", 500, 530));
        Path input = work.resolve("input");
        String log = LibreOffice.convert(excel, "ods", input);
        assertThat(input.resolve("MuongSo_2023.ods")).as(log).isRegularFile();
        Path out = work.resolve("output");

        assertThat(TonghopApplication.run("run", "--input", input.toString(), "--output", out.toString(), "--jobs", JOBS,
                "--settle", "0")).isZero();

        assertThat(CsvRows.read(out.resolve("latest/facts.csv")))
                .anySatisfy(f -> assertThat(f).containsEntry("file", "MuongSo_2023.ods").containsEntry("leaf", "DA2")
                        .containsEntry("measure", "disbursed").containsEntry("value", "530"));
        List<Map<String, String>> marked = CsvRows.read(out.resolve("latest/findings.csv")).stream()
                .filter(f -> f.get("file").equals("MuongSo_2023.ods") && !f.get("cell").isEmpty()).toList();
        assertThat(marked).extracting(f -> f.get("code")).contains("DISBURSED_OVER_AVAILABLE", "NOT_A_NUMBER");
        Path returned = out.resolve("latest/returned/03589");
        assertThat(returned.resolve("MuongSo_2023.ods")).doesNotExist();
        String note = Files.readString(returned.resolve("MuongSo_2023.ods.txt"));
        assertThat(note).contains("đã được tổng hợp (01/VỐN 2023); vì tệp .ods không ghi lại được");
        for (Map<String, String> f : marked) {
            assertThat(note).contains(f.get("sheet") + "!" + f.get("cell") + ": " + f.get("message"));
        }
        assertThat(Files.readString(out.resolve("logs/tonghop.log"))).doesNotContain("cannot write the marked copy");
    }
}
