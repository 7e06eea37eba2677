package vn.tonghop.excel.mark;

import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import vn.tonghop.excel.CellRef;
import vn.tonghop.excel.write.Look;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Marks spliced into a worksheet's bytes must mean what the same marks made on a DOM document mean:
 * the same elements, attributes and texts in the same order, and every other part byte for byte.
 */
class WorksheetSpliceTest {

    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String MAIN = WorksheetSplice.MAIN;
    private static final String RELS = OpcParts.OFFICE_RELATIONSHIPS;

    /** Worksheets as programs write them: prefixes, rows and cells that close themselves, blank and missing rows. */
    private static final List<String> SHEETS = List.of(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS
                    + "\"><dimension ref=\"A1:D6\"/><sheetViews><sheetView workbookViewId=\"0\" tabSelected=\"1\"/></sheetViews>"
                    + "<sheetData><row r=\"2\" spans=\"1:4\"><c r=\"A2\" t=\"inlineStr\"><is><t>Tổng &amp; cộng</t></is></c>"
                    + "<c r=\"C2\" s=\"1\"><v>12.5</v></c></row><row r=\"4\" spans=\"2:3\" ht=\"20\" customHeight=\"1\"/>"
                    + "<row r=\"5\"><c r=\"B5\" s=\"1\"/><c r=\"D5\"><f>B5+1</f><v>1</v></c></row></sheetData>"
                    + "<mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells><pageMargins left=\"0.7\" right=\"0.7\""
                    + " top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/><tableParts count=\"0\"/></worksheet>",
            "\uFEFF<?xml version='1.0' encoding='UTF-8'?>\r\n<x:worksheet xmlns:x='" + MAIN + "' xmlns:rel='" + RELS + "'>\r\n"
                    + "  <x:sheetData>\r\n    <x:row r='1'><x:c r='B1' s='1' t='n'><x:v>3</x:v></x:c></x:row>\r\n"
                    + "    <!-- a note -->\r\n    <x:row r='3' spans='1:6' ><x:c r='A3'/><x:c r='F3' s = '1' /></x:row>\r\n"
                    + "  </x:sheetData>\r\n  <x:pageMargins left='0.7' right='0.7' top='0.75' bottom='0.75' header='0.3' footer='0.3'/>\r\n"
                    + "</x:worksheet>",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData/>"
                    + "<extLst><ext uri=\"{x}\"/></extLst></worksheet>",
            "<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"7\"/></sheetData></worksheet>");

    static Stream<Arguments> marks() {
        return IntStream.range(0, SHEETS.size()).boxed().flatMap(sheet -> IntStream.range(0, 25)
                .mapToObj(seed -> Arguments.of(sheet, seed)));
    }

    @ParameterizedTest
    @MethodSource("marks")
    void splicedMarksMeanWhatTheDocumentsMarksMean(int sheet, int seed, @TempDir Path dir) throws Exception {
        Path source = workbook(dir, SHEETS.get(sheet));
        List<MarkedCopy.Mark> marks = randomMarks(new Random(31L * sheet + seed));

        Map<String, byte[]> spliced = marked(source, dir.resolve("spliced.xlsx"), marks, true);
        Map<String, byte[]> document = marked(source, dir.resolve("document.xlsx"), marks, false);

        assertThat(spliced.keySet()).isEqualTo(document.keySet());
        for (String part : document.keySet()) {
            if (part.equals(SHEET)) {
                assertThat(meaning(spliced.get(part))).as(marks.toString()).isEqualTo(meaning(document.get(part)));
            } else {
                assertThat(spliced.get(part)).as(part).isEqualTo(document.get(part));
            }
        }
        try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(dir.resolve("spliced.xlsx")));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (MarkedCopy.Mark m : marks) {
                int[] at = CellRef.parse(m.cell());
                XSSFCellStyle style = wb.getSheetAt(0).getRow(at[0]).getCell(at[1]).getCellStyle();
                assertThat(style.getFillPattern()).as(m.cell()).isNotEqualTo(FillPatternType.NO_FILL);
                assertThat(wb.getSheetAt(0).getCellComment(new CellAddress(m.cell())).getString()
                        .getString()).isEqualTo(m.text());
            }
        }
    }

    /** Sheets a workbook shows grouped (several selected), and ones with nothing to unselect. */
    static Stream<String> selected() {
        return Stream.concat(SHEETS.stream(), Stream.of(
                "<worksheet xmlns=\"" + MAIN + "\"><sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">"
                        + "<selection activeCell=\"B2\" sqref=\"B2\"/></sheetView><sheetView workbookViewId=\"1\"\r\n"
                        + " tabSelected='true'/></sheetViews><sheetData/><customSheetViews><customSheetView tabSelected=\"1\"/>"
                        + "</customSheetViews></worksheet>",
                "<x:worksheet xmlns:x=\"" + MAIN + "\"><x:sheetViews><x:sheetView tabSelected=\"1\" zoomScale=\"85\""
                        + " workbookViewId=\"0\"/></x:sheetViews><x:sheetViews><x:sheetView tabSelected=\"1\"/></x:sheetViews>"
                        + "<x:sheetData/></x:worksheet>"));
    }

    @ParameterizedTest
    @MethodSource("selected")
    void aSplicedUnselectMeansWhatTheDocumentsMeans(String sheetXml, @TempDir Path dir) throws Exception {
        Path source = workbook(dir, sheetXml);
        OpcParts spliced = OpcParts.read(source);
        MarkedXlsx.unselect(spliced, SHEET, true);
        OpcParts document = OpcParts.read(source);
        MarkedXlsx.unselect(document, SHEET, false);
        spliced.write(dir.resolve("spliced.xlsx"));
        document.write(dir.resolve("document.xlsx"));

        assertThat(spliced.editing(SHEET)).isFalse();
        byte[] out = parts(dir.resolve("spliced.xlsx")).get(SHEET);
        assertThat(meaning(out)).isEqualTo(meaning(parts(dir.resolve("document.xlsx")).get(SHEET)));
        if (sheetXml.contains("customSheetView")) {
            assertThat(new String(out, StandardCharsets.UTF_8)).doesNotContain("<sheetView tabSelected")
                    .contains("<customSheetView tabSelected=\"1\"/>");
        }
    }

    /** What the splice does not vouch for goes to the document, which refuses it as before. */
    @ParameterizedTest
    @MethodSource("refused")
    void whatTheSpliceDoesNotVouchForIsTheDocumentsToRefuse(String sheetXml, String why, @TempDir Path dir) throws Exception {
        Path source = workbook(dir, sheetXml);
        List<MarkedCopy.Mark> marks = List.of(new MarkedCopy.Mark("S", "B2", Look.Fill.ERROR, "x"));
        OpcParts parts = OpcParts.read(source);
        assertThat(WorksheetSplice.marked(parts.raw(SHEET), marks, MarkedStyles.of(parts, "xl/styles.xml"), 1 << 20, 1 << 14))
                .isNull();
        assertThatThrownBy(() -> marked(source, dir.resolve("x.xlsx"), marks, true)).hasMessageContaining(why);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("<worksheet xmlns=\"" + MAIN + "\"><sheetData/><legacyDrawing r:id=\"rId1\" xmlns:r=\"" + RELS
                        + "\"/></worksheet>", "already has notes"),
                Arguments.of("<worksheet xmlns=\"urn:strict\"><sheetData/></worksheet>", "not a transitional worksheet"),
                Arguments.of("<worksheet xmlns=\"" + MAIN + "\"><sheetData><row><c r=\"A1\"/></row></sheetData></worksheet>",
                        "without its place"),
                Arguments.of("<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"2\"><c r=\"B2\" s=\"x\"/></row></sheetData>"
                        + "</worksheet>", "For input string"),
                Arguments.of("<worksheet xmlns=\"" + MAIN + "\"></worksheet>", "no sheetData"));
    }

    private static List<MarkedCopy.Mark> randomMarks(Random random) {
        Set<String> cells = new LinkedHashSet<>();
        int n = 1 + random.nextInt(7);
        while (cells.size() < n) {
            cells.add(CellRef.name(random.nextInt(9), random.nextInt(7)));
        }
        List<MarkedCopy.Mark> marks = new ArrayList<>();
        Look.Fill[] fills = {Look.Fill.ERROR, Look.Fill.WARNING, Look.Fill.NOTE};
        for (String cell : cells) {
            marks.add(new MarkedCopy.Mark("S", cell, fills[random.nextInt(fills.length)], "Lỗi ở " + cell + " <&>"));
        }
        return marks;
    }

    private static Map<String, byte[]> marked(Path source, Path target, List<MarkedCopy.Mark> marks, boolean splice)
            throws IOException {
        OpcParts parts = OpcParts.read(source);
        MarkedStyles styles = MarkedStyles.of(parts, "xl/styles.xml");
        SheetMarks.mark(parts, SHEET, marks, styles, 1, splice);
        assertThat(parts.editing(SHEET)).as("spliced, not edited as a document").isEqualTo(!splice);
        parts.write(target);
        return parts(target);
    }

    private static Map<String, byte[]> parts(Path file) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                out.put(e.getName(), zip.readAllBytes());
            }
        }
        return out;
    }

    /** A workbook POI writes, with its one sheet's part replaced by the given XML. */
    private static Path workbook(Path dir, String sheetXml) throws IOException {
        Path plain = dir.resolve("plain.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(plain)) {
            XSSFCellStyle bold = wb.createCellStyle();
            bold.setFont(wb.createFont());
            bold.getFont().setBold(true);
            wb.createSheet("S").createRow(0).createCell(0).setCellStyle(bold);
            wb.write(out);
        }
        Path file = dir.resolve("clerk.xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals(SHEET) ? sheetXml.getBytes(StandardCharsets.UTF_8) : in.readAllBytes());
                out.closeEntry();
            }
        }
        return file;
    }

    /** Elements by namespace and name, their attributes (not namespace declarations) sorted, and texts. */
    private static String meaning(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        StringBuilder out = new StringBuilder();
        walk(doc.getDocumentElement(), out);
        return out.toString();
    }

    private static void walk(Node node, StringBuilder out) {
        if (node instanceof Element e) {
            out.append("<{").append(e.getNamespaceURI()).append('}').append(e.getLocalName());
            Map<String, String> attributes = new TreeMap<>();
            NamedNodeMap all = e.getAttributes();
            for (int i = 0; i < all.getLength(); i++) {
                Node a = all.item(i);
                if (!"http://www.w3.org/2000/xmlns/".equals(a.getNamespaceURI())) {
                    attributes.put("{" + a.getNamespaceURI() + "}" + a.getLocalName(), a.getNodeValue());
                }
            }
            out.append(attributes).append('>');
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                walk(c, out);
            }
            out.append("</").append(e.getLocalName()).append('>');
        } else if (node.getNodeType() == Node.TEXT_NODE) {
            out.append(node.getNodeValue());
        }
    }
}
