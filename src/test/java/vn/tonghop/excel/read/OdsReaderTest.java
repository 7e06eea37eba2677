package vn.tonghop.excel.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.excel.CellValue;
import vn.tonghop.excel.SheetGrid;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** OpenDocument spreadsheets written here part by part, with what LibreOffice puts in them. */
class OdsReaderTest {

    private static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
            + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\"";

    private static final String STYLES = "<office:document-styles" + NAMESPACES + "><office:font-face-decls>"
            + "<style:font-face style:name=\"Times New Roman\" svg:font-family=\"'Times New Roman'\"/>"
            + "<style:font-face style:name=\"VnTime1\" svg:font-family=\"'.VnTime'\"/></office:font-face-decls>"
            + "<office:styles><style:default-style style:family=\"table-cell\"><style:text-properties style:font-name=\"Times New Roman\"/>"
            + "</style:default-style><style:style style:name=\"Default\" style:family=\"table-cell\"/>"
            + "<style:style style:name=\"Default\" style:family=\"graphic\"><style:text-properties style:font-name=\"VnTime1\"/></style:style>"
            + "<style:style style:name=\"Legacy\" style:family=\"table-cell\" style:parent-style-name=\"Default\">"
            + "<style:text-properties style:font-name=\"VnTime1\"/></style:style></office:styles></office:document-styles>";

    @TempDir
    Path dir;

    private static String content(String automaticStyles, String tables) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content" + NAMESPACES + ">"
                + "<office:automatic-styles>" + automaticStyles + "</office:automatic-styles>"
                + "<office:body><office:spreadsheet>" + tables + "</office:spreadsheet></office:body></office:document-content>";
    }

    /** An .ods as LibreOffice packs one: the mimetype first and stored, then the parts. */
    private Path ods(String name, Map<String, String> parts) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mime = OdsReader.MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            for (Map.Entry<String, String> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return file;
    }

    private Path ods(String name, String automaticStyles, String tables) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("styles.xml", STYLES);
        parts.put("content.xml", content(automaticStyles, tables));
        return ods(name, parts);
    }

    private static final String SHEET = "<table:table table:name=\"2023\">"
            + "<table:table-column table:number-columns-repeated=\"2\"/>"
            + "<table:table-column table:visibility=\"collapse\"/>"
            + "<table:table-column table:default-cell-style-name=\"Legacy\"/>"
            + "<table:table-column table:number-columns-repeated=\"16380\"/>"
            + "<table:table-row><table:table-cell office:value-type=\"string\" table:number-columns-spanned=\"3\""
            + " table:number-rows-spanned=\"2\"><text:p>Kế hoạch</text:p><text:p>vốn<text:s text:c=\"2\"/>năm</text:p>"
            + "<office:annotation><dc:creator>Kế toán</dc:creator><text:p>sửa lại</text:p></office:annotation></table:table-cell>"
            + "<table:covered-table-cell table:number-columns-repeated=\"2\"/>"
            + "<table:table-cell office:value-type=\"string\"><text:p>Tæng sè</text:p></table:table-cell>"
            + "<table:table-cell table:number-columns-repeated=\"16380\"/></table:table-row>"
            + "<table:table-row table:number-rows-repeated=\"2\"><table:covered-table-cell table:number-columns-repeated=\"3\"/>"
            + "<table:table-cell table:number-columns-repeated=\"16381\"/></table:table-row>"
            + "<table:table-row table:visibility=\"collapse\"><table:table-cell office:value-type=\"float\" office:value=\"0.1\""
            + " table:number-columns-repeated=\"2\"><text:p>0,1</text:p></table:table-cell>"
            + "<table:table-cell table:formula=\"of:=[.A4]+[.B4]\" office:value-type=\"float\" office:value=\"0.30000000000000004\"/>"
            + "<table:table-cell table:formula=\"of:=1/0\" office:value-type=\"float\" office:value=\"0\" calcext:value-type=\"error\">"
            + "<text:p>#DIV/0!</text:p></table:table-cell>"
            + "<table:table-cell office:value-type=\"percentage\" office:value=\"0.9524\"><text:p>95,24%</text:p></table:table-cell>"
            + "<table:table-cell office:value-type=\"date\" office:date-value=\"2022-05-12\"><text:p>12/05/2022</text:p></table:table-cell>"
            + "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"><text:p>TRUE</text:p></table:table-cell>"
            + "</table:table-row>"
            + "<table:table-row table:number-rows-repeated=\"1048571\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
            + "</table:table>";

    @Test
    void readsValuesMergesHiddenPartsAndFontsAsTheOtherFormatsDo() throws Exception {
        Path file = ods("clerk.xlsx", "<style:style style:name=\"ta2\" style:family=\"table\"><style:table-properties table:display=\"false\"/></style:style>",
                SHEET + "<table:table table:name=\"2022\" table:style-name=\"ta2\"><table:table-row><table:table-cell office:value-type=\"float\""
                        + " office:value=\"7\"/></table:table-row></table:table>");

        WorkbookData data = new WorkbookReader().read(file);

        assertThat(data.format()).as("by content, whatever the name").isEqualTo("ods");
        assertThat(data.sheets()).extracting(SheetGrid::name).containsExactly("2023", "2022");
        SheetGrid grid = data.sheets().get(0);
        assertThat(grid.hidden()).isFalse();
        assertThat(data.sheets().get(1).hidden()).as("table:display=false").isTrue();
        assertThat(grid.at(0, 0).text()).as("paragraphs a line each, the note left out").isEqualTo("Kế hoạch\nvốn  năm");
        assertThat(grid.text(1, 2)).as("merged three across and two down").isEqualTo(grid.at(0, 0).text());
        assertThat(grid.at(0, 0).font()).isEqualTo("Times New Roman");
        assertThat(grid.at(0, 3).font()).as("the column's default style, through its parent").isEqualTo(".VnTime");
        assertThat(grid.colHidden(2)).isTrue();
        assertThat(grid.colHidden(1)).isFalse();
        assertThat(grid.rowHidden(3)).isTrue();
        assertThat(grid.at(3, 0).number()).isEqualByComparingTo("0.1");
        assertThat(grid.at(3, 1).number()).as("a repeated cell is a cell in each column").isEqualByComparingTo("0.1");
        assertThat(grid.at(3, 2).number()).as("without binary noise").isEqualByComparingTo(new BigDecimal("0.3"));
        assertThat(grid.at(3, 3).kind()).isEqualTo(CellValue.Kind.ERROR);
        assertThat(grid.at(3, 3).text()).isEqualTo("#DIV/0!");
        assertThat(grid.at(3, 4).number()).isEqualByComparingTo("0.9524");
        assertThat(grid.at(3, 4).format()).contains("%");
        assertThat(grid.at(3, 5).number()).as("Excel's day number of 12/5/2022").isEqualByComparingTo("44693");
        assertThat(grid.at(3, 6).kind()).isEqualTo(CellValue.Kind.BOOLEAN);
        assertThat(grid.lastRow()).as("the million empty rows at the end hold nothing").isEqualTo(3);
        assertThat(grid.size()).isEqualTo(9);
    }

    @Test
    void aRowOfFiguresRepeatedPastTheLimitsIsRefused() throws Exception {
        Path file = ods("bomb.ods", "", "<table:table table:name=\"x\"><table:table-row table:number-rows-repeated=\"2000000\">"
                + "<table:table-cell office:value-type=\"float\" office:value=\"1\" table:number-columns-repeated=\"16384\"/>"
                + "</table:table-row></table:table>");

        assertThatThrownBy(() -> new WorkbookReader().read(file))
                .isInstanceOfSatisfying(UnreadableWorkbookException.class,
                        e -> assertThat(e.kind()).isEqualTo(UnreadableWorkbookException.Kind.HOSTILE));
    }

    @Test
    void repeatCountsThatAddUpPastAnySheetAreNotWrappedAround() throws Exception {
        String huge = "<table:table-row table:number-rows-repeated=\"2000000000\"><table:table-cell/></table:table-row>";
        Path rows = ods("rows.ods", "", "<table:table table:name=\"x\">" + huge + huge
                + "<table:table-row><table:table-cell office:value-type=\"float\" office:value=\"1\"/></table:table-row></table:table>");
        assertThatThrownBy(() -> new WorkbookReader().read(rows))
                .isInstanceOfSatisfying(UnreadableWorkbookException.class,
                        e -> assertThat(e.kind()).isEqualTo(UnreadableWorkbookException.Kind.HOSTILE));

        String wide = "<table:table-cell table:number-columns-repeated=\"2000000000\"/>";
        Path columns = ods("columns.ods", "", "<table:table table:name=\"x\"><table:table-row>" + wide + wide
                + "<table:table-cell office:value-type=\"float\" office:value=\"1\"/></table:table-row></table:table>");
        assertThat(new WorkbookReader().read(columns).sheets().get(0).size()).as("past the last column, nothing").isZero();
    }

    @Test
    void aPasswordProtectedOneSaysSo() throws Exception {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("META-INF/manifest.xml", "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
                + "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry></manifest:manifest>");
        parts.put("content.xml", "\u0001\u0002 not xml");
        Path file = ods("secret.ods", parts);

        assertThatThrownBy(() -> new WorkbookReader().read(file))
                .isInstanceOfSatisfying(UnreadableWorkbookException.class, e -> assertThat(e.encrypted()).isTrue());
    }

    @Test
    void aBrokenContentPartIsUnreadableNotACrash() throws Exception {
        Path file = ods("broken.ods", Map.of("content.xml", "<office:document-content" + NAMESPACES + "><office:body><table:table"));

        assertThatThrownBy(() -> new WorkbookReader().read(file))
                .isInstanceOfSatisfying(UnreadableWorkbookException.class,
                        e -> assertThat(e.kind()).isEqualTo(UnreadableWorkbookException.Kind.UNREADABLE));
    }

    @Test
    void onlyAZipThatSaysItIsASpreadsheetIsTakenForOne() throws Exception {
        assertThat(OdsReader.isOds(ods("a.ods", "", ""))).isTrue();
        Path text = dir.resolve("writer.odt");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(text))) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(OdsReader.isOds(text)).isFalse();
    }
}
