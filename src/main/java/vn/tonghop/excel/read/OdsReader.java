package vn.tonghop.excel.read;

import vn.tonghop.excel.CellValue;
import vn.tonghop.excel.SheetGrid;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an OpenDocument spreadsheet (.ods), the format LibreOffice saves in unless told otherwise and
 * the one the state's standards for documents name, into the same {@link SheetGrid} as an Excel file:
 * values as LibreOffice saved them, merged cells, hidden sheets, rows and columns, and each cell's font,
 * which tells TCVN3 text apart. One StAX pass over styles.xml and one over content.xml.
 */
public final class OdsReader {

    static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";
    private static final String SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
    /** Excel's last column: a row repeated across the whole sheet holds nothing past it. */
    static final int MAX_COLUMNS = 16_384;

    /** A style's parent (family:name) and the font it names itself, either may be null; a sheet's style says whether it is shown. */
    private record Style(String parent, String fontFace, boolean hiddenTable) {
    }

    private final ZipFile zip;
    private final ReadLimits limits;
    private final Map<String, String> fontFamilies = new HashMap<>();
    private final Map<String, Style> styles = new HashMap<>();
    private long cells;

    private OdsReader(ZipFile zip, ReadLimits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    /** Whether a zip is an OpenDocument spreadsheet, by the {@code mimetype} entry every such package starts with. */
    public static boolean isOds(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("mimetype");
            if (entry == null) {
                return false;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip().equals(MEDIA_TYPE);
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static List<SheetGrid> read(Path file, ReadLimits limits) throws UnreadableWorkbookException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            OdsReader reader = new OdsReader(zip, limits);
            if (reader.encrypted()) {
                throw new UnreadableWorkbookException("password-protected OpenDocument spreadsheet",
                        UnreadableWorkbookException.Kind.ENCRYPTED, null);
            }
            if (zip.getEntry("styles.xml") != null) {
                reader.styles("styles.xml");
            }
            return reader.sheets();
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new UnreadableWorkbookException("OpenDocument spreadsheet: " + e, UnreadableWorkbookException.Kind.UNREADABLE, e);
        }
    }

    /** LibreOffice encrypts each part and says so in the manifest; the parts are then not XML at all. */
    private boolean encrypted() throws IOException {
        ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
        if (manifest == null) {
            return false;
        }
        try (InputStream in = zip.getInputStream(manifest)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("encryption-data");
        }
    }

    /** Font faces and named styles, of styles.xml and then content.xml's automatic ones. */
    private void styles(String part) throws IOException, XMLStreamException {
        XMLStreamReader x = open(part);
        while (x.hasNext()) {
            if (x.next() == XMLStreamConstants.START_ELEMENT && !style(x)) {
                if (x.getLocalName().equals("body")) {
                    break;
                }
            }
        }
        x.close();
    }

    /** Takes in a font face or a style at the reader's position; false when the element is neither. */
    private boolean style(XMLStreamReader x) throws XMLStreamException {
        switch (x.getLocalName()) {
            case "font-face" -> {
                String family = x.getAttributeValue(SVG, "font-family");
                fontFamilies.put(x.getAttributeValue(STYLE, "name"), family == null ? null : family.replace("'", "").replace("\"", "").strip());
                return true;
            }
            case "style", "default-style" -> {
                // Names are per family: LibreOffice's "Default" is a cell style and a graphic style both.
                String family = x.getAttributeValue(STYLE, "family");
                String name = family + ":" + (x.getLocalName().equals("default-style") ? "" : x.getAttributeValue(STYLE, "name"));
                String parent = x.getAttributeValue(STYLE, "parent-style-name");
                String font = null;
                boolean hiddenTable = false;
                int depth = 1;
                while (depth > 0 && x.hasNext()) {
                    int e = x.next();
                    if (e == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        if (x.getLocalName().equals("text-properties") && x.getAttributeValue(STYLE, "font-name") != null) {
                            font = x.getAttributeValue(STYLE, "font-name");
                        } else if (x.getLocalName().equals("table-properties")) {
                            hiddenTable = "false".equals(x.getAttributeValue(TABLE, "display"));
                        }
                    } else if (e == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    }
                }
                String inherits = parent != null ? family + ":" + parent : name.equals(family + ":") ? null : family + ":";
                styles.put(name, new Style(inherits, font, hiddenTable));
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** The font a cell style shows its text in, looked up through its parents. */
    private String font(String styleName) {
        String name = "table-cell:" + (styleName == null ? "Default" : styleName);
        for (int hops = 0; name != null && hops < 20; hops++) {
            Style s = styles.get(name);
            if (s == null) {
                return null;
            }
            if (s.fontFace() != null) {
                return fontFamilies.getOrDefault(s.fontFace(), s.fontFace());
            }
            name = s.parent();
        }
        return null;
    }

    private List<SheetGrid> sheets() throws IOException, XMLStreamException, UnreadableWorkbookException {
        List<SheetGrid> grids = new ArrayList<>();
        XMLStreamReader x = open("content.xml");
        while (x.hasNext()) {
            if (x.next() != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (x.getLocalName().equals("table") && TABLE.equals(x.getNamespaceURI())) {
                grids.add(new OdsTable(this, x.getAttributeValue(TABLE, "name")).read(x, hidden(x.getAttributeValue(TABLE, "style-name"))));
            } else if (!x.getLocalName().equals("body")) {
                style(x);
            }
        }
        x.close();
        return grids;
    }

    private boolean hidden(String tableStyle) {
        Style s = tableStyle == null ? null : styles.get("table:" + tableStyle);
        return s != null && s.hiddenTable();
    }

    /** The value attributes of a {@code table:table-cell}, read while the reader is still on it. */
    record Attributes(String type, String calcType, String value, String date, String bool, String string) {
        static Attributes of(XMLStreamReader x) {
            return new Attributes(x.getAttributeValue(OFFICE, "value-type"), x.getAttributeValue(CALCEXT, "value-type"),
                    x.getAttributeValue(OFFICE, "value"), x.getAttributeValue(OFFICE, "date-value"),
                    x.getAttributeValue(OFFICE, "boolean-value"), x.getAttributeValue(OFFICE, "string-value"));
        }
    }

    /** One cell's value as the reader's other formats give it, or null for an empty one; {@code text} is what it shows. */
    CellValue value(Attributes a, int row, int col, String styleName, String text) {
        String font = font(styleName);
        if ("error".equals(a.calcType())) {
            return new CellValue(row, col, CellValue.Kind.ERROR, text.isBlank() ? "#ERROR!" : text.strip(), null, "General", font);
        }
        String type = a.type() == null ? "" : a.type();
        try {
            switch (type) {
                case "float", "currency", "percentage" -> {
                    BigDecimal n = WorkbookReader.decimal(Double.parseDouble(a.value()));
                    return new CellValue(row, col, CellValue.Kind.NUMBER, null, n, type.equals("percentage") ? "0%" : "General", font);
                }
                case "date" -> {
                    String iso = a.date();
                    LocalDate date = LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso);
                    return new CellValue(row, col, CellValue.Kind.NUMBER, null,
                            BigDecimal.valueOf(ChronoUnit.DAYS.between(CellValue.DAY_ZERO, date)), "dd/mm/yyyy", font);
                }
                case "boolean" -> {
                    return new CellValue(row, col, CellValue.Kind.BOOLEAN, String.valueOf("true".equals(a.bool())), null, "General", font);
                }
                default -> {
                }
            }
        } catch (NumberFormatException | NullPointerException | DateTimeParseException e) {
            // A value attribute LibreOffice would not write: what the cell shows is still there to read.
        }
        String shown = a.string() != null ? a.string() : text;
        return shown.isBlank() ? null : new CellValue(row, col, CellValue.Kind.TEXT, shown, null, "General", font);
    }

    void counted(String sheet, int row) throws UnreadableWorkbookException {
        if (row >= limits.maxRows()) {
            throw new UnreadableWorkbookException("sheet " + sheet + " has " + (row + 1) + " rows, over the limit of "
                    + limits.maxRows(), UnreadableWorkbookException.Kind.HOSTILE, null);
        }
        if (++cells > limits.maxCells()) {
            throw new UnreadableWorkbookException("more than " + limits.maxCells() + " cells", UnreadableWorkbookException.Kind.HOSTILE, null);
        }
    }

    private XMLStreamReader open(String part) throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw new IOException("missing part " + part);
        }
        return StreamingXlsxReader.xml(zip.getInputStream(entry));
    }
}
