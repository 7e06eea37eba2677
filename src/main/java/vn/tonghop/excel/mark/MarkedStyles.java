package vn.tonghop.excel.mark;

import org.w3c.dom.Element;
import vn.tonghop.excel.write.Look;
import vn.tonghop.excel.write.XlsxDocument;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cell formats a marked copy adds to a clerk's styles part: each format a marked cell had,
 * again with the severity's fill, and the two formats of the findings sheet. The clerk's own
 * formats keep their numbers, so every other cell looks as it did.
 */
final class MarkedStyles {

    private final Element fonts;
    private final Element fills;
    private final Element cellXfs;
    private final List<Element> xfs;
    private final Map<Look.Fill, Integer> fillIds = new HashMap<>();
    private final Map<String, Integer> marked = new HashMap<>();

    private MarkedStyles(Element fonts, Element fills, Element cellXfs) {
        this.fonts = fonts;
        this.fills = fills;
        this.cellXfs = cellXfs;
        this.xfs = Dom.children(cellXfs, "xf");
    }

    static MarkedStyles of(OpcParts parts, String stylesPart) throws IOException {
        Element sheet = parts.edit(stylesPart).getDocumentElement();
        Element fonts = Dom.child(sheet, "fonts");
        Element fills = Dom.child(sheet, "fills");
        Element cellXfs = Dom.child(sheet, "cellXfs");
        if (fonts == null || fills == null || cellXfs == null || Dom.children(cellXfs, "xf").isEmpty()
                || Dom.children(fonts, "font").isEmpty()) {
            throw new IOException("styles part " + stylesPart + " lacks fonts, fills or cell formats");
        }
        return new MarkedStyles(fonts, fills, cellXfs);
    }

    /** The format number of a cell that had format {@code old}, filled for a severity. */
    int marked(int old, Look.Fill fill) {
        int base = old >= 0 && old < xfs.size() ? old : 0;
        return marked.computeIfAbsent(base + "|" + fill, k -> {
            Element xf = (Element) xfs.get(base).cloneNode(true);
            xf.setAttribute("fillId", Integer.toString(fill(fill)));
            xf.setAttribute("applyFill", "1");
            return add(xf);
        });
    }

    /** A plain format that wraps its text, bold or not, for the findings sheet. */
    int wrapped(boolean bold) {
        Element xf = Dom.create(cellXfs, "xf");
        xf.setAttribute("numFmtId", "0");
        xf.setAttribute("fontId", Integer.toString(bold ? boldFont() : 0));
        xf.setAttribute("fillId", "0");
        xf.setAttribute("borderId", "0");
        xf.setAttribute("xfId", "0");
        if (bold) {
            xf.setAttribute("applyFont", "1");
        }
        xf.setAttribute("applyAlignment", "1");
        Element alignment = Dom.create(cellXfs, "alignment");
        alignment.setAttribute("wrapText", "1");
        alignment.setAttribute("vertical", "top");
        xf.appendChild(alignment);
        return add(xf);
    }

    private int add(Element xf) {
        cellXfs.appendChild(xf);
        xfs.add(xf);
        Dom.recount(cellXfs, "xf");
        return xfs.size() - 1;
    }

    private int fill(Look.Fill fill) {
        return fillIds.computeIfAbsent(fill, f -> {
            Element element = Dom.create(fills, "fill");
            Element pattern = Dom.create(fills, "patternFill");
            pattern.setAttribute("patternType", "solid");
            Element fg = Dom.create(fills, "fgColor");
            fg.setAttribute("indexed", Short.toString(XlsxDocument.color(f).getIndex()));
            Element bg = Dom.create(fills, "bgColor");
            bg.setAttribute("indexed", "64");
            pattern.appendChild(fg);
            pattern.appendChild(bg);
            element.appendChild(pattern);
            fills.appendChild(element);
            Dom.recount(fills, "fill");
            return Dom.children(fills, "fill").size() - 1;
        });
    }

    private int boldFont() {
        Element font = (Element) Dom.children(fonts, "font").get(0).cloneNode(true);
        if (Dom.child(font, "b") == null) {
            // <b> comes first in a font's sequence.
            font.insertBefore(Dom.create(fonts, "b"), font.getFirstChild());
        }
        fonts.appendChild(font);
        Dom.recount(fonts, "font");
        return Dom.children(fonts, "font").size() - 1;
    }
}
