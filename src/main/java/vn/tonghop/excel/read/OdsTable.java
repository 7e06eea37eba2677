package vn.tonghop.excel.read;

import vn.tonghop.excel.CellValue;
import vn.tonghop.excel.SheetGrid;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One {@code table:table} of an OpenDocument spreadsheet, read to its end. LibreOffice writes runs of
 * equal rows and cells once with a repeat count (an empty sheet is one row repeated a million times),
 * so a count only turns into cells when the cell holds something.
 */
final class OdsTable {

    private final OdsReader workbook;
    private final String name;
    private final List<CellValue> values = new ArrayList<>();
    private final List<SheetGrid.Region> merged = new ArrayList<>();
    private final BitSet hiddenRows = new BitSet();
    private final BitSet hiddenCols = new BitSet();
    /** Each column's default cell style, for cells that name none; columns past the list have none. */
    private final List<String> columnStyles = new ArrayList<>();
    private int row;

    OdsTable(OdsReader workbook, String name) {
        this.workbook = workbook;
        this.name = name;
    }

    /** From the reader at the table's start element to its end element. */
    SheetGrid read(XMLStreamReader x, boolean hidden) throws XMLStreamException, UnreadableWorkbookException {
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                switch (x.getLocalName()) {
                    case "table-column" -> column(x);
                    case "table-row" -> row(x);
                    // Shapes, charts and forms on the sheet: nothing of them is a cell.
                    case "shapes", "forms", "named-expressions", "table-source", "scenario" -> skip(x);
                    default -> depth++;
                }
            }
        }
        return SheetGrid.of(name, values, merged, hidden, hiddenRows, hiddenCols);
    }

    private void column(XMLStreamReader x) throws XMLStreamException {
        int from = columnStyles.size();
        int count = Math.min(repeat(x, "number-columns-repeated"), OdsReader.MAX_COLUMNS - from);
        if (count > 0 && isHidden(x)) {
            hiddenCols.set(from, from + count);
        }
        String style = x.getAttributeValue(OdsReader.TABLE, "default-cell-style-name");
        for (int i = 0; i < count; i++) {
            columnStyles.add(style);
        }
        skip(x);
    }

    private void row(XMLStreamReader x) throws XMLStreamException, UnreadableWorkbookException {
        int repeat = repeat(x, "number-rows-repeated");
        boolean hidden = isHidden(x);
        List<CellValue> cells = new ArrayList<>();
        int col = 0;
        while (x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.END_ELEMENT && x.getLocalName().equals("table-row")) {
                break;
            }
            if (e != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            boolean covered = x.getLocalName().equals("covered-table-cell");
            if (!covered && !x.getLocalName().equals("table-cell")) {
                skip(x);
                continue;
            }
            int span = repeat(x, "number-columns-repeated");
            int across = repeat(x, "number-columns-spanned");
            int down = repeat(x, "number-rows-spanned");
            String style = x.getAttributeValue(OdsReader.TABLE, "style-name");
            if (style == null && col < columnStyles.size()) {
                style = columnStyles.get(col);
            }
            OdsReader.Attributes attributes = OdsReader.Attributes.of(x);
            String text = text(x);
            CellValue value = covered ? null : workbook.value(attributes, row, col, style, text);
            if (value != null) {
                for (int i = 0; i < span && col + i < OdsReader.MAX_COLUMNS; i++) {
                    cells.add(i == 0 ? value : at(value, row, col + i));
                }
            }
            if (!covered && (across > 1 || down > 1)) {
                merged.add(new SheetGrid.Region(row, row + down - 1, col, col + across - 1));
            }
            // Counts are the file's word: added up past any sheet's size they must not wrap around.
            col = (int) Math.min((long) col + span, OdsReader.MAX_COLUMNS);
        }
        if (cells.isEmpty()) {
            // Hidden or not, an empty row says nothing; the trailing one often stands for a million.
            row = (int) Math.min((long) row + repeat, Integer.MAX_VALUE / 2);
            return;
        }
        for (int i = 0; i < repeat; i++) {
            for (CellValue c : cells) {
                workbook.counted(name, row);
                values.add(i == 0 ? c : at(c, row, c.col()));
            }
            if (hidden) {
                hiddenRows.set(row);
            }
            row++;
        }
    }

    private static CellValue at(CellValue v, int row, int col) {
        return new CellValue(row, col, v.kind(), v.text(), v.number(), v.format(), v.font());
    }

    /**
     * What the cell shows, read to the cell's end: its paragraphs a line each, spaces and tabs as written.
     * A note (office:annotation) and anything drawn in the cell are not its content.
     */
    private static String text(XMLStreamReader x) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        int paragraphs = 0;
        while (depth > 0 && x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (!OdsReader.TEXT.equals(x.getNamespaceURI())) {
                    skip(x);
                    continue;
                }
                depth++;
                switch (x.getLocalName()) {
                    case "p", "h" -> {
                        if (paragraphs++ > 0) {
                            sb.append('\n');
                        }
                    }
                    case "s" -> sb.append(" ".repeat(Math.min(repeat(x, "c", OdsReader.TEXT), 1000)));
                    case "tab" -> sb.append('\t');
                    case "line-break" -> sb.append('\n');
                    default -> {
                    }
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
                sb.append(x.getText());
            }
        }
        return sb.toString();
    }

    private static boolean isHidden(XMLStreamReader x) {
        String v = x.getAttributeValue(OdsReader.TABLE, "visibility");
        return "collapse".equals(v) || "filter".equals(v);
    }

    private static int repeat(XMLStreamReader x, String attribute) {
        return repeat(x, attribute, OdsReader.TABLE);
    }

    /** A count attribute; 1 when absent or garbage, so a broken file reads as written once. */
    private static int repeat(XMLStreamReader x, String attribute, String namespace) {
        String v = x.getAttributeValue(namespace, attribute);
        try {
            return v == null ? 1 : Math.max(1, Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Past the current start element's end. */
    private static void skip(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && x.hasNext()) {
            int e = x.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
