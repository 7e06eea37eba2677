package vn.tonghop.excel.read;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import vn.tonghop.excel.CellValue;
import vn.tonghop.excel.SheetGrid;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * Opens .xlsx, .xls and .ods workbooks, telling them apart by content rather than by name, and copies
 * every non-empty cell into a format-neutral {@link SheetGrid}. A .xlsx is streamed from its XML
 * (StreamingXlsxReader: no object per cell or style, as POI's usermodel makes); POI reads the rest.
 */
public final class WorkbookReader {

    /** Doubles carry binary noise from Excel's own arithmetic; figures never need more decimals than this. */
    private static final int MAX_SCALE = 9;

    private final ReadLimits limits;

    public WorkbookReader() {
        this(ReadLimits.defaults());
    }

    public WorkbookReader(ReadLimits limits) {
        this.limits = limits;
        // Only ever tightened, never switched off: they guard every workbook this process opens.
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), limits.minInflateRatio()));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), limits.maxEntryBytes()));
    }

    public WorkbookData read(Path file) throws UnreadableWorkbookException {
        boolean zip;
        try {
            Optional<String> refused = WorkbookScreen.oversized(file, limits);
            if (refused.isPresent()) {
                throw new UnreadableWorkbookException(refused.get(), UnreadableWorkbookException.Kind.HOSTILE, null);
            }
            zip = WorkbookScreen.isZip(file);
        } catch (IOException e) {
            throw new UnreadableWorkbookException(describe(e), UnreadableWorkbookException.Kind.UNREADABLE, e);
        }
        if (zip) {
            List<SheetGrid> streamed = streamed(file);
            if (streamed != null) {
                return new WorkbookData("xlsx", streamed);
            }
            // Not one the streaming reader vouches for: an .ods (which it gives up on at once, having no
            // _rels/.rels), or else POI's usermodel reads it or says why it cannot. Asked only here, so
            // that an .xlsx is not opened once more to be told apart from one.
            if (OdsReader.isOds(file)) {
                return new WorkbookData("ods", OdsReader.read(file, limits));
            }
        }
        Optional<UnreadableWorkbookException.Kind> instead = WorkbookScreen.notAWorkbook(file);
        if (instead.isPresent()) {
            throw new UnreadableWorkbookException("not a workbook: " + instead.get().name().toLowerCase(Locale.ROOT),
                    instead.get(), null);
        }
        if (WorkbookScreen.isMarkup(file)) {
            throw new UnreadableWorkbookException("a web page (HTML or XML), not a workbook", UnreadableWorkbookException.Kind.WEB_PAGE, null);
        }
        if (WorkbookScreen.isText(file)) {
            throw new UnreadableWorkbookException("plain text (CSV), not a workbook", UnreadableWorkbookException.Kind.TEXT, null);
        }
        return withPoi(file);
    }

    /**
     * A zip's sheets, screened and read on one opening of it: opening it again for the reader was a second
     * open and a second reading of its directory for each of a national night's thousands of files. Null when
     * the streaming reader does not vouch for the workbook, or the zip cannot be opened (the parser below names why).
     */
    private List<SheetGrid> streamed(Path file) throws UnreadableWorkbookException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException | RuntimeException e) {
            return null;
        }
        try {
            Optional<String> refused = WorkbookScreen.hostile(zip, limits);
            if (refused.isPresent()) {
                throw new UnreadableWorkbookException(refused.get(), UnreadableWorkbookException.Kind.HOSTILE, null);
            }
            // A Word document is a package like a workbook's, with no sheets: said so here, where its zip is open.
            if (zip.getEntry("word/document.xml") != null) {
                throw new UnreadableWorkbookException("not a workbook: word", UnreadableWorkbookException.Kind.WORD, null);
            }
            return StreamingXlsxReader.read(zip, limits);
        } catch (StreamingXlsxReader.Unsupported e) {
            return null;
        } finally {
            try {
                zip.close();
            } catch (IOException e) {
                // Read already; nothing was written.
            }
        }
    }

    /** The whole workbook through POI's usermodel: every .xls, and a .xlsx the streaming reader gave up on. */
    WorkbookData withPoi(Path file) throws UnreadableWorkbookException {
        try (InputStream in = Files.newInputStream(file);
             Workbook wb = WorkbookFactory.create(in)) {
            List<SheetGrid> sheets = new ArrayList<>();
            long cells = 0;
            UncachedFormulas unsaved = new UncachedFormulas(wb);
            for (Sheet sheet : wb) {
                if (sheet.getLastRowNum() >= limits.maxRows()) {
                    throw new UnreadableWorkbookException("sheet " + sheet.getSheetName() + " has " + (sheet.getLastRowNum() + 1)
                            + " rows, over the limit of " + limits.maxRows(), UnreadableWorkbookException.Kind.HOSTILE, null);
                }
                SheetGrid grid = grid(wb, sheet, unsaved);
                cells += grid.size();
                if (cells > limits.maxCells()) {
                    throw new UnreadableWorkbookException("more than " + limits.maxCells() + " cells",
                            UnreadableWorkbookException.Kind.HOSTILE, null);
                }
                sheets.add(grid);
            }
            return new WorkbookData(wb instanceof HSSFWorkbook ? "xls" : "xlsx", sheets);
        } catch (OldExcelFormatException e) {
            throw new UnreadableWorkbookException("Excel 5.0/95 workbook", UnreadableWorkbookException.Kind.OLD_EXCEL, e);
        } catch (EncryptedDocumentException e) {
            throw new UnreadableWorkbookException("password-protected workbook", UnreadableWorkbookException.Kind.ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("WordDocument") || message.contains("really a DOC")) {
                // An old Word .doc is the same kind of container as an .xls; POI names its parts.
                throw new UnreadableWorkbookException("not a workbook: word", UnreadableWorkbookException.Kind.WORD, e);
            }
            throw new UnreadableWorkbookException(describe(e), isSafetyRefusal(e)
                    ? UnreadableWorkbookException.Kind.HOSTILE : UnreadableWorkbookException.Kind.UNREADABLE, e);
        }
    }

    /** POI's own guards speak through exception messages: a zip bomb, an entry too large, a forbidden DTD. */
    private static boolean isSafetyRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("max entry size") || m.contains("doctype") || m.contains("entity")
                    || m.contains("exceeds the maximum")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static SheetGrid grid(Workbook wb, Sheet sheet, UncachedFormulas unsaved) {
        List<CellValue> values = new ArrayList<>();
        BitSet hiddenRows = new BitSet();
        BitSet hiddenCols = new BitSet();
        for (Row row : sheet) {
            if (row.getZeroHeight()) {
                hiddenRows.set(row.getRowNum());
            }
            for (Cell cell : row) {
                if (unsaved.holds(cell) && !unsaved.workOut(cell)) {
                    continue;
                }
                CellValue value = value(wb, cell);
                if (value != null) {
                    values.add(value);
                }
            }
        }
        int lastCol = values.stream().mapToInt(CellValue::col).max().orElse(-1);
        for (int c = 0; c <= lastCol; c++) {
            if (sheet.isColumnHidden(c)) {
                hiddenCols.set(c);
            }
        }
        List<SheetGrid.Region> merged = new ArrayList<>();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            merged.add(new SheetGrid.Region(r.getFirstRow(), r.getLastRow(), r.getFirstColumn(), r.getLastColumn()));
        }
        int index = wb.getSheetIndex(sheet);
        return SheetGrid.of(sheet.getSheetName(), values, merged, wb.isSheetHidden(index) || wb.isSheetVeryHidden(index),
                hiddenRows, hiddenCols);
    }

    private static CellValue value(Workbook wb, Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        String font = wb.getFontAt(cell.getCellStyle().getFontIndex()).getFontName();
        int r = cell.getRowIndex();
        int c = cell.getColumnIndex();
        return switch (type) {
            case STRING -> {
                String text = cell.getStringCellValue();
                yield text == null || text.isBlank() ? null
                        : new CellValue(r, c, CellValue.Kind.TEXT, text, null, format, font);
            }
            case NUMERIC -> new CellValue(r, c, CellValue.Kind.NUMBER, null, decimal(cell.getNumericCellValue()), format, font);
            case BOOLEAN -> new CellValue(r, c, CellValue.Kind.BOOLEAN, String.valueOf(cell.getBooleanCellValue()), null, format, font);
            case ERROR -> new CellValue(r, c, CellValue.Kind.ERROR, errorText(cell.getErrorCellValue()), null, format, font);
            default -> null;
        };
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR!";
        }
    }

    /** Small whole numbers, shared: a long sheet holds millions of 0s and 1s, and each would be an object. */
    private static final BigDecimal[] SMALL = new BigDecimal[1024];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = BigDecimal.valueOf(i);
        }
    }

    static BigDecimal decimal(double d) {
        if (d >= 0 && d < SMALL.length && d == Math.rint(d)) {
            return SMALL[(int) d];
        }
        BigDecimal exact = BigDecimal.valueOf(d);
        if (exact.scale() > MAX_SCALE) {
            exact = exact.setScale(MAX_SCALE, RoundingMode.HALF_UP);
        }
        exact = exact.stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }
}
