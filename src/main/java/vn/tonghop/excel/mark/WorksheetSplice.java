package vn.tonghop.excel.mark;

import vn.tonghop.excel.CellRef;
import vn.tonghop.excel.read.LeanXml;
import vn.tonghop.excel.read.XmlPull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntBinaryOperator;
import java.util.regex.Pattern;

/**
 * The edits a marked copy makes to a worksheet part, spliced into its bytes: the rest of the part is
 * left exactly as the clerk's program wrote it. Parsing each marked sheet into a DOM and writing it back
 * whole was about an eighth of a marked copy's time. Anything this does not vouch for is null, and the
 * caller edits the part as a DOM document, as before.
 */
final class WorksheetSplice {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** What may follow legacyDrawing in a worksheet. */
    static final List<String> AFTER_LEGACY_DRAWING = List.of("legacyDrawingHF", "drawingHF", "picture",
            "oleObjects", "controls", "webPublishItems", "tableParts", "extLst");

    private WorksheetSplice() {
    }

    /** A byte range replaced by a text; ranges never overlap, and an insertion replaces nothing. */
    private record Edit(int from, int to, String text) {
    }

    /** A cell as the part has it: where its start tag is, and its format number's value when it has one. */
    private record Cell(int tagStart, int tagEnd, boolean selfClosing, int[] style) {
    }

    /** A row as the part has it, with its cells by column. */
    private static final class Row {
        int tagStart;
        int tagEnd;
        boolean selfClosing;
        int endTagStart;
        String prefix;
        int[] spans;
        final TreeMap<Integer, Cell> cells = new TreeMap<>();
    }

    /** The marked sheet but for its legacy drawing, which needs the relationship id of the drawing. */
    static final class Marked {
        private final byte[] part;
        private final List<Edit> edits;
        private final int legacyAt;
        private final String legacyPrefix;
        /** The prefix the sheet's root binds to relationships; null when it binds none. */
        private final String relationshipsPrefix;

        private Marked(byte[] part, List<Edit> edits, int legacyAt, String legacyPrefix, String relationshipsPrefix) {
            this.part = part;
            this.edits = edits;
            this.legacyAt = legacyAt;
            this.legacyPrefix = legacyPrefix;
            this.relationshipsPrefix = relationshipsPrefix;
        }

        /** The part with its legacyDrawing, declaring the relationships prefix on it when the sheet has none. */
        byte[] withLegacyDrawing(String relationshipId) {
            String legacy = "<" + qualified(legacyPrefix, "legacyDrawing")
                    + (relationshipsPrefix != null ? " " + relationshipsPrefix
                            : " xmlns:r=\"" + OpcParts.OFFICE_RELATIONSHIPS + "\" r")
                    + ":id=\"" + Dom.escape(relationshipId) + "\"/>";
            List<Edit> all = new ArrayList<>(edits);
            all.add(new Edit(legacyAt, legacyAt, legacy));
            return apply(part, all);
        }
    }

    /**
     * Each marked cell with the filled format of {@code fill}, created where the sheet has none, as
     * {@link SheetMarks} does on a DOM. Null when the part is not one this vouches for: not read by
     * {@link LeanXml}, not a transitional worksheet, already with notes, or a row or cell without its place.
     */
    static Marked marked(byte[] part, List<MarkedCopy.Mark> marks, MarkedStyles styles, int maxRows, int maxColumns) {
        try {
            Layout layout = layout(part);
            return layout == null ? null : marked(part, layout, marks, styles, maxRows, maxColumns);
        } catch (LeanXml.Unknown | RuntimeException e) {
            // A surprise here is the DOM's to decide on, as it decided before.
            return null;
        }
    }

    private static Marked marked(byte[] part, Layout layout, List<MarkedCopy.Mark> marks, MarkedStyles styles,
                                 int maxRows, int maxColumns) {
        // Format numbers as they stand, marked once or more; a cell not in the part starts at 0.
        Map<Long, Integer> formats = new HashMap<>();
        Map<Long, Cell> existing = new HashMap<>();
        TreeMap<Integer, TreeSet<Integer>> newCells = new TreeMap<>();
        for (MarkedCopy.Mark m : marks) {
            int[] at = CellRef.parse(m.cell());
            if (at[0] < 0 || at[0] >= maxRows || at[1] < 0 || at[1] >= maxColumns) {
                return null;
            }
            Row row = layout.rows.get(at[0]);
            Cell cell = row == null ? null : row.cells.get(at[1]);
            long key = key(at[0], at[1], maxColumns);
            Integer now = formats.get(key);
            int old = now != null ? now : cell != null && cell.style() != null ? parse(part, cell.style()) : 0;
            if (old < 0) {
                return null;
            }
            formats.put(key, styles.marked(old, m.fill()));
            if (cell == null) {
                newCells.computeIfAbsent(at[0], r -> new TreeSet<>()).add(at[1]);
            } else {
                existing.put(key, cell);
            }
        }
        List<Edit> edits = new ArrayList<>();
        IntBinaryOperator format = (r, c) -> formats.get(key(r, c, maxColumns));
        for (Map.Entry<Long, Cell> e : existing.entrySet()) {
            edits.add(styled(e.getValue(), formats.get(e.getKey())));
        }
        for (Map.Entry<Integer, TreeSet<Integer>> r : newCells.entrySet()) {
            Row row = layout.rows.get(r.getKey());
            if (row == null) {
                continue;
            }
            // spans only hints at the columns a row uses; a stale hint is worse than none.
            if (row.spans != null) {
                edits.add(removed(row.spans));
            }
            addCells(edits, row, r.getKey(), r.getValue(), format);
        }
        addRows(edits, layout, newCells, format);
        return new Marked(part, edits, layout.legacyAt, layout.rootPrefix, layout.relationshipsPrefix);
    }

    /** A cell's place as one number, for the maps of marked cells. */
    private static long key(int row, int col, int maxColumns) {
        return (long) row * maxColumns + col;
    }

    /** The cell's start tag with its new format number: the value replaced, or the attribute added. */
    private static Edit styled(Cell cell, int format) {
        if (cell.style() != null) {
            return new Edit(cell.style()[1], cell.style()[2], Integer.toString(format));
        }
        int close = cell.selfClosing() ? cell.tagEnd() - 2 : cell.tagEnd() - 1;
        return new Edit(close, close, " s=\"" + format + "\"");
    }

    /** New cells of an existing row, each before the first cell after it, or at the row's end. */
    private static void addCells(List<Edit> edits, Row row, int index, Collection<Integer> columns,
                                 IntBinaryOperator format) {
        Map<Integer, StringBuilder> byPlace = new TreeMap<>();
        for (int c : columns) {
            Map.Entry<Integer, Cell> next = row.cells.higherEntry(c);
            int at = next != null ? next.getValue().tagStart() : row.selfClosing ? row.tagEnd - 2 : row.endTagStart;
            byPlace.computeIfAbsent(at, k -> new StringBuilder()).append(newCell(row.prefix, index, c, format.applyAsInt(index, c)));
        }
        insert(edits, byPlace, row.selfClosing, row.tagEnd, qualified(row.prefix, "row"));
    }

    /** New rows, each before the first row after it, or at the end of sheetData. */
    private static void addRows(List<Edit> edits, Layout layout, TreeMap<Integer, TreeSet<Integer>> newCells,
                                IntBinaryOperator format) {
        Map<Integer, StringBuilder> byPlace = new TreeMap<>();
        for (Map.Entry<Integer, TreeSet<Integer>> r : newCells.entrySet()) {
            int index = r.getKey();
            if (layout.rows.containsKey(index)) {
                continue;
            }
            Map.Entry<Integer, Row> next = layout.rows.higherEntry(index);
            int at = next != null ? next.getValue().tagStart : layout.dataSelfClosing ? layout.dataTagEnd - 2
                    : layout.dataEndTagStart;
            StringBuilder row = new StringBuilder("<").append(qualified(layout.dataPrefix, "row")).append(" r=\"")
                    .append(index + 1).append("\">");
            for (int c : r.getValue()) {
                row.append(newCell(layout.dataPrefix, index, c, format.applyAsInt(index, c)));
            }
            row.append("</").append(qualified(layout.dataPrefix, "row")).append('>');
            byPlace.computeIfAbsent(at, k -> new StringBuilder()).append(row);
        }
        insert(edits, byPlace, layout.dataSelfClosing, layout.dataTagEnd, qualified(layout.dataPrefix, "sheetData"));
    }

    /**
     * The new elements, by the place each goes; in a parent that closed itself ("&lt;row r='4'/&gt;", whose
     * "/&gt;" is that place), the parent opened and closed around them.
     */
    private static void insert(List<Edit> edits, Map<Integer, StringBuilder> byPlace, boolean parentSelfClosing,
                               int parentTagEnd, String parentName) {
        for (Map.Entry<Integer, StringBuilder> e : byPlace.entrySet()) {
            if (parentSelfClosing && e.getKey() == parentTagEnd - 2) {
                edits.add(new Edit(parentTagEnd - 2, parentTagEnd, ">" + e.getValue() + "</" + parentName + ">"));
            } else {
                edits.add(new Edit(e.getKey(), e.getKey(), e.getValue().toString()));
            }
        }
    }

    /** An attribute taken out of its tag, with the white space before it ({@link LeanXml#attributeSpan}). */
    private static Edit removed(int[] attributeSpan) {
        return new Edit(attributeSpan[0], attributeSpan[2] + 1, "");
    }

    private static String newCell(String prefix, int row, int col, int format) {
        return "<" + qualified(prefix, "c") + " r=\"" + CellRef.name(row, col) + "\" s=\"" + format + "\"/>";
    }

    private static String qualified(String prefix, String local) {
        return prefix == null ? local : prefix + ":" + local;
    }

    private static final Pattern FORMAT_NUMBER = Pattern.compile("\\d{1,9}");

    /** A format number as written, or -1 when it is not a plain number. */
    private static int parse(byte[] part, int[] span) {
        String value = new String(part, span[1], span[2] - span[1], StandardCharsets.ISO_8859_1);
        return FORMAT_NUMBER.matcher(value).matches() ? Integer.parseInt(value) : -1;
    }

    /**
     * The part with no sheet view selected, as {@link MarkedXlsx} wants every sheet but the findings: the
     * tabSelected attribute taken off each sheetView of the first sheetViews. Null when {@link LeanXml}
     * does not vouch for the part.
     */
    static byte[] unselected(byte[] part) {
        try {
            LeanXml x = new LeanXml(part);
            List<Edit> edits = new ArrayList<>();
            int depth = 0;
            int views = 0;
            boolean inViews = false;
            for (int e = x.next(); e != XmlPull.END_OF_PART; e = x.next()) {
                if (e == XmlPull.START) {
                    depth++;
                    if (depth == 2 && x.localName().equals("sheetViews") && views++ == 0) {
                        inViews = true;
                    } else if (depth == 3 && inViews && x.localName().equals("sheetView")) {
                        int[] selected = x.attributeSpan("tabSelected");
                        if (selected != null) {
                            edits.add(removed(selected));
                        }
                    }
                } else if (e == XmlPull.END) {
                    if (depth == 2) {
                        inViews = false;
                    }
                    depth--;
                }
            }
            return depth == 0 ? apply(part, edits) : null;
        } catch (LeanXml.Unknown | RuntimeException e) {
            return null;
        }
    }

    /** The places in a worksheet part that marking touches. */
    private static final class Layout {
        String rootPrefix;
        String relationshipsPrefix;
        String dataPrefix;
        int dataTagEnd = -1;
        boolean dataSelfClosing;
        int dataEndTagStart = -1;
        int legacyAt = -1;
        final TreeMap<Integer, Row> rows = new TreeMap<>();
    }

    /** The layout, or null when the part is not a transitional worksheet with sheetData and without notes. */
    private static Layout layout(byte[] part) throws LeanXml.Unknown {
        LeanXml x = new LeanXml(part);
        Layout layout = new Layout();
        int depth = 0;
        boolean inData = false;
        Row row = null;
        for (int e = x.next(); e != XmlPull.END_OF_PART; e = x.next()) {
            if (e == XmlPull.START) {
                depth++;
                String name = x.localName();
                if (depth == 1) {
                    if (!name.equals("worksheet") || !root(x, layout)) {
                        return null;
                    }
                } else if (depth == 2) {
                    if (name.equals("legacyDrawing")) {
                        return null;
                    }
                    if (name.equals("sheetData") && layout.dataTagEnd < 0) {
                        layout.dataPrefix = x.prefix();
                        layout.dataTagEnd = x.tagEnd();
                        layout.dataSelfClosing = x.selfClosing();
                        inData = true;
                    } else if (layout.legacyAt < 0 && AFTER_LEGACY_DRAWING.contains(name)) {
                        layout.legacyAt = x.tagStart();
                    }
                } else if (depth == 3 && inData && name.equals("row")) {
                    row = row(x, layout);
                    if (row == null) {
                        return null;
                    }
                } else if (depth == 4 && row != null && name.equals("c")) {
                    String r = x.attribute("r");
                    if (r == null) {
                        return null;
                    }
                    row.cells.put(CellRef.parse(r)[1], new Cell(x.tagStart(), x.tagEnd(), x.selfClosing(), x.attributeSpan("s")));
                }
            } else if (e == XmlPull.END) {
                if (depth == 3 && row != null) {
                    row.endTagStart = x.tagStart();
                    row = null;
                } else if (depth == 2 && inData) {
                    layout.dataEndTagStart = x.tagStart();
                    inData = false;
                } else if (depth == 1 && layout.legacyAt < 0) {
                    layout.legacyAt = x.tagStart();
                }
                depth--;
            }
        }
        return layout.dataTagEnd < 0 || depth != 0 ? null : layout;
    }

    /** Whether the root is in the main namespace; notes the prefix bound to relationships there, if any. */
    private static boolean root(LeanXml x, Layout layout) throws LeanXml.Unknown {
        layout.rootPrefix = x.prefix();
        String declared = x.attribute(layout.rootPrefix == null ? "xmlns" : "xmlns:" + layout.rootPrefix);
        if (!MAIN.equals(declared)) {
            return false;
        }
        layout.relationshipsPrefix = x.prefixBoundTo(OpcParts.OFFICE_RELATIONSHIPS);
        return true;
    }

    private static Row row(LeanXml x, Layout layout) throws LeanXml.Unknown {
        String r = x.attribute("r");
        if (r == null) {
            return null;
        }
        int index = Integer.parseInt(r.strip()) - 1;
        Row row = new Row();
        row.prefix = x.prefix();
        row.tagStart = x.tagStart();
        row.tagEnd = x.tagEnd();
        row.selfClosing = x.selfClosing();
        row.spans = x.attributeSpan("spans");
        if (layout.rows.put(index, row) != null) {
            throw new IllegalStateException("two rows " + r);
        }
        return row;
    }

    /** The part with the edits made, in the order of their places. */
    private static byte[] apply(byte[] part, List<Edit> edits) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::from));
        ByteArrayOutputStream out = new ByteArrayOutputStream(part.length + 256 * sorted.size());
        int at = 0;
        for (Edit e : sorted) {
            out.write(part, at, e.from() - at);
            byte[] text = e.text().getBytes(StandardCharsets.UTF_8);
            out.write(text, 0, text.length);
            at = e.to();
        }
        out.write(part, at, part.length - at);
        return out.toByteArray();
    }
}
