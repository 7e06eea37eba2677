package vn.tonghop.excel.mark;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tonghop.excel.read.OdsReader;
import vn.tonghop.excel.read.WorkbookScreen;
import vn.tonghop.excel.write.Look;
import vn.tonghop.excel.write.XlsxDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A clerk's own workbook, in its own format, with each finding marked on its cell (a fill for the
 * severity and a comment that explains) and a first sheet listing the findings with links to their
 * cells. The clerk's original is only read. An .xlsx is edited part by part ({@link MarkedXlsx});
 * an .xls, and an .xlsx that editor does not expect, goes through POI's whole workbook.
 */
public final class MarkedCopy {

    private static final Logger log = LoggerFactory.getLogger(MarkedCopy.class);

    /** One finding to mark: where, how severe (as a fill), and what to say. */
    public record Mark(String sheet, String cell, Look.Fill fill, String text) {
    }

    /** One line of the first sheet; {@code sheet} and {@code cell} make its link, when it has a place. */
    /** The sheet of findings put first: its name, lines of text above its table, and the table's header. */
    public record ListSheet(String title, List<String> intro, List<String> header) {
    }

    public record Line(List<String> cells, String sheet, String cell) {
    }

    private MarkedCopy() {
    }

    /**
     * Whether a workbook can come back marked: not an OpenDocument spreadsheet, which neither POI nor the
     * part editor can write; its clerk gets the findings as a note.
     */
    public static boolean canMark(Path source) {
        return !(WorkbookScreen.isZip(source) && OdsReader.isOds(source));
    }

    public static void write(Path source, Path target, ListSheet list, List<Line> lines, List<Mark> marks)
            throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            try {
                MarkedXlsx.write(source, target, list, lines, marks);
                return;
            } catch (IOException | RuntimeException e) {
                // Whatever the part editor does not expect, POI still can: slower, and the same copy.
                log.debug("marking {} through POI: {}", source, e.toString());
            }
        }
        withPoi(source, target, list, lines, marks);
    }

    /** The same copy through POI's whole-workbook load and save: every format POI writes, and the part editor's yardstick. */
    static void withPoi(Path source, Path target, ListSheet list, List<Line> lines, List<Mark> marks) throws IOException {
        try (InputStream in = Files.newInputStream(source); Workbook wb = WorkbookFactory.create(in)) {
            markCells(wb, marks);
            list(wb, list, lines);
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }

    /** One mark per cell, on sheets the workbook has: the most severe fill, and every text. */
    static List<Mark> oneByCell(List<Mark> marks, Predicate<String> hasSheet) {
        Map<String, Mark> byCell = new LinkedHashMap<>();
        for (Mark given : marks) {
            if (given.sheet() == null || given.cell() == null || !hasSheet.test(given.sheet())) {
                continue;
            }
            // A mark is always seen: one without a fill of its own gets the mildest.
            Mark m = given.fill() == Look.Fill.NONE ? new Mark(given.sheet(), given.cell(), Look.Fill.NOTE, given.text()) : given;
            byCell.merge(m.sheet() + "!" + m.cell(), m, (a, b) -> new Mark(a.sheet(), a.cell(),
                    a.fill().ordinal() <= b.fill().ordinal() ? a.fill() : b.fill(),
                    a.text() + "\n\n" + b.text()));
        }
        return List.copyOf(byCell.values());
    }

    private static void markCells(Workbook wb, List<Mark> marks) {
        Map<String, CellStyle> styles = new HashMap<>();
        Map<Sheet, Drawing<?>> drawings = new HashMap<>();
        CreationHelper helper = wb.getCreationHelper();
        for (Mark m : oneByCell(marks, n -> wb.getSheet(n) != null)) {
            Sheet sheet = wb.getSheet(m.sheet());
            CellReference ref = new CellReference(m.cell());
            Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
            Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
            CellStyle old = cell.getCellStyle();
            cell.setCellStyle(styles.computeIfAbsent(old.getIndex() + "|" + m.fill(), k -> {
                CellStyle s = wb.createCellStyle();
                s.cloneStyleFrom(old);
                s.setFillForegroundColor(XlsxDocument.color(m.fill()).getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                return s;
            }));
            if (cell.getCellComment() != null) {
                cell.removeCellComment();
            }
            Drawing<?> drawing = drawings.computeIfAbsent(sheet, Sheet::createDrawingPatriarch);
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(ref.getCol() + 1);
            anchor.setCol2(ref.getCol() + 6);
            anchor.setRow1(ref.getRow());
            anchor.setRow2(ref.getRow() + 8);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(helper.createRichTextString(m.text()));
            comment.setAuthor("tonghop");
            cell.setCellComment(comment);
        }
    }

    private static void list(Workbook wb, ListSheet list, List<Line> lines) {
        String title = list.title();
        List<String> header = list.header();
        int top = list.intro().size();
        String name = title;
        for (int n = 2; wb.getSheet(name) != null; n++) {
            name = title + " (" + n + ")";
        }
        Sheet sheet = wb.createSheet(name);
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle head = wb.createCellStyle();
        head.setFont(bold);
        head.setWrapText(true);
        CellStyle wrap = wb.createCellStyle();
        wrap.setWrapText(true);
        for (int i = 0; i < top; i++) {
            sheet.createRow(i).createCell(0).setCellValue(list.intro().get(i));
        }
        Row h = sheet.createRow(top);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(head);
            sheet.setColumnWidth(c, FindingsSheet.width(c, header.size()) * 256);
        }
        CreationHelper helper = wb.getCreationHelper();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Row row = sheet.createRow(top + i + 1);
            for (int c = 0; c < line.cells().size(); c++) {
                Cell cell = row.createCell(c);
                cell.setCellValue(line.cells().get(c) == null ? "" : line.cells().get(c));
                cell.setCellStyle(wrap);
            }
            row.setHeightInPoints(FindingsSheet.height(line.cells()));
            if (line.sheet() != null && line.cell() != null && wb.getSheet(line.sheet()) != null) {
                Hyperlink link = helper.createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress("'" + line.sheet().replace("'", "''") + "'!" + line.cell());
                row.getCell(0).setHyperlink(link);
            }
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        sheet.setFitToPage(true);
        sheet.createFreezePane(0, top + 1);
        wb.setSheetOrder(name, 0);
        wb.setActiveSheet(0);
        wb.setSelectedTab(0);
    }
}
