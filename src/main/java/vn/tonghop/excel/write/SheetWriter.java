package vn.tonghop.excel.write;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

import java.math.BigDecimal;
import java.util.List;

/** Writes one sheet of an {@link XlsxDocument}. Rows and columns are zero-based. */
public final class SheetWriter {

    private final XlsxDocument document;
    private final SXSSFSheet sheet;
    private Drawing<?> drawing;

    SheetWriter(XlsxDocument document, SXSSFSheet sheet) {
        this.document = document;
        this.sheet = sheet;
    }

    private Cell cell(int row, int col, Look look) {
        Cell c = existing(row, col);
        c.setCellStyle(document.style(look));
        return c;
    }

    private Cell existing(int row, int col) {
        Row r = row(row);
        Cell c = r.getCell(col);
        return c == null ? r.createCell(col) : c;
    }

    /**
     * Text is always written as a string cell, never parsed, so text that came from an input and
     * looks like a formula stays inert.
     */
    public SheetWriter text(int row, int col, String text, Look look) {
        cell(row, col, look).setCellValue(text == null ? "" : text);
        return this;
    }

    public SheetWriter number(int row, int col, BigDecimal value, Look look) {
        Cell c = cell(row, col, look);
        if (value != null) {
            c.setCellValue(value.doubleValue());
        }
        return this;
    }

    /**
     * A live formula with its value already cached, so a viewer that does not recalculate shows
     * the same figure. A null cached value stands for the empty text that IF(x=0,"",…) yields.
     */
    public SheetWriter formula(int row, int col, String formula, BigDecimal cached, Look look) {
        Cell c = cell(row, col, look);
        c.setCellFormula(formula);
        if (cached == null) {
            c.setCellValue("");
        } else {
            c.setCellValue(cached.doubleValue());
        }
        return this;
    }

    /** Borders a cell that has nothing in it, so the table's grid stays closed. */
    public SheetWriter blank(int row, int col, Look look) {
        cell(row, col, look);
        return this;
    }

    /** Text that opens a file, given relative to the workbook's own folder. */
    public SheetWriter linkToFile(int row, int col, String text, String relativePath, Look look) {
        Hyperlink link = document.workbook().getCreationHelper().createHyperlink(HyperlinkType.FILE);
        link.setAddress(relativePath.replace(" ", "%20"));
        cell(row, col, look).setCellValue(text);
        existing(row, col).setHyperlink(link);
        return this;
    }

    public SheetWriter merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        if (firstRow != lastRow || firstCol != lastCol) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        }
        return this;
    }

    public SheetWriter comment(int row, int col, String text) {
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        ClientAnchor anchor = document.workbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(col + 1);
        anchor.setCol2(col + 5);
        anchor.setRow1(row);
        anchor.setRow2(row + 6);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(new XSSFRichTextString(text));
        comment.setAuthor("tonghop");
        // A streamed sheet files the comment under its anchor's corner unless it is told the cell.
        comment.setAddress(new CellAddress(row, col));
        existing(row, col).setCellComment(comment);
        return this;
    }

    /** A dropdown of the allowed values on a column's cells. */
    public SheetWriter dropdown(int firstRow, int lastRow, int col, String... values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
                new CellRangeAddressList(firstRow, lastRow, col, col));
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
        return this;
    }

    /**
     * Protects the sheet without a password: cells not marked editable (the header, the formulas)
     * cannot be changed by accident, while rows for detail lines may still be inserted.
     */
    public SheetWriter protect() {
        sheet.enableLocking();
        sheet.lockInsertRows(false);
        sheet.lockDeleteRows(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        document.workbook().setForceFormulaRecalculation(true);
        return this;
    }

    /** Width in characters. */
    public SheetWriter width(int col, int chars) {
        sheet.setColumnWidth(col, Math.min(255, chars) * 256);
        return this;
    }

    public SheetWriter rowHeight(int row, float points) {
        row(row).setHeightInPoints(points);
        return this;
    }

    /** A row still in memory; one already streamed out is a writer's mistake, not the input's. */
    private Row row(int row) {
        Row r = sheet.getRow(row);
        if (r != null) {
            return r;
        }
        if (row <= sheet.getLastFlushedRowNum()) {
            throw new IllegalStateException("row " + (row + 1) + " of " + sheet.getSheetName() + " was already written");
        }
        return sheet.createRow(row);
    }

    public SheetWriter freeze(int rows, int cols) {
        sheet.createFreezePane(cols, rows);
        return this;
    }

    public SheetWriter autoFilter(int firstRow, int lastRow, int firstCol, int lastCol) {
        sheet.setAutoFilter(new CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        return this;
    }

    /** Prints these columns only; the others are there to filter and sort by on screen. */
    public SheetWriter printColumns(int firstCol, int lastCol, int lastRow) {
        sheet.getWorkbook().setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), firstCol, lastCol, 0, Math.max(0, lastRow));
        return this;
    }

    /**
     * A4 landscape at a fixed scale, never shrunk to fit: a wide table goes on over several pages across, breaking
     * after the given columns, its label columns and header rows printed on every page. Pages are numbered from 1
     * within the sheet, which is printed and attached on its own.
     */
    public SheetWriter printA4LandscapeAcross(int headerFirstRow, int headerLastRow, int labelColumns,
                                              List<Integer> breakAfter, int scalePercent, String name) {
        printA4Landscape(headerFirstRow, headerLastRow);
        // "&N" would count the pages of every sheet printed with this one: the page's own number, and its appendix.
        numberedWithin(name);
        sheet.setFitToPage(false);
        PrintSetup setup = sheet.getPrintSetup();
        setup.setScale((short) scalePercent);
        if (labelColumns > 0) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, labelColumns - 1));
        }
        breakAfter.forEach(sheet::setColumnBreak);
        return this;
    }

    /** Pages numbered from 1 within the sheet, named: "Biểu BCĐ - Trang 2", as each appendix is attached on its own. */
    public SheetWriter numberedWithin(String name) {
        sheet.getFooter().setCenter(name + " - Trang &P");
        PrintSetup setup = sheet.getPrintSetup();
        setup.setUsePage(true);
        setup.setPageStart((short) 1);
        return this;
    }

    /** A page break before the row: a schedule keeps a project on one page. */
    public SheetWriter breakBefore(int row) {
        sheet.setRowBreak(row - 1);
        return this;
    }

    /** A4 landscape, one page wide, the header rows on every page, page numbers in the footer. */
    public SheetWriter printA4Landscape(int headerFirstRow, int headerLastRow) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setRepeatingRows(new CellRangeAddress(headerFirstRow, headerLastRow, -1, -1));
        sheet.getFooter().setCenter("Trang &P / &N");
        return this;
    }
}
