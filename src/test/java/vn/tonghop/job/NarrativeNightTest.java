package vn.tonghop.job;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.testdata.CsvRows;
import vn.tonghop.testdata.Nights;
import vn.tonghop.testdata.SeedDraft;
import vn.tonghop.testdata.SeedExampleSet;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's narrative as a draft beside the example set: every figure it states that the schedules hold agrees,
 * each one changed is found in its paragraph and no other is, and the reviewer gets the draft back with a comment.
 */
class NarrativeNightTest {

    @TempDir
    static Path work;
    static Path input;
    static Path out;
    static List<Map<String, String>> baseline;

    @BeforeAll
    static void baselineNight() throws Exception {
        input = work.resolve("input");
        out = work.resolve("output");
        SeedExampleSet.write(input);
        SeedDraft.write(input.resolve("Du thao bao cao so ket.docx"), SeedDraft.PARAGRAPHS, SeedDraft.TABLE, 5);
        assertThat(Nights.run(input, out)).isZero();
        baseline = CsvRows.read(out.resolve("latest/narrative.csv"));
    }

    @Test
    void theDraftIsTakenAndEveryFigureItStatesThatTheSchedulesHoldAgrees() throws Exception {
        assertThat(CsvRows.read(out.resolve("latest/files.csv"))).filteredOn(r -> r.get("file").endsWith(".docx"))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("status")).isEqualTo("in_force");
                    assertThat(r.get("form")).isEqualTo("DỰ THẢO BC");
                    assertThat(r.get("unit_code")).isEqualTo("109");
                });
        assertThat(CsvRows.read(out.resolve("latest/completeness.csv"))).as("a draft is no form owed")
                .noneMatch(r -> r.get("form").equals("DỰ THẢO BC"));
        assertThat(CsvRows.header(out.resolve("latest/narrative.csv"))).containsExactly("file", "place", "span", "value",
                "unit", "key", "consolidated", "cell", "status", "reason");
        assertThat(baseline).filteredOn(r -> r.get("status").equals("match")).hasSizeGreaterThanOrEqualTo(40)
                .anySatisfy(r -> assertThat(r.get("place")).startsWith("bảng 1 hàng"));
        assertThat(baseline).noneMatch(r -> r.get("status").equals("mismatch"));
        assertThat(baseline).filteredOn(r -> r.get("status").equals("unchecked")).allMatch(r -> !r.get("reason").isEmpty());
        assertThat(CsvRows.read(out.resolve("latest/findings.csv"))).noneMatch(r -> r.get("code").startsWith("NARRATIVE"));
        assertThat(Files.readString(out.resolve("latest/index.html")))
                .containsPattern("Dự thảo báo cáo <b>Du thao bao cao so ket.docx</b>: \\d+ số liệu, \\d+ đã đối chiếu");
    }

    /** The cell each check names holds what narrative.csv says it does: the addresses are TongHop.xlsx's own. */
    @Test
    void eachCellNamedHoldsTheConsolidatedValue() throws Exception {
        try (InputStream in = Files.newInputStream(out.resolve("latest/TongHop.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<Map<String, String>> checked = baseline.stream().filter(r -> !r.get("cell").isEmpty()).toList();
            assertThat(checked).hasSizeGreaterThanOrEqualTo(40);
            for (Map<String, String> r : checked) {
                String[] at = r.get("cell").split("!");
                CellReference ref = new CellReference(at[1]);
                Cell cell = wb.getSheet(at[0]).getRow(ref.getRow()).getCell(ref.getCol());
                // A number, or a formula's cached value (a rate, a "Tổng số").
                assertThat(cell.getNumericCellValue()).as(r.get("span") + " at " + r.get("cell"))
                        .isCloseTo(new BigDecimal(r.get("consolidated")).doubleValue(), Offset.offset(1e-6));
            }
        }
    }

    /** Seeded: four of the figures that agree, each changed alone in a later draft, are each found where they are. */
    @Test
    void eachChangedFigureIsFoundInItsParagraphAndNoOtherIs() throws Exception {
        List<Map<String, String>> matched = baseline.stream().filter(r -> r.get("status").equals("match")).toList();
        Random random = new Random(31);
        List<Map<String, String>> chosen = new ArrayList<>();
        while (chosen.size() < 4) {
            Map<String, String> r = matched.get(random.nextInt(matched.size()));
            if (!chosen.contains(r) && r.get("place").startsWith("đoạn")) {
                chosen.add(r);
            }
        }
        int night = 0;
        for (Map<String, String> r : chosen) {
            night++;
            int paragraph = Integer.parseInt(r.get("place").substring("đoạn ".length()));
            String text = SeedDraft.PARAGRAPHS.get(paragraph - 1);
            String span = r.get("span");
            String typed = span.substring(span.lastIndexOf(' ') + 1).replaceAll("^.*/", "");
            String changed = changed(typed);
            String spanChanged = span.substring(0, span.length() - typed.length()) + changed;
            assertThat(text).as("the span is in its paragraph").contains(span);
            List<String> paragraphs = new ArrayList<>(SeedDraft.PARAGRAPHS);
            paragraphs.set(paragraph - 1, text.replace(span, spanChanged));
            SeedDraft.write(input.resolve("Du thao bao cao so ket (sua " + night + ").docx"), paragraphs, SeedDraft.TABLE, 5 + night);
            assertThat(Nights.run(input, out)).isZero();

            List<Map<String, String>> narrative = CsvRows.read(out.resolve("latest/findings.csv")).stream()
                    .filter(f -> f.get("code").startsWith("NARRATIVE")).toList();
            assertThat(narrative).as("changing " + typed + " to " + changed + " in " + r.get("place")).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.get("sheet")).isEqualTo(r.get("place")))
                    .anySatisfy(f -> {
                        assertThat(f.get("code")).isEqualTo("NARRATIVE_MISMATCH");
                        assertThat(f.get("cell")).endsWith(changed);
                        assertThat(f.get("message")).contains(r.get("cell").split("!")[1]);
                    });
        }
        assertThat(CsvRows.read(out.resolve("latest/files.csv"))).filteredOn(f -> f.get("file").endsWith(".docx"))
                .as("the latest draft is in force, the earlier ones superseded").hasSize(5)
                .allSatisfy(f -> assertThat(f.get("status"))
                        .isEqualTo(f.get("file").contains("(sua 4)") ? "in_force" : "superseded"));
        Path copy = out.resolve("latest/returned/109/Du thao bao cao so ket (sua 4).docx");
        try (InputStream in = Files.newInputStream(copy); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getComments()).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.getText()).contains("Số trong dự thảo báo cáo khác số tổng hợp"));
        }
    }

    /** 73.655 → 74.655, 92,65 → 93,65, 506 → 507: a slip of one digit, beyond every tolerance. */
    private static String changed(String typed) {
        Matcher m = Pattern.compile("^(\\d+)").matcher(typed);
        assertThat(m.find()).isTrue();
        return (Integer.parseInt(m.group(1)) + 1) + typed.substring(m.end());
    }

    @Test
    void anOldWordDocumentIsAskedForAsDocx() throws Exception {
        Path in = work.resolve("doc-input");
        Files.createDirectories(in);
        // An OLE2 container, as Word 97-2003 writes, naming its WordDocument stream.
        try (var fs = new POIFSFileSystem(); var stream = Files.newOutputStream(in.resolve("Du thao.doc"))) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(stream);
        }
        Path o = work.resolve("doc-output");
        assertThat(Nights.run(in, o)).isZero();
        assertThat(CsvRows.read(o.resolve("latest/findings.csv"))).filteredOn(r -> r.get("file").equals("Du thao.doc"))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("code")).isEqualTo("DRAFT_NOT_DOCX");
                    assertThat(r.get("message")).contains(".docx");
                });
    }
}
