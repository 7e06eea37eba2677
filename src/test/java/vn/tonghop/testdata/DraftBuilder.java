package vn.tonghop.testdata;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Draft reports as the reviewer types them in Word: paragraphs whose runs split words and numbers where a retyped
 * figure or a change of format split them ("66.3" + "13"), and a table. Seeded, so a draft is the same every run.
 */
public final class DraftBuilder {

    /** The seed report (../shared/seed): the real narrative this program's example set comes from. */
    public static final Path SEED = Path.of("../shared/seed");

    private final List<Object> body = new ArrayList<>();
    private final Random random;

    public DraftBuilder(long seed) {
        this.random = new Random(seed);
    }

    public DraftBuilder paragraph(String text) {
        body.add(text);
        return this;
    }

    public DraftBuilder paragraphs(List<String> texts) {
        texts.forEach(this::paragraph);
        return this;
    }

    /** A table, its first row the header. */
    public DraftBuilder table(List<List<String>> rows) {
        body.add(rows);
        return this;
    }

    @SuppressWarnings("unchecked")
    public Path write(Path file, Instant modified) throws IOException {
        Files.createDirectories(file.getParent());
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (Object part : body) {
                if (part instanceof String text) {
                    runs(doc.createParagraph(), text);
                } else {
                    List<List<String>> rows = (List<List<String>>) part;
                    XWPFTable table = doc.createTable(rows.size(), rows.get(0).size());
                    for (int r = 0; r < rows.size(); r++) {
                        for (int c = 0; c < rows.get(r).size(); c++) {
                            XWPFParagraph p = table.getRow(r).getCell(c).getParagraphs().get(0);
                            runs(p, rows.get(r).get(c));
                        }
                    }
                }
            }
            doc.write(out);
        }
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }

    /** The text in two to four runs, cut at random places, numbers included; italics on some, as Word leaves them. */
    private void runs(XWPFParagraph p, String text) {
        int pieces = text.length() < 4 ? 1 : 2 + random.nextInt(3);
        List<Integer> cuts = new ArrayList<>();
        for (int i = 1; i < pieces; i++) {
            cuts.add(1 + random.nextInt(text.length() - 1));
        }
        cuts.add(text.length());
        cuts.sort(Integer::compare);
        int from = 0;
        for (int cut : cuts) {
            if (cut > from) {
                var run = p.createRun();
                run.setText(text.substring(from, cut));
                run.setItalic(random.nextInt(4) == 0);
                from = cut;
            }
        }
    }

    /**
     * The seed narrative's paragraphs, as its text gives them: blank lines apart, markdown emphasis and formula
     * marks dropped, a line broken mid-sentence by a page joined back.
     */
    public static List<String> seedParagraphs() throws IOException {
        Path file;
        try (Stream<Path> files = Files.list(SEED)) {
            file = files.filter(f -> f.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
        List<String> out = new ArrayList<>();
        for (String block : Files.readString(file, StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
            String text = block.replace("*", "").replaceAll("\\$\\\\frac\\{1\\}\\{2\\}\\$", "½").replaceAll("\\s*\\n\\s*", " ")
                    .strip();
            if (text.isEmpty()) {
                continue;
            }
            // A page break in the text file cut a sentence: its second half starts in lower case.
            if (!out.isEmpty() && text.matches("(?s)^\\p{Ll}\\p{L}.*")) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + text);
            } else {
                out.add(text);
            }
        }
        return out;
    }
}
