package vn.tonghop.excel.mark;

import org.w3c.dom.Element;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A marked copy of an .xlsx made by editing only the parts that change: the styles, the marked
 * sheets, the workbook's list of sheets, and new parts for the notes and the findings sheet. Every
 * other part is copied byte for byte, without building the whole workbook as POI's load and save do.
 * Anything it does not expect (strict OOXML, notes already on a marked sheet, rows without their
 * place) is an IOException, and the caller lets POI make that copy.
 */
final class MarkedXlsx {

    private static final String WORKSHEET = OpcParts.OFFICE_RELATIONSHIPS + "/worksheet";
    private static final Pattern VML_BLOCKS = Pattern.compile("idmap[^>]*data=\"([0-9, ]+)\"");

    private MarkedXlsx() {
    }

    static void write(Path source, Path target, MarkedCopy.ListSheet listSheet, List<MarkedCopy.Line> lines,
                      List<MarkedCopy.Mark> marks) throws IOException {
        OpcParts parts = OpcParts.read(source);
        String workbookPart = parts.relationships("").targetOfType(OpcParts.OFFICE_RELATIONSHIPS + "/officeDocument");
        if (workbookPart == null || !parts.has(workbookPart)) {
            throw new IOException(source + ": no transitional workbook part");
        }
        OpcParts.Relationships workbookRels = parts.relationships(workbookPart);
        String stylesPart = workbookRels.targetOfType(OpcParts.OFFICE_RELATIONSHIPS + "/styles");
        if (stylesPart == null || !parts.has(stylesPart)) {
            throw new IOException(source + ": no styles part");
        }
        Element workbook = parts.edit(workbookPart).getDocumentElement();
        Element sheets = Dom.child(workbook, "sheets");
        if (sheets == null) {
            throw new IOException(source + ": no sheets");
        }
        Map<String, String> partBySheet = new LinkedHashMap<>();
        int lastId = 0;
        for (Element s : Dom.children(sheets, "sheet")) {
            partBySheet.put(s.getAttribute("name").toLowerCase(Locale.ROOT),
                    workbookRels.target(s.getAttributeNS(OpcParts.OFFICE_RELATIONSHIPS, "id")));
            lastId = Math.max(lastId, Integer.parseInt(s.getAttribute("sheetId")));
        }
        MarkedStyles styles = MarkedStyles.of(parts, stylesPart);
        Map<String, List<MarkedCopy.Mark>> bySheet = new LinkedHashMap<>();
        for (MarkedCopy.Mark m : MarkedCopy.oneByCell(marks, s -> partBySheet.containsKey(s.toLowerCase(Locale.ROOT)))) {
            bySheet.computeIfAbsent(partBySheet.get(m.sheet().toLowerCase(Locale.ROOT)), k -> new ArrayList<>()).add(m);
        }
        int block = firstFreeVmlBlock(parts);
        for (Map.Entry<String, List<MarkedCopy.Mark>> e : bySheet.entrySet()) {
            if (e.getKey() == null || !parts.has(e.getKey())) {
                throw new IOException(source + ": a marked sheet has no part");
            }
            block = SheetMarks.mark(parts, e.getKey(), e.getValue(), styles, block);
        }
        for (String part : partBySheet.values()) {
            unselect(parts, part);
        }
        String name = listSheet.title();
        for (int n = 2; partBySheet.containsKey(name.toLowerCase(Locale.ROOT)); n++) {
            name = listSheet.title() + " (" + n + ")";
        }
        String list = parts.free("xl/worksheets/sheet", ".xml");
        parts.put(list, FindingsSheet.xml(listSheet.intro(), listSheet.header(), lines, styles.wrapped(true), styles.wrapped(false),
                s -> partBySheet.containsKey(s.toLowerCase(Locale.ROOT))));
        parts.declare(list, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        Element first = Dom.create(sheets, "sheet");
        first.setAttribute("name", name);
        first.setAttribute("sheetId", Integer.toString(lastId + 1));
        sheets.insertBefore(first, sheets.getFirstChild());
        Dom.relationshipId(first, workbookRels.add(WORKSHEET, list));
        showFirst(workbook);
        parts.write(target);
    }

    /** The findings sheet goes first: names scoped to a sheet by its place move with it, and it is the one shown. */
    private static void showFirst(Element workbook) {
        Element names = Dom.child(workbook, "definedNames");
        if (names != null) {
            for (Element n : Dom.children(names, "definedName")) {
                if (n.hasAttribute("localSheetId")) {
                    n.setAttribute("localSheetId", Integer.toString(Integer.parseInt(n.getAttribute("localSheetId")) + 1));
                }
            }
        }
        Element views = Dom.child(workbook, "bookViews");
        if (views != null) {
            for (Element v : Dom.children(views, "workbookView")) {
                v.setAttribute("activeTab", "0");
                if (v.hasAttribute("firstSheet")) {
                    v.setAttribute("firstSheet", "0");
                }
            }
        }
    }

    /** Two selected tabs are a group in Excel, where one edit changes both sheets; only the findings sheet stays selected. */
    private static void unselect(OpcParts parts, String sheetPart) throws IOException {
        byte[] raw = sheetPart == null ? null : parts.raw(sheetPart);
        // A part is only parsed for this when it names the attribute at all.
        if (raw == null || !new String(raw, StandardCharsets.ISO_8859_1).contains("tabSelected")) {
            return;
        }
        Element views = Dom.child(parts.edit(sheetPart).getDocumentElement(), "sheetViews");
        if (views != null) {
            for (Element v : Dom.children(views, "sheetView")) {
                v.removeAttribute("tabSelected");
            }
        }
    }

    /** VML shape ids are numbered in blocks that must not repeat across the workbook's drawings. */
    private static int firstFreeVmlBlock(OpcParts parts) {
        int free = 1;
        for (String name : parts.names()) {
            if (name.toLowerCase(Locale.ROOT).endsWith(".vml")) {
                Matcher m = VML_BLOCKS.matcher(new String(parts.raw(name), StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    for (String n : m.group(1).split("[, ]+")) {
                        if (!n.isEmpty()) {
                            free = Math.max(free, Integer.parseInt(n) + 1);
                        }
                    }
                }
            }
        }
        return free;
    }
}
