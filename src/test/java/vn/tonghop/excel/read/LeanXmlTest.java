package vn.tonghop.excel.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tonghop.testdata.BusyNightSet;
import vn.tonghop.testdata.NationalNight;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lean reader must give what StAX gives on every part it reads, and refuse what it does not know. */
class LeanXmlTest {

    private static final String[] ATTRIBUTES = {"r", "t", "s", "hidden", "min", "max", "ref", "customFormat", "Id", "Type",
        "Target", "name", "state", "numFmtId", "formatCode", "fontId", "val"};
    private static final Set<String> TEXT_ELEMENTS = Set.of("v", "f", "t");

    /** Every call the readers make, in the order they make it, as a list both parsers must give alike. */
    private static List<String> walk(XmlPull x) throws XMLStreamException {
        List<String> seen = new ArrayList<>();
        for (int e = x.next(); e != XmlPull.END_OF_PART; e = x.next()) {
            if (e == XmlPull.START) {
                seen.add("<" + x.localName());
                for (String a : ATTRIBUTES) {
                    seen.add(a + "=" + x.attribute(a));
                }
                seen.add("any:id=" + x.anyPrefixAttribute("id"));
                if (TEXT_ELEMENTS.contains(x.localName())) {
                    seen.add("text:" + x.elementText());
                }
            } else if (e == XmlPull.END) {
                seen.add("</" + x.localName());
            }
        }
        return seen;
    }

    private static List<String> lean(String xml) throws XMLStreamException {
        return walk(new LeanXml(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> stax(byte[] xml) throws XMLStreamException {
        XmlPull x = XmlPull.of(StreamingXlsxReader.xml(new ByteArrayInputStream(xml)));
        try {
            return walk(x);
        } finally {
            x.close();
        }
    }

    @Test
    void everyPartOfGeneratedWorkbooksReadsAsStaxReadsIt(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>(BusyNightSet.write(dir.resolve("busy")));
        NationalNight.write(dir.resolve("national"), 40, 2022, 2024);
        try (Stream<Path> s = Files.walk(dir.resolve("national/input"))) {
            s.filter(f -> f.toString().endsWith(".xlsx")).forEach(files::add);
        }
        int parts = 0;
        for (Path file : files) {
            if (!WorkbookScreen.isZip(file)) {
                continue;
            }
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (!entry.getName().matches("xl/(worksheets/sheet\\d+|sharedStrings|styles|workbook)\\.xml|.*\\.rels")) {
                        continue;
                    }
                    byte[] bytes;
                    try (InputStream in = zip.getInputStream(entry)) {
                        bytes = in.readAllBytes();
                    }
                    assertThat(walk(new LeanXml(bytes))).as(file + "!" + entry.getName()).isEqualTo(stax(bytes));
                    parts++;
                }
            } catch (ZipException e) {
                // the busy night's broken archives
            }
        }
        assertThat(parts).isGreaterThan(500);
    }

    @Test
    void whatExcelAndOtherProgramsWriteReadsAsStaxReadsIt() throws Exception {
        String xml = "\uFEFF<?xml version='1.0' encoding='utf-8' standalone='yes'?>\r\n"
                + "<!-- a comment --><?mso-application progid=\"Excel.Sheet\"?>"
                + "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"urn:r\">"
                + "<x:sheetData><x:row r=\"1\" hidden = '1' ><x:c r='A1' t=\"inlineStr\" r:id=\"x\"><x:is><x:r><x:t>Tổng &amp; cộng &lt;1&gt; &#7889;&#x1EA1;"
                + "\r\ndòng hai\rba</x:t></x:r><x:rPh><x:t>phonetic</x:t></x:rPh></x:is></x:c>"
                + "<x:c r=\"B1\" s=\"3\"><x:f t=\"shared\" si=\"0\"/><x:v>1<!-- in -->2.5</x:v></x:c>"
                + "<x:c r=\"C1\" t=\"s\"/><x:c r=\"D1\" t=\"e\"><x:v>#DIV/0!</x:v></x:c></x:row></x:sheetData>"
                + "<x:mergeCells count=\"1\"><x:mergeCell ref=\"A1:B2\"/></x:mergeCells>"
                + "<x:cols><x:col min=\"2\" max=\"3\" hidden=\"true\" customFormat=\"a&#10;b\r\nc\rd\tq &quot;&apos;\"/></x:cols></x:worksheet>";
        List<String> lean = lean(xml);
        assertThat(lean).isEqualTo(stax(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(lean).contains("text:Tổng & cộng <1> ốạ\ndòng hai\nba", "text:12.5", "customFormat=a\nb c d q \"'",
                "hidden=1", "ref=A1:B2");
    }

    @Test
    void aSheetsRelationshipIsFoundUnderAnyPrefixButNotInANamespaceDeclaration() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"urn:main\" xmlns:r=\"urn:r\">"
                + "<sheets><sheet name=\"Năm 2023\" sheetId=\"1\" state=\"hidden\" r:id=\"rId1\"/>"
                + "<sheet xmlns:id=\"urn:id\" name=\"B\" sheetId=\"2\"/>"
                + "<sheet xmlns:q=\"urn:q\" name=\"C\" sheetId=\"3\" q:id=\"rId3\"/></sheets></workbook>";
        List<String> lean = lean(xml);
        assertThat(lean).isEqualTo(stax(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(lean).containsSubsequence("name=Năm 2023", "state=hidden", "any:id=rId1", "name=B", "any:id=null",
                "name=C", "any:id=rId3");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<!DOCTYPE worksheet [<!ENTITY x 'y'>]><worksheet/>",
            "<worksheet><c><v><![CDATA[12]]></v></c></worksheet>",
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet/>",
            "<worksheet><c><v>&nbsp;</v></c></worksheet>",
            "<worksheet><c><v>&#1;</v></c></worksheet>",
            "<worksheet><c><v>a\u0001b</v></c></worksheet>",
            "<worksheet><c><v>Tổng\uFFFEb</v></c></worksheet>",
            "<worksheet><c r=\"A1><v>1</v></c></worksheet>",
            "<worksheet><c r=A1><v>1</v></c></worksheet>",
            "<worksheet><c><v>1</w></c></worksheet>",
            "<worksheet><c><v>1<b/></v></c></worksheet>",
            "<worksheet><c><v>12"})
    void whatItDoesNotKnowIsLeftToStax(String xml) {
        assertThatThrownBy(() -> lean(xml)).isInstanceOf(LeanXml.Unknown.class);
    }

    @Test
    void malformedUtf8AndUtf16AreLeftToStax() {
        byte[] latin1 = "<worksheet><c><v>Tổng</v></c></worksheet>".getBytes(StandardCharsets.ISO_8859_1);
        latin1[18] = (byte) 0xE0;
        assertThatThrownBy(() -> walk(new LeanXml(latin1))).isInstanceOf(LeanXml.Unknown.class);
        byte[] utf16 = "<worksheet/>".getBytes(StandardCharsets.UTF_16);
        assertThatThrownBy(() -> walk(new LeanXml(utf16))).isInstanceOf(LeanXml.Unknown.class);
    }

    /** A part over the limit is not held whole. */
    @Test
    void aPartOverTheLimitIsNotRead() throws Exception {
        assertThat(LeanXml.bytes(new ByteArrayInputStream(new byte[LeanXml.MAX_BYTES + 1]))).isNull();
        assertThat(LeanXml.bytes(new ByteArrayInputStream(new byte[100]))).hasSize(100);
    }
}
