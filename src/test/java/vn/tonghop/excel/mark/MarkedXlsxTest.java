package vn.tonghop.excel.mark;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.excel.write.Look;
import vn.tonghop.testdata.LibreOffice;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The part editor's copy, read back by POI and by LibreOffice, and what it leaves to POI. */
class MarkedXlsxTest {

    private static final String TITLE = "Kết quả kiểm tra";
    private static final List<String> HEADER = List.of("Ô", "Mức độ", "Trang tính", "Mã lỗi", "Nội dung");
    private static final MarkedCopy.ListSheet LIST = new MarkedCopy.ListSheet(TITLE, List.of(), HEADER);

    @TempDir
    Path dir;

    @Test
    void marksCellsRowsAndNotesAndPutsTheFindingsFirst() throws Exception {
        Path source = clerkWorkbook(false);
        byte[] before = Files.readAllBytes(source);
        Path target = dir.resolve("marked.xlsx");
        MarkedXlsx.write(source, target, LIST, lines(), marks());

        assertThat(Files.readAllBytes(source)).as("the clerk's file is only read").isEqualTo(before);
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(3);
            assertThat(wb.getSheetName(0)).isEqualTo(TITLE);
            assertThat(wb.getActiveSheetIndex()).isZero();
            assertThat(wb.getSheetAt(0).isSelected()).isTrue();
            assertThat(wb.getSheetAt(2).isSelected()).as("no second selected tab groups the sheets").isFalse();
            XSSFSheet list = wb.getSheetAt(0);
            assertThat(list.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Nội dung");
            assertThat(list.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(list.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Giải ngân vượt <vốn> & \"kế hoạch\"");
            assertThat(list.getRow(1).getCell(0).getHyperlink().getAddress()).isEqualTo("'Vốn đầu tư'!B5");
            assertThat(list.getRow(3).getCell(0).getHyperlink()).as("no link to a sheet the workbook lacks").isNull();
            assertThat(list.getPaneInformation().isFreezePane()).isTrue();
            assertThat(list.getPrintSetup().getLandscape()).isTrue();

            XSSFSheet capital = wb.getSheet("Vốn đầu tư");
            XSSFCell b5 = capital.getRow(4).getCell(1);
            assertThat(b5.getNumericCellValue()).isEqualTo(1234.5);
            assertThat(b5.getCellStyle().getFillForegroundColor()).as("the more severe fill").isEqualTo(IndexedColors.ROSE.getIndex());
            assertThat(b5.getCellStyle().getFont().getBold()).as("the clerk's own format is kept").isTrue();
            assertThat(b5.getCellComment().getString().getString()).contains("LỖI").contains("CẢNH BÁO");
            XSSFCell c5 = capital.getRow(4).getCell(2);
            assertThat(c5.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_TURQUOISE.getIndex());
            XSSFCell d40 = capital.getRow(39).getCell(3);
            assertThat(d40.getCellStyle().getFillForegroundColor()).as("a row the clerk left empty").isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
            assertThat(d40.getCellComment().getString().getString()).contains("Thiếu");
            assertThat(capital.getRow(4).getCell(0).getCellStyle().getFillForegroundColor()).as("unmarked cells keep their look")
                    .isNotEqualTo(IndexedColors.ROSE.getIndex());
            XSSFSheet targets = wb.getSheet("Chỉ tiêu");
            assertThat(targets.getRow(1).getCell(1).getCellComment().getString().getString()).isEqualTo("ghi chú của cán bộ");
            Name area = wb.getName("_xlnm.Print_Area");
            assertThat(area.getSheetIndex()).as("a name scoped to a sheet moves with it").isEqualTo(2);
        }
        List<String> idmaps = vmlBlocks(target);
        assertThat(idmaps).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aMarkedSheetWithNotesOfItsOwnIsLeftToPoiAndStillMarked() throws Exception {
        Path source = clerkWorkbook(true);
        assertThatThrownBy(() -> MarkedXlsx.write(source, dir.resolve("x.xlsx"), LIST, lines(), marks()))
                .isInstanceOf(IOException.class).hasMessageContaining("already has notes");
        Path target = dir.resolve("marked.xlsx");
        MarkedCopy.write(source, target, LIST, lines(), marks());
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetName(0)).isEqualTo(TITLE);
            XSSFSheet capital = wb.getSheet("Vốn đầu tư");
            assertThat(capital.getRow(4).getCell(1).getCellComment().getString().getString()).contains("LỖI");
            assertThat(capital.getRow(0).getCell(0).getCellComment().getString().getString()).isEqualTo("mẫu biểu");
        }
    }

    /** What a clerk's spreadsheet program shows: LibreOffice opens the copy, sees the note, the fill and the sheet order. */
    @Test
    void libreOfficeReadsTheNotesFillsAndSheets() throws Exception {
        LibreOffice.assumeInstalled();
        Path target = dir.resolve("marked.xlsx");
        MarkedXlsx.write(clerkWorkbook(false), target, LIST, lines(), marks());
        String log = LibreOffice.convert(target, "fods", dir.resolve("lo"));
        Path fods = dir.resolve("lo/marked.fods");
        assertThat(fods).as(log).exists();
        String flat = Files.readString(fods);
        List<String> tables = new ArrayList<>();
        Matcher m = Pattern.compile("<table:table table:name=\"([^\"]+)\"").matcher(flat);
        while (m.find()) {
            tables.add(m.group(1));
        }
        assertThat(tables).containsExactly(TITLE, "Vốn đầu tư", "Chỉ tiêu");
        assertThat(Pattern.compile("<office:annotation[^>]*>.*?Thiếu số liệu", Pattern.DOTALL).matcher(flat).find()).isTrue();
        assertThat(flat.toLowerCase()).contains("fo:background-color=\"#ff99cc\"");
    }

    private static List<MarkedCopy.Line> lines() {
        return List.of(
                new MarkedCopy.Line(List.of("B5", "LỖI", "Vốn đầu tư", "DISBURSED_OVER_AVAILABLE", "Giải ngân vượt <vốn> & \"kế hoạch\""),
                        "Vốn đầu tư", "B5"),
                new MarkedCopy.Line(List.of("D40", "CẢNH BÁO", "Vốn đầu tư", "RATE_MISMATCH", "Thiếu số liệu"), "Vốn đầu tư", "D40"),
                new MarkedCopy.Line(List.of("A1", "LỖI", "Không có", "X", "y"), "Không có", "A1"));
    }

    private static List<MarkedCopy.Mark> marks() {
        return List.of(
                new MarkedCopy.Mark("Vốn đầu tư", "B5", Look.Fill.WARNING, "CẢNH BÁO: tỉ lệ"),
                new MarkedCopy.Mark("Vốn đầu tư", "B5", Look.Fill.ERROR, "LỖI: giải ngân vượt"),
                new MarkedCopy.Mark("Vốn đầu tư", "C5", Look.Fill.NOTE, "GHI CHÚ: cột bỏ qua"),
                new MarkedCopy.Mark("Vốn đầu tư", "D40", Look.Fill.WARNING, "Thiếu số liệu"),
                new MarkedCopy.Mark("Không có", "A1", Look.Fill.ERROR, "không có trang này"));
    }

    /** Two sheets, the second selected and with a note and a print area; optionally a note on the first too. */
    private Path clerkWorkbook(boolean noteOnMarkedSheet) throws IOException {
        Path file = dir.resolve(noteOnMarkedSheet ? "noted.xlsx" : "clerk.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet capital = wb.createSheet("Vốn đầu tư");
            XSSFSheet targets = wb.createSheet("Chỉ tiêu");
            XSSFCellStyle bold = wb.createCellStyle();
            XSSFFont font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int r = 0; r < 10; r++) {
                capital.createRow(r).createCell(0).setCellValue("Dự án " + r);
            }
            capital.getRow(4).createCell(1).setCellValue(1234.5);
            capital.getRow(4).getCell(1).setCellStyle(bold);
            targets.createRow(1).createCell(1).setCellValue(7);
            note(wb, targets, 1, 1, "ghi chú của cán bộ");
            if (noteOnMarkedSheet) {
                note(wb, capital, 0, 0, "mẫu biểu");
            }
            wb.setPrintArea(1, "$A$1:$C$5");
            wb.setActiveSheet(1);
            wb.setSelectedTab(1);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static void note(XSSFWorkbook wb, XSSFSheet sheet, int row, int col, String text) {
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
        anchor.setCol1(col + 1);
        anchor.setCol2(col + 3);
        anchor.setRow1(row);
        anchor.setRow2(row + 3);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(wb.getCreationHelper().createRichTextString(text));
        sheet.getRow(row).getCell(col).setCellComment(comment);
    }

    private static List<String> vmlBlocks(Path xlsx) throws IOException {
        List<String> blocks = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".vml")) {
                    Matcher m = Pattern.compile("data=\"([^\"]+)\"").matcher(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                    while (m.find()) {
                        blocks.add(m.group(1));
                    }
                }
            }
        }
        return blocks;
    }
}
