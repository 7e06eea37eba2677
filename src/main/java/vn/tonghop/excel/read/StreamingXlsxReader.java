package vn.tonghop.excel.read;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.FormulaError;
import vn.tonghop.excel.CellRef;
import vn.tonghop.excel.CellValue;
import vn.tonghop.excel.SheetGrid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a .xlsx straight from its XML with the JDK's StAX parser, one pass per part, into the same {@link SheetGrid} the POI usermodel gives, at a fraction of the time
 * and memory: no cell objects, no style objects.
 * Anything it does not know for certain (strict OOXML dates, a part it cannot find) makes it give
 * up with {@link Unsupported}, and the caller reads the file with POI instead.
 */
final class StreamingXlsxReader {

    /** The file is a workbook, but not one this reader vouches for. */
    static final class Unsupported extends Exception {
        Unsupported(String message) {
            super(message);
        }
    }

    /** The JDK factory's name for handing out its reader again; a factory that does not know it builds one each time. */
    private static final String REUSE_READER = "reuse-instance";

    /**
     * A factory per thread that hands out the same reader again once the last one is closed, rather than
     * building a new reader for each part.
     * The JDK's factory reuses its reader without locking, hence one per thread.
     */
    private static final ThreadLocal<XMLInputFactory> XML = ThreadLocal.withInitial(StreamingXlsxReader::factory);

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        if (f.isPropertySupported(REUSE_READER)) {
            f.setProperty(REUSE_READER, true);
        }
        return f;
    }

    private record Style(String format, String font) {
    }

    private final ZipFile zip;
    private final ReadLimits limits;
    private List<String> strings = List.of();
    private List<Style> styles = List.of(new Style("General", null));
    private long cells;

    private StreamingXlsxReader(ZipFile zip, ReadLimits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    static List<SheetGrid> read(Path file, ReadLimits limits) throws Unsupported, UnreadableWorkbookException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return read(zip, limits);
        } catch (IOException | RuntimeException e) {
            throw new Unsupported(e.toString());
        }
    }

    /** The sheets of a workbook already open, as the screen that looked at it first left it. */
    static List<SheetGrid> read(ZipFile zip, ReadLimits limits) throws Unsupported, UnreadableWorkbookException {
        try {
            return new StreamingXlsxReader(zip, limits).sheets();
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new Unsupported(e.toString());
        }
    }

    private List<SheetGrid> sheets() throws IOException, XMLStreamException, Unsupported, UnreadableWorkbookException {
        String workbook = target("", relationships("_rels/.rels"), "/officeDocument");
        if (workbook == null) {
            throw new Unsupported("no workbook part");
        }
        String folder = workbook.contains("/") ? workbook.substring(0, workbook.lastIndexOf('/') + 1) : "";
        Map<String, String[]> rels = relationships(folder + "_rels/" + workbook.substring(folder.length()) + ".rels");
        String shared = target(folder, rels, "/sharedStrings");
        if (shared != null) {
            strings = parse(shared, this::sharedStrings);
        }
        String stylesPart = target(folder, rels, "/styles");
        if (stylesPart != null) {
            styles = styles(stylesPart);
        }
        List<SheetGrid> grids = new ArrayList<>();
        for (SheetEntry sheet : parse(workbook, StreamingXlsxReader::sheetEntries)) {
            String[] rel = rels.get(sheet.relationship());
            if (rel == null || !rel[0].endsWith("/worksheet")) {
                throw new Unsupported("sheet " + sheet.name() + " is not a worksheet");
            }
            grids.add(parse(resolve(folder, rel[1]), part -> sheet(sheet.name(), part, sheet.hidden())));
        }
        return grids;
    }

    /** A sheet as the workbook part lists it. */
    private record SheetEntry(String name, String relationship, boolean hidden) {
    }

    private static List<SheetEntry> sheetEntries(XmlPull x) throws XMLStreamException {
        List<SheetEntry> out = new ArrayList<>();
        for (int e = x.next(); e != XmlPull.END_OF_PART; e = x.next()) {
            if (e == XmlPull.START && x.localName().equals("sheet")) {
                String state = x.attribute("state");
                out.add(new SheetEntry(x.attribute("name"), x.anyPrefixAttribute("id"), state != null && !state.equals("visible")));
            }
        }
        return out;
    }

    /** How one part is read. */
    private interface PartReading<T> {
        T from(XmlPull part) throws XMLStreamException, UnreadableWorkbookException, Unsupported;
    }

    private <T> T parse(String part, PartReading<T> reading)
            throws IOException, XMLStreamException, UnreadableWorkbookException, Unsupported {
        XmlPull x = XmlPull.of(open(part));
        try {
            return reading.from(x);
        } finally {
            x.close();
        }
    }

    private SheetGrid sheet(String name, XmlPull x, boolean hidden) throws XMLStreamException, UnreadableWorkbookException, Unsupported {
        List<CellValue> values = new ArrayList<>();
        List<SheetGrid.Region> merged = new ArrayList<>();
        BitSet hiddenRows = new BitSet();
        BitSet hiddenCols = new BitSet();
        int row = -1;
        int col = -1;
        for (int e = x.next(); e != XmlPull.END_OF_PART; e = x.next()) {
            if (e != XmlPull.START) {
                continue;
            }
            switch (x.localName()) {
                case "row" -> {
                    String r = x.attribute("r");
                    row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                    col = -1;
                    if (row >= limits.maxRows()) {
                        throw new UnreadableWorkbookException("sheet " + name + " has " + (row + 1) + " rows, over the limit of "
                                + limits.maxRows(), UnreadableWorkbookException.Kind.HOSTILE, null);
                    }
                    if (isTrue(x.attribute("hidden")) && row >= 0) {
                        hiddenRows.set(row);
                    }
                }
                case "c" -> {
                    String r = x.attribute("r");
                    int cellRow = row;
                    if (r == null) {
                        col++;
                    } else {
                        int[] at = CellRef.parse(r);
                        cellRow = at[0];
                        col = at[1];
                    }
                    CellValue v = cell(x, cellRow, col);
                    if (v != null) {
                        values.add(v);
                        if (++cells > limits.maxCells()) {
                            throw new UnreadableWorkbookException("more than " + limits.maxCells() + " cells",
                                    UnreadableWorkbookException.Kind.HOSTILE, null);
                        }
                    }
                }
                case "col" -> {
                    if (isTrue(x.attribute("hidden"))) {
                        // Excel's columns are 1 to 16384; a range past them, or garbage, hides nothing.
                        int min = columnNumber(x.attribute("min"));
                        int max = columnNumber(x.attribute("max"));
                        if (min >= 1 && min <= max) {
                            hiddenCols.set(min - 1, max);
                        }
                    }
                }
                case "mergeCell" -> {
                    String ref = x.attribute("ref");
                    int colon = ref.indexOf(':');
                    int[] a = CellRef.parse(colon < 0 ? ref : ref.substring(0, colon));
                    int[] b = colon < 0 ? a : CellRef.parse(ref.substring(colon + 1));
                    merged.add(new SheetGrid.Region(a[0], b[0], a[1], b[1]));
                }
                default -> {
                }
            }
        }
        return SheetGrid.of(name, values, merged, hidden, hiddenRows, hiddenCols);
    }

    private static boolean isTrue(String attribute) {
        return "1".equals(attribute) || "true".equals(attribute);
    }

    /** A {@code <col>} bound, kept to Excel's 16384 columns; 0 when it is no number. */
    private static int columnNumber(String attribute) {
        try {
            return attribute == null ? 0 : Math.min(Integer.parseInt(attribute), 16_384);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * One {@code <c>}, read to its end: the cached value of a formula, as POI gives it. A formula whose
     * result was never saved (files written by programs other than Excel) is left to POI, which can
     * work it out; read as 0, as POI's own reading does, it made every total a false mismatch.
     */
    private CellValue cell(XmlPull x, int row, int col) throws XMLStreamException, Unsupported {
        String type = x.attribute("t");
        String s = x.attribute("s");
        Style style = styles.get(s == null ? 0 : Integer.parseInt(s));
        String value = null;
        String inline = null;
        boolean formula = false;
        for (int e = x.next(); e != XmlPull.END_OF_PART; e = x.next()) {
            if (e == XmlPull.END && x.localName().equals("c")) {
                break;
            }
            if (e == XmlPull.START) {
                switch (x.localName()) {
                    case "v" -> value = x.elementText();
                    case "f" -> {
                        formula = true;
                        x.elementText();
                    }
                    case "is" -> inline = richText(x, "is");
                    default -> {
                    }
                }
            }
        }
        boolean numeric = type == null || type.equals("n");
        if (formula && inline == null && (value == null || numeric && value.isBlank())) {
            throw new Unsupported("formula without a saved result in " + CellRef.name(row, col));
        }
        type = type == null ? "n" : type;
        String text = switch (type) {
            case "s" -> value == null ? null : strings.get(Integer.parseInt(value.strip()));
            case "str" -> value;
            case "inlineStr" -> inline;
            default -> null;
        };
        return switch (type) {
            case "s", "str", "inlineStr" -> text == null || text.isBlank() ? null
                    : new CellValue(row, col, CellValue.Kind.TEXT, text, null, style.format(), style.font());
            case "b" -> value == null ? null : new CellValue(row, col, CellValue.Kind.BOOLEAN,
                    String.valueOf("1".equals(value.strip())), null, style.format(), style.font());
            case "e" -> new CellValue(row, col, CellValue.Kind.ERROR, errorText(value), null, style.format(), style.font());
            case "n" -> value == null || value.isBlank() ? null
                    : new CellValue(row, col, CellValue.Kind.NUMBER, null, WorkbookReader.decimal(Double.parseDouble(value.strip())),
                            style.format(), style.font());
            default -> throw new IllegalStateException("cell type " + type);
        };
    }

    private static String errorText(String value) {
        try {
            return value == null ? "#ERROR!" : FormulaError.forString(value.strip()).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR!";
        }
    }

    private List<String> sharedStrings(XmlPull x) throws XMLStreamException {
        List<String> out = new ArrayList<>();
        for (int e = x.next(); e != XmlPull.END_OF_PART; e = x.next()) {
            if (e == XmlPull.START && x.localName().equals("si")) {
                out.add(richText(x, "si"));
            }
        }
        return out;
    }

    /** The text of a string item: its runs joined, phonetic guides left out, Excel's _xHHHH_ escapes decoded. */
    private static String richText(XmlPull x, String end) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int phonetic = 0;
        for (int e = x.next(); e != XmlPull.END_OF_PART; e = x.next()) {
            if (e == XmlPull.START) {
                if (x.localName().equals("rPh")) {
                    phonetic++;
                } else if (x.localName().equals("t") && phonetic == 0) {
                    sb.append(x.elementText());
                }
            } else if (e == XmlPull.END) {
                if (x.localName().equals("rPh")) {
                    phonetic--;
                } else if (x.localName().equals(end)) {
                    break;
                }
            }
        }
        return decodeEscapes(sb.toString());
    }

    static String decodeEscapes(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("_x", i) && i + 6 < s.length() && s.charAt(i + 6) == '_' && isHex(s, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 6;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** cellXfs in order, each with its number format and its font's name; the default style when there are none. */
    private List<Style> styles(String part) throws IOException, XMLStreamException, UnreadableWorkbookException, Unsupported {
        List<Style> read = parse(part, StreamingXlsxReader::stylesOf);
        return read.isEmpty() ? styles : read;
    }

    private static List<Style> stylesOf(XmlPull x) throws XMLStreamException {
        Map<Integer, String> formats = new HashMap<>();
        List<String> fonts = new ArrayList<>();
        List<Style> out = new ArrayList<>();
        String section = "";
        for (int e = x.next(); e != XmlPull.END_OF_PART; e = x.next()) {
            if (e != XmlPull.START) {
                continue;
            }
            switch (x.localName()) {
                case "numFmt" -> formats.put(Integer.parseInt(x.attribute("numFmtId")), x.attribute("formatCode"));
                case "fonts", "cellXfs", "cellStyleXfs", "dxfs" -> section = x.localName();
                case "font" -> {
                    if (section.equals("fonts")) {
                        fonts.add(null);
                    }
                }
                case "name" -> {
                    if (section.equals("fonts") && !fonts.isEmpty()) {
                        fonts.set(fonts.size() - 1, x.attribute("val"));
                    }
                }
                case "xf" -> {
                    if (section.equals("cellXfs")) {
                        String id = x.attribute("numFmtId");
                        String font = x.attribute("fontId");
                        int fmt = id == null ? 0 : Integer.parseInt(id);
                        String format = formats.containsKey(fmt) ? formats.get(fmt) : BuiltinFormats.getBuiltinFormat(fmt);
                        int f = font == null ? 0 : Integer.parseInt(font);
                        out.add(new Style(format, f < fonts.size() ? fonts.get(f) : null));
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    /** Relationship id → {type, target} of a .rels part; empty when the part is missing. */
    private Map<String, String[]> relationships(String part)
            throws IOException, XMLStreamException, UnreadableWorkbookException, Unsupported {
        return zip.getEntry(part) == null ? new HashMap<>() : parse(part, StreamingXlsxReader::relationshipsOf);
    }

    private static Map<String, String[]> relationshipsOf(XmlPull x) throws XMLStreamException {
        Map<String, String[]> out = new HashMap<>();
        for (int e = x.next(); e != XmlPull.END_OF_PART; e = x.next()) {
            if (e == XmlPull.START && x.localName().equals("Relationship")) {
                out.put(x.attribute("Id"), new String[] {x.attribute("Type"), x.attribute("Target")});
            }
        }
        return out;
    }

    private static String target(String folder, Map<String, String[]> rels, String typeSuffix) {
        for (String[] rel : rels.values()) {
            if (rel[0] != null && rel[0].endsWith(typeSuffix)) {
                return resolve(folder, rel[1]);
            }
        }
        return null;
    }

    private static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target.substring(1) : folder + target;
        // "xl/../xl/worksheets/sheet1.xml" and the like
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
            if (p.equals("..") && !parts.isEmpty()) {
                parts.remove(parts.size() - 1);
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return String.join("/", parts);
    }

    private XMLStreamReader open(String part) throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw new IOException("missing part " + part);
        }
        return xml(zip.getInputStream(entry));
    }

    /** A reader of one part, from this thread's factory: no DTDs, no external entities. */
    static XMLStreamReader xml(InputStream in) throws XMLStreamException {
        return XML.get().createXMLStreamReader(in);
    }
}
