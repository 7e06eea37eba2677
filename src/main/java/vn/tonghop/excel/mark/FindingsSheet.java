package vn.tonghop.excel.mark;

import vn.tonghop.excel.CellRef;

import java.util.List;
import java.util.function.Predicate;

/**
 * The worksheet part of a marked copy's first sheet: one line per finding, each linked to its
 * cell, wrapped, printed landscape one page wide, with the header frozen. The POI path
 * (MarkedCopy) sizes its columns and rows by the same {@link #width} and {@link #height}.
 */
final class FindingsSheet {

    private FindingsSheet() {
    }

    /** {@code hasSheet} says whether a finding's sheet is in the workbook, so that its link leads somewhere. */
    static String xml(List<String> intro, List<String> header, List<MarkedCopy.Line> lines, int headStyle, int wrapStyle,
                      Predicate<String> hasSheet) {
        int top = intro.size();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
                + OpcParts.OFFICE_RELATIONSHIPS + "\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
                + "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"
                + "<pane ySplit=\"" + (top + 1) + "\" topLeftCell=\"A" + (top + 2)
                + "\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int c = 0; c < header.size(); c++) {
            xml.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(width(c, header.size())).append("\" customWidth=\"1\"/>");
        }
        xml.append("</cols><sheetData>");
        // Lines of text above the table, unstyled, so that each runs on over the empty cells beside it.
        for (int i = 0; i < top; i++) {
            xml.append("<row r=\"").append(i + 1).append("\"><c r=\"A").append(i + 1)
                    .append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(Dom.escape(intro.get(i)))
                    .append("</t></is></c></row>");
        }
        row(xml, top, header, headStyle, null);
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            MarkedCopy.Line line = lines.get(i);
            row(xml, top + i + 1, line.cells(), wrapStyle, height(line.cells()));
            if (line.sheet() != null && line.cell() != null && hasSheet.test(line.sheet())) {
                links.append("<hyperlink ref=\"A").append(top + i + 2).append("\" location=\"")
                        .append(Dom.escape("'" + line.sheet().replace("'", "''") + "'!" + line.cell())).append("\"/>");
            }
        }
        xml.append("</sheetData>");
        if (!links.isEmpty()) {
            xml.append("<hyperlinks>").append(links).append("</hyperlinks>");
        }
        return xml.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>").toString();
    }

    /** Characters wide: the message last and widest, the sheet name before it, the rest narrow. */
    static int width(int col, int columns) {
        return col == columns - 1 ? 90 : col == columns - 2 ? 28 : 12;
    }

    /** Points high. Viewers do not grow rows a program wrote; a long message needs the room it wraps into. */
    static int height(List<String> cells) {
        String last = cells.isEmpty() || cells.get(cells.size() - 1) == null ? "" : cells.get(cells.size() - 1);
        return Math.max(1, (int) Math.ceil(last.length() / 85.0)) * 14;
    }

    private static void row(StringBuilder xml, int index, List<String> cells, int style, Integer height) {
        xml.append("<row r=\"").append(index + 1).append('"');
        if (height != null) {
            xml.append(" ht=\"").append(height).append("\" customHeight=\"1\"");
        }
        xml.append('>');
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c) == null ? "" : cells.get(c);
            xml.append("<c r=\"").append(CellRef.name(index, c)).append("\" s=\"").append(style)
                    .append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(Dom.escape(text)).append("</t></is></c>");
        }
        xml.append("</row>");
    }
}
