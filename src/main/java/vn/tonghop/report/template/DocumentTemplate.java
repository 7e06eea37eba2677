package vn.tonghop.report.template;

import vn.tonghop.config.JobsConfig;
import vn.tonghop.config.Unit;
import vn.tonghop.excel.write.Look;
import vn.tonghop.excel.write.SheetWriter;
import vn.tonghop.excel.write.XlsxDocument;

import java.io.IOException;
import java.nio.file.Path;

/** Blank Biểu 03/VB: the documents a unit issued, one per row; the date column keeps what is typed as text. */
final class DocumentTemplate implements FormTemplate {

    static final int ROWS = 30;
    private static final String[] HEADERS = {"TT", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành",
        "Trích yếu nội dung", "Ghi chú"};
    private static final int[] WIDTHS = {6, 18, 14, 26, 62, 14};

    private final JobsConfig config;

    DocumentTemplate(JobsConfig config) {
        this.config = config;
    }

    @Override
    public void write(Path file, Unit unit, int year) throws IOException {
        try (XlsxDocument doc = FormHead.document(config)) {
            SheetWriter s = doc.sheet("03-VB");
            FormHead.lines(s, unit, "03/VB", "DANH MỤC VĂN BẢN LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH THỰC HIỆN CHƯƠNG TRÌNH MTQG"
                    + " GIẢM NGHÈO BỀN VỮNG", year, false);
            int first = FormHead.columns(s, HEADERS, WIDTHS);
            FormHead.blankRows(s, first, ROWS, HEADERS.length);
            // "08/4/2022" typed into a date-guessing cell may come back as 4 August; as text it reads as typed.
            for (int r = first; r < first + ROWS; r++) {
                s.blank(r, 2, FormHead.BOX.format(Look.Format.TEXT).editable());
            }
            FormHead.signatures(s, first + ROWS + 1, 1, 4);
            s.freeze(first, 0).printA4Landscape(FormHead.HEADER_ROW, FormHead.HEADER_ROW + 1).protect();
            doc.save(file);
        }
    }
}
