package vn.tonghop.excel.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tonghop.testdata.DraftBuilder;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DocxReaderTest {

    @Test
    void runsAreJoinedAndTableCellsArePlacedByTableRowAndColumn(@TempDir Path dir) throws Exception {
        Path file = new DraftBuilder(7)
                .paragraph("Năm 2022: Vốn giao 6.629 triệu đồng.")
                .table(List.of(List.of("Dự án", "Giải ngân năm 2022"), List.of("Dự án 2", "1.957 triệu đồng")))
                .paragraph("Giải ngân 66.313/71.570 triệu đồng đạt 92,65% kế hoạch vốn giao.")
                .write(dir.resolve("d.docx"), Instant.parse("2024-08-20T00:00:00Z"));

        DocxText text = new DocxReader().read(file);

        assertThat(text.passages()).extracting(DocxText.Passage::place, DocxText.Passage::text).containsExactly(
                tuple("đoạn 1", "Năm 2022: Vốn giao 6.629 triệu đồng."),
                tuple("bảng 1 hàng 1 cột 1", "Dự án"),
                tuple("bảng 1 hàng 1 cột 2", "Giải ngân năm 2022"),
                tuple("bảng 1 hàng 2 cột 1", "Dự án 2"),
                tuple("bảng 1 hàng 2 cột 2", "1.957 triệu đồng"),
                tuple("đoạn 2", "Giải ngân 66.313/71.570 triệu đồng đạt 92,65% kế hoạch vốn giao."));
    }
}
