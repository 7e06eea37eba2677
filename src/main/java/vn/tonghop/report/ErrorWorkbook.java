package vn.tonghop.report;

import vn.tonghop.check.Finding;
import vn.tonghop.check.Severity;
import vn.tonghop.config.Units;
import vn.tonghop.excel.Look;
import vn.tonghop.excel.SheetWriter;
import vn.tonghop.excel.XlsxDocument;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** BaoCaoLoi.xlsx: every finding, most severe first, grouped by unit, filterable; and a count by code. */
final class ErrorWorkbook {

    private static final String[] HEADER = {"Mức độ", "Mã lỗi", "Mã đơn vị", "Đơn vị", "Tệp", "Trang tính", "Ô",
        "Dự án / chỉ tiêu", "Năm", "Giá trị đúng", "Giá trị đã ghi", "Nội dung"};
    private static final int[] WIDTHS = {11, 24, 11, 28, 34, 14, 7, 11, 7, 12, 12, 90};

    void write(Path file, Units units, List<Finding> findings, String fontName) throws IOException {
        try (XlsxDocument doc = new XlsxDocument(fontName, (short) 11)) {
            SheetWriter s = doc.sheet("Tất cả lỗi");
            Look head = Look.PLAIN.bold().border().wrap().align(Look.Align.CENTER).fill(Look.Fill.HEADER);
            for (int c = 0; c < HEADER.length; c++) {
                s.text(0, c, HEADER[c], head).width(c, WIDTHS[c]);
            }
            int row = 1;
            for (Finding f : findings) {
                Look look = Look.PLAIN.border().wrap().fill(fill(f.severity()));
                String[] cells = {f.severity().label(), f.code().name(), f.unitCode(),
                    f.unitCode() == null ? "" : units.nameOf(f.unitCode()), f.file(), f.sheet(), f.cell(), f.leaf(),
                    f.year() == null ? "" : String.valueOf(f.year()), f.expected(), f.actual(), f.message()};
                for (int c = 0; c < cells.length; c++) {
                    s.text(row, c, cells[c], look);
                }
                row++;
            }
            s.freeze(1, 0).autoFilter(0, Math.max(1, row - 1), 0, HEADER.length - 1);

            SheetWriter sum = doc.sheet("Tổng hợp theo mã");
            sum.text(0, 0, "Mức độ", head).text(0, 1, "Mã lỗi", head).text(0, 2, "Số lượng", head);
            sum.width(0, 12).width(1, 28).width(2, 10);
            Map<String, Long> counts = new TreeMap<>();
            findings.forEach(f -> counts.merge(f.severity().ordinal() + "|" + f.code().name(), 1L, Long::sum));
            int r = 1;
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                String[] k = e.getKey().split("\\|");
                sum.text(r, 0, Severity.values()[Integer.parseInt(k[0])].label(), Look.PLAIN.border())
                        .text(r, 1, k[1], Look.PLAIN.border())
                        .number(r, 2, BigDecimal.valueOf(e.getValue()), Look.PLAIN.border().format(Look.Format.INTEGER));
                r++;
            }
            doc.save(file);
        }
    }

    private static Look.Fill fill(Severity s) {
        return switch (s) {
            case ERROR -> Look.Fill.ERROR;
            case WARNING -> Look.Fill.WARNING;
            case NOTE -> Look.Fill.NONE;
        };
    }
}
