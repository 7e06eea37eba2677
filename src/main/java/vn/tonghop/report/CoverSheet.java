package vn.tonghop.report;

import vn.tonghop.config.Dates;
import vn.tonghop.config.Units;
import vn.tonghop.consolidate.BasisUnits;
import vn.tonghop.excel.write.Look;
import vn.tonghop.excel.write.SheetWriter;
import vn.tonghop.excel.write.XlsxDocument;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.finding.Severity;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** "Bìa": what went into the consolidation, so the signed appendices can be traced to files. */
final class CoverSheet {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Look HEAD = Look.HEADER;
    private static final Look CELL = Look.CELL;
    /** 123 width units: A4 landscape at 85 %, so its 12 pt text prints at 10 pt; long paths and hashes wrap. */
    private static final int[] WIDTHS = {24, 18, 28, 14, 22, 17};
    /** Points per wrapped line of text at the sheet's font size. */
    private static final float LINE = 15f;

    void write(XlsxDocument doc, RunInfo run, String issuer, Units units, List<ReceivedFile> files,
               Map<String, Integer> fileCounts, List<Finding> findings, BasisUnits basis) {
        SheetWriter s = doc.sheet("Bìa");
        s.text(0, 0, issuer, Look.PLAIN.bold());
        s.text(1, 0, "TỔNG HỢP BÁO CÁO CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG", Look.PLAIN.bold().size(2)).merge(1, 1, 0, 6);
        s.text(2, 0, "Lần chạy " + run.runId() + ", lúc " + TIME.format(run.startedAt()), Look.PLAIN.italic());
        s.text(3, 0, "Các tệp trong thư mục nhận báo cáo (chi tiết trong files.csv): " + counts(fileCounts), Look.PLAIN);
        int row = 5;
        if (units.dated()) {
            s.text(4, 0, "Các biểu theo đơn vị liệt kê các đơn vị hoạt động ngày " + Dates.shown(basis.basis())
                    + " (ngày cơ sở); số liệu của đơn vị trước sắp xếp được cộng vào đơn vị kế thừa, tỷ lệ được tính lại"
                    + " từ số đã cộng.", Look.PLAIN.italic());
            if (basis.anyPartlyOutside()) {
                s.text(5, 0, "(*) Đơn vị có một phần địa bàn ngoài phạm vi tổng hợp: số liệu chỉ gồm phần của các đơn vị"
                        + " cũ trong phạm vi, không so sánh trực tiếp được với số liệu của cả đơn vị.", Look.PLAIN.italic());
            }
            row = 7;
        }
        s.text(row++, 0, "1. Các tệp được tổng hợp", Look.PLAIN.bold());
        String[] head = {"Đơn vị", "Biểu, năm", "Tệp", "Nhận lúc", "Mã băm (SHA-256)", "Tình trạng"};
        for (int c = 0; c < head.length; c++) {
            s.text(row, c, head[c], HEAD);
        }
        row++;
        for (ReceivedFile f : files) {
            if (!"TAKEN".equals(f.status()) || f.forms() == null) {
                continue;
            }
            row = fileRow(s, row, f, units, "đang có hiệu lực");
        }
        row++;
        s.text(row++, 0, "2. Các tệp bị từ chối, bị thay thế hoặc trùng lặp", Look.PLAIN.bold());
        for (int c = 0; c < head.length; c++) {
            s.text(row, c, head[c], HEAD);
        }
        row++;
        for (ReceivedFile f : files) {
            String status = switch (f.status()) {
                case "REJECTED" -> "bị từ chối: " + (f.reason() == null ? "" : f.reason());
                case "DUPLICATE" -> "trùng nội dung tệp đã nhận";
                case "SUPERSEDED" -> "đã được thay bằng tệp mới hơn";
                default -> null;
            };
            if (status != null) {
                row = fileRow(s, row, f, units, status);
            }
        }
        row++;
        s.text(row++, 0, "3. Kết quả kiểm tra", Look.PLAIN.bold());
        s.text(row, 0, "Mức độ", HEAD).text(row, 1, "Tên lỗi", HEAD).text(row, 2, "Mã", HEAD).text(row, 3, "Số lượng", HEAD);
        row++;
        Map<FindingCode, Long> counts = new TreeMap<>(Comparator.comparing(FindingCode::severity)
                .thenComparing(FindingCode::name));
        findings.forEach(f -> counts.merge(f.code(), 1L, Long::sum));
        for (Map.Entry<FindingCode, Long> e : counts.entrySet()) {
            s.text(row, 0, e.getKey().severity().label(), CELL).text(row, 1, e.getKey().shown(), CELL)
                    .text(row, 2, e.getKey().name(), CELL)
                    .number(row, 3, BigDecimal.valueOf(e.getValue()), CELL.format(Look.Format.INTEGER));
            s.rowHeight(row, LINE * wrappedLines(e.getKey().shown(), WIDTHS[1]));
            row++;
        }
        for (Severity sev : Severity.values()) {
            long n = findings.stream().filter(f -> f.severity() == sev).count();
            s.text(row, 0, "Cộng " + sev.label(), CELL.bold()).blank(row, 1, CELL).blank(row, 2, CELL)
                    .number(row, 3, BigDecimal.valueOf(n), CELL.bold().format(Look.Format.INTEGER));
            row++;
        }
        for (int c = 0; c < WIDTHS.length; c++) {
            s.width(c, WIDTHS[c]);
        }
        s.printA4Landscape(0, 0);
    }

    /** "17 đang có hiệu lực, 2 bị thay thế, …", every status named, so that none passes as nothing. */
    static String counts(Map<String, Integer> fileCounts) {
        return fileCounts.entrySet().stream().map(e -> e.getValue() + " " + FileLedger.STATUSES.get(e.getKey()))
                .collect(Collectors.joining(", "));
    }

    private static int fileRow(SheetWriter s, int row, ReceivedFile f, Units units, String status) {
        // The unit the code meant in the latest year the file holds: 03562 is Vàng Ma Chải in a 2024 file.
        String unit = f.unitCode() == null ? "(không xác định)" : units.nameOf(f.unitCode(), f.latestYear());
        s.text(row, 0, unit, CELL)
                .text(row, 1, f.forms() == null ? "" : f.forms(), CELL)
                .text(row, 2, f.path(), CELL)
                .text(row, 3, TIME.format(f.receivedAt()), CELL)
                .text(row, 4, f.sha256(), CELL)
                .text(row, 5, status, CELL);
        // A row a program wrote does not grow with its wrapped text: give it the height its longest cell needs.
        String[] texts = {unit, f.forms(), f.path(), "", f.sha256(), status};
        int lines = 1;
        for (int c = 0; c < texts.length; c++) {
            lines = Math.max(lines, wrappedLines(texts[c], WIDTHS[c]));
        }
        s.rowHeight(row, lines * LINE);
        return row + 1;
    }

    /** The lines a text wraps to in a column of that many width units at the sheet's 12 pt; 1 for none. */
    static int wrappedLines(String text, int width) {
        return text == null ? 1 : Math.max(1, (int) Math.ceil(text.length() * 1.15 / (width - 1)));
    }
}
