package vn.tonghop.excel.mark;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.testdata.DraftBuilder;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DraftCommentsTest {

    @Test
    void aCommentSpansTheParagraphOrTheCellItIsAbout(@TempDir Path dir) throws Exception {
        Path draft = new DraftBuilder(3).paragraph("Mở đầu.").paragraph("Giải ngân 66.313/71.570 triệu đồng đạt 92,65%.")
                .table(List.of(List.of("Dự án", "Giải ngân"), List.of("Dự án 2", "1.957 triệu đồng")))
                .write(dir.resolve("d.docx"), Instant.parse("2024-08-20T00:00:00Z"));
        Path copy = dir.resolve("copy.docx");

        new DraftComments().write(draft, copy, List.of(new DraftComments.Note(2, 0, 0, 0, "Số tổng hợp: 66.314"),
                new DraftComments.Note(0, 1, 2, 2, "Số tổng hợp: 1.958")), "tonghop");

        try (InputStream in = Files.newInputStream(copy); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getComments()).extracting(c -> c.getText().strip())
                    .containsExactly("Số tổng hợp: 66.314", "Số tổng hợp: 1.958");
            XWPFParagraph commented = doc.getParagraphs().get(1);
            String xml = commented.getCTP().xmlText();
            assertThat(xml.indexOf("commentRangeStart")).as("the range opens before the text").isLessThan(xml.indexOf("Giải"));
            assertThat(xml).contains("commentRangeEnd").contains("commentReference");
            assertThat(commented.getText()).startsWith("Giải ngân 66.313/71.570");
            assertThat(doc.getParagraphs().get(0).getCTP().xmlText()).doesNotContain("comment");
            assertThat(doc.getTables().get(0).getRow(1).getCell(1).getParagraphs().get(0).getCTP().xmlText())
                    .contains("commentReference");
        }
    }
}
