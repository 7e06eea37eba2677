package vn.tonghop.excel.write;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * A new .xlsx workbook that reports fill through {@link SheetWriter}s, without touching POI themselves.
 * It streams: only the last {@link #ROWS_IN_MEMORY} rows of a sheet are held, the rest go to a
 * temporary file, so a schedule of a province's thousands of units is written in a few megabytes
 * of heap. Writers therefore fill a sheet from top to bottom.
 */
public final class XlsxDocument implements AutoCloseable {

    /** How far back a writer may still reach: a schedule's header is the deepest look back, a few rows. */
    static final int ROWS_IN_MEMORY = 200;

    private final SXSSFWorkbook workbook;
    private final Map<Look, CellStyle> styles = new HashMap<>();
    private final String fontName;
    private final short fontSize;

    private XlsxDocument(String fontName, short fontSize, boolean sharedStrings) {
        // Temporary rows uncompressed: they live for seconds on the output's disk, and compressing them only costs time.
        this.workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROWS_IN_MEMORY, false, sharedStrings) {
            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
                // A national TongHop.xlsx is 28 MB of XML. The fastest deflate makes it 5.3 MB instead of
                // 3.8 MB and saves about a second of a night; nobody waits on its size.
                ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
                zip.setLevel(Deflater.BEST_SPEED);
                return zip;
            }
        };
        this.fontName = fontName;
        this.fontSize = fontSize;
    }

    /**
     * A workbook to read and print. Its text is stored in each cell, which is how a streamed
     * workbook writes fastest: POI's table of shared strings looks each new text up through XML.
     */
    public static XlsxDocument report(String fontName, short fontSize) {
        return new XlsxDocument(fontName, fontSize, false);
    }

    /**
     * A workbook someone fills in. Its text goes in the shared table, as Excel writes it: a program
     * that edits a text cell in place (POI does) changes only the shared text, and the cell keeps what was typed.
     */
    public static XlsxDocument form(String fontName, short fontSize) {
        return new XlsxDocument(fontName, fontSize, true);
    }

    /**
     * Writes a small workbook, with each feature the reports use, to nowhere, and returns its size in
     * bytes. The first workbook a process makes loads and initialises several hundred of POI's classes,
     * about half a second at the night's JIT level; made ahead, on a core the check step leaves idle,
     * that half second no longer falls on the report's longest thread.
     */
    public static long warmUp() throws IOException {
        try (XlsxDocument doc = report("Times New Roman", (short) 12)) {
            SheetWriter sheet = doc.sheet("Khởi động");
            sheet.text(0, 0, "Tổng hợp", Look.HEADER).merge(0, 0, 0, 2).width(0, 10).rowHeight(0, 30f)
                    .number(1, 0, BigDecimal.TEN, Look.CELL.format(Look.Format.AMOUNT))
                    .formula(1, 1, "A2*2", BigDecimal.valueOf(20), Look.CELL.format(Look.Format.AMOUNT))
                    .blank(1, 2, Look.CELL).linkToFile(2, 0, "tệp", "returned/a b.xlsx", Look.CELL)
                    .comment(1, 1, "ghi chú").freeze(1, 1).autoFilter(0, 1, 0, 2).printA4Landscape(0, 0);
            long[] size = {0};
            doc.workbook.write(new OutputStream() {
                @Override
                public void write(int b) {
                    size[0]++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    size[0] += len;
                }
            });
            return size[0];
        }
    }

    public SheetWriter sheet(String name) {
        return new SheetWriter(this, workbook.createSheet(name));
    }

    public void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    CellStyle style(Look look) {
        return styles.computeIfAbsent(look, this::create);
    }

    SXSSFWorkbook workbook() {
        return workbook;
    }

    private CellStyle create(Look look) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setFontName(fontName);
        font.setFontHeightInPoints((short) (fontSize + look.sizeDelta()));
        font.setBold(look.isBold());
        font.setItalic(look.isItalic());
        style.setFont(font);
        style.setAlignment(switch (look.align()) {
            case LEFT -> HorizontalAlignment.LEFT;
            case CENTER -> HorizontalAlignment.CENTER;
            case RIGHT -> HorizontalAlignment.RIGHT;
        });
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(look.wraps());
        style.setLocked(!look.isEditable());
        String format = switch (look.format()) {
            case TEXT -> "@";
            case AMOUNT -> "#,##0";
            case RATE -> "0.00";
            case INTEGER -> "0";
        };
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        if (look.hasBorder()) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        IndexedColors color = color(look.fill());
        if (color != null) {
            style.setFillForegroundColor(color.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }

    /** The colour of a fill, the same in the reports and on the clerks' marked cells; none for NONE. */
    public static IndexedColors color(Look.Fill fill) {
        return switch (fill) {
            case NONE -> null;
            case HEADER -> IndexedColors.GREY_25_PERCENT;
            case ERROR -> IndexedColors.ROSE;
            case WARNING -> IndexedColors.LIGHT_YELLOW;
            case NOTE -> IndexedColors.LIGHT_TURQUOISE;
        };
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
