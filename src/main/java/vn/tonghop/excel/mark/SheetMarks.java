package vn.tonghop.excel.mark;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.tonghop.excel.CellRef;

import java.io.IOException;
import java.util.List;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Marks cells of one worksheet part: each marked cell gets the filled format, and the sheet gets a
 * comments part and the VML drawing that shows them, as Excel itself stores notes. A sheet that
 * already has notes is left to POI, which merges them.
 */
final class SheetMarks {

    private static final String COMMENTS = OpcParts.OFFICE_RELATIONSHIPS + "/comments";
    private static final String VML = OpcParts.OFFICE_RELATIONSHIPS + "/vmlDrawing";

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    /** A worksheet's bounds since Excel 2007. */
    private static final int MAX_ROWS = 1 << 20;
    private static final int MAX_COLUMNS = 1 << 14;
    /** What may follow legacyDrawing in a worksheet. */
    private static final List<String> AFTER_LEGACY_DRAWING = List.of("legacyDrawingHF", "drawingHF", "picture",
            "oleObjects", "controls", "webPublishItems", "tableParts", "extLst");

    private SheetMarks() {
    }

    /**
     * Marks the cells and adds the notes. {@code block} is the first free VML shape block (1,024
     * shapes each); the result is the next free one.
     */
    static int mark(OpcParts parts, String sheetPart, List<MarkedCopy.Mark> marks, MarkedStyles styles, int block)
            throws IOException {
        Element sheet = markCells(parts, sheetPart, marks, styles);
        String comments = parts.free("xl/comments", ".xml");
        String drawing = parts.free("xl/drawings/vmlDrawing", ".vml");
        parts.put(comments, comments(marks));
        int blocks = marks.size() / 1024 + 1;
        parts.put(drawing, vml(marks, block, blocks));
        parts.declare(comments, "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml");
        parts.declareExtension("vml", "application/vnd.openxmlformats-officedocument.vmlDrawing");
        OpcParts.Relationships rels = parts.relationships(sheetPart);
        rels.add(COMMENTS, comments);
        String vmlId = rels.add(VML, drawing);
        Element legacy = Dom.create(sheet, "legacyDrawing");
        Dom.insert(sheet, legacy, AFTER_LEGACY_DRAWING);
        Dom.relationshipId(legacy, vmlId);
        return block + blocks;
    }

    /** The cells marked on the sheet, as a DOM document. */
    private static Element markCells(OpcParts parts, String sheetPart, List<MarkedCopy.Mark> marks, MarkedStyles styles)
            throws IOException {
        Element sheet = parts.edit(sheetPart).getDocumentElement();
        if (!MAIN.equals(sheet.getNamespaceURI()) || !"worksheet".equals(sheet.getLocalName())) {
            throw new IOException(sheetPart + " is not a transitional worksheet");
        }
        if (Dom.child(sheet, "legacyDrawing") != null) {
            throw new IOException(sheetPart + " already has notes");
        }
        Element data = Dom.child(sheet, "sheetData");
        if (data == null) {
            throw new IOException(sheetPart + " has no sheetData");
        }
        TreeMap<Integer, Element> rows = numbered(data, "row", r -> Integer.parseInt(r) - 1);
        for (MarkedCopy.Mark m : marks) {
            int[] at = CellRef.parse(m.cell());
            if (at[0] < 0 || at[0] >= MAX_ROWS || at[1] < 0 || at[1] >= MAX_COLUMNS) {
                throw new IllegalArgumentException("no such cell in a worksheet: " + m.cell());
            }
            Element cell = cell(row(data, rows, at[0]), at[1]);
            int old = cell.hasAttribute("s") ? Integer.parseInt(cell.getAttribute("s")) : 0;
            cell.setAttribute("s", Integer.toString(styles.marked(old, m.fill())));
        }
        return sheet;
    }

    private static Element row(Element data, TreeMap<Integer, Element> rows, int index) {
        Element row = rows.get(index);
        if (row == null) {
            row = Dom.create(data, "row");
            row.setAttribute("r", Integer.toString(index + 1));
            var next = rows.higherEntry(index);
            data.insertBefore(row, next == null ? null : next.getValue());
            rows.put(index, row);
        }
        return row;
    }

    private static Element cell(Element row, int col) {
        TreeMap<Integer, Element> cells = numbered(row, "c", r -> CellRef.parse(r)[1]);
        Element cell = cells.get(col);
        if (cell == null) {
            cell = Dom.create(row, "c");
            cell.setAttribute("r", CellRef.name(Integer.parseInt(row.getAttribute("r")) - 1, col));
            var next = cells.higherEntry(col);
            row.insertBefore(cell, next == null ? null : next.getValue());
            // spans only hints at the columns a row uses; a stale hint is worse than none.
            row.removeAttribute("spans");
        }
        return cell;
    }

    /** Children by their r attribute; a child without one (rows and cells may leave it out) is left to POI. */
    private static TreeMap<Integer, Element> numbered(Element parent, String name,
                                                      ToIntFunction<String> index) {
        TreeMap<Integer, Element> found = new TreeMap<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                if (!e.hasAttribute("r")) {
                    throw new IllegalArgumentException("a " + name + " without its place");
                }
                found.put(index.applyAsInt(e.getAttribute("r")), e);
            }
        }
        return found;
    }

    private static String comments(List<MarkedCopy.Mark> marks) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<comments xmlns=\"")
                .append(MAIN).append("\"><authors><author>tonghop</author></authors><commentList>");
        for (MarkedCopy.Mark m : marks) {
            xml.append("<comment ref=\"").append(Dom.escape(m.cell().replace("$", ""))).append("\" authorId=\"0\"><text><t xml:space=\"preserve\">")
                    .append(Dom.escape(m.text())).append("</t></text></comment>");
        }
        return xml.append("</commentList></comments>").toString();
    }

    /** The note boxes: hidden until the cell is pointed at, to the right of their cell, as Excel draws them. */
    private static String vml(List<MarkedCopy.Mark> marks, int block, int blocks) {
        StringBuilder ids = new StringBuilder();
        for (int b = 0; b < blocks; b++) {
            ids.append(b == 0 ? "" : ",").append(block + b);
        }
        StringBuilder xml = new StringBuilder("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
                + " xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"")
                .append(ids).append("\"/></o:shapelayout><v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\""
                        + " path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/>"
                        + "</v:shapetype>");
        for (int i = 0; i < marks.size(); i++) {
            int[] at = CellRef.parse(marks.get(i).cell());
            xml.append("<v:shape id=\"_x0000_s").append(block * 1024 + 1 + i)
                    .append("\" type=\"#_x0000_t202\" style=\"position:absolute;width:108pt;height:59.25pt;z-index:").append(i + 1)
                    .append(";visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\"><v:fill color2=\"#ffffe1\"/>"
                            + "<v:shadow on=\"t\" color=\"black\" obscured=\"t\"/><v:path o:connecttype=\"none\"/>"
                            + "<v:textbox style=\"mso-direction-alt:auto\"><div style=\"text-align:left\"></div></v:textbox>"
                            + "<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>")
                    .append(at[1] + 1).append(", 0, ").append(at[0]).append(", 0, ").append(at[1] + 6).append(", 0, ")
                    .append(at[0] + 8).append(", 0</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>").append(at[0])
                    .append("</x:Row><x:Column>").append(at[1]).append("</x:Column></x:ClientData></v:shape>");
        }
        return xml.append("</xml>").toString();
    }
}
