package vn.tonghop.report;

import vn.tonghop.config.Unit;
import vn.tonghop.config.Units;
import vn.tonghop.excel.write.Look;
import vn.tonghop.excel.write.SheetWriter;
import vn.tonghop.excel.write.XlsxDocument;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.Severity;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * BaoCaoLoi.xlsx: every finding, most severe first and grouped by unit, filterable; one sheet per
 * unit for the phone call to its clerk; and a count by code. Each finding's place, "file › sheet ›
 * cell", opens the archived copy of the file the clerk sent.
 */
final class ErrorWorkbook {

    private static final String[] HEADER = {"Mức độ", "Mã lỗi", "Đơn vị", "Vị trí (tệp › trang tính › ô)", "Dự án / chỉ tiêu",
        "Năm", "Giá trị đúng", "Giá trị đã ghi", "Nội dung", "Mã đơn vị", "Tệp", "Trang tính", "Ô"};
    private static final int[] WIDTHS = {11, 24, 26, 40, 11, 7, 12, 12, 90, 11, 30, 14, 7};
    private static final Look HEAD = Look.HEADER;
    private static final int MAX_UNIT_SHEETS = 200;

    void write(Path file, Units units, List<Finding> findings, Map<String, String> archiveByFile, String fontName)
            throws IOException {
        try (XlsxDocument doc = XlsxDocument.report(fontName, (short) 11)) {
            table(doc.sheet("Tất cả lỗi"), units, findings, archiveByFile);
            summary(doc.sheet("Tổng hợp theo mã"), findings);
            Set<String> names = new HashSet<>();
            Map<String, List<Finding>> byUnit = findings.stream().filter(f -> f.unitCode() != null)
                    .collect(Collectors.groupingBy(Finding::unitCode));
            // A district's workbook has a sheet per unit; a province's or the ministry's thousands of units
            // would make a workbook no one can page through: there the first sheet's filter serves instead.
            if (byUnit.size() <= MAX_UNIT_SHEETS) {
                for (Unit unit : units.all()) {
                    List<Finding> mine = byUnit.getOrDefault(unit.code(), List.of());
                    if (!mine.isEmpty()) {
                        table(doc.sheet(sheetName(unit.name(), names)), units, mine, archiveByFile);
                    }
                }
            }
            List<Finding> unplaced = findings.stream().filter(f -> f.unitCode() == null).toList();
            if (!unplaced.isEmpty()) {
                table(doc.sheet(sheetName("Không xác định đơn vị", names)), units, unplaced, archiveByFile);
            }
            doc.save(file);
        }
    }

    private static void table(SheetWriter s, Units units, List<Finding> findings, Map<String, String> archiveByFile) {
        for (int c = 0; c < HEADER.length; c++) {
            s.text(0, c, HEADER[c], HEAD).width(c, WIDTHS[c]);
        }
        int row = 1;
        for (Finding f : findings) {
            Look look = Look.CELL.fill(fill(f.severity()));
            String place = String.join(" › ", nz(f.file()), nz(f.sheet()), nz(f.cell())).replaceAll("( › )+$", "");
            String[] cells = {f.severity().label(), f.code().name(), f.unitCode() == null ? "" : units.nameOf(f.unitCode()),
                place, f.leaf(), f.year() == null ? "" : String.valueOf(f.year()), f.expected(), f.actual(), f.message(),
                f.unitCode(), f.file(), f.sheet(), f.cell()};
            for (int c = 0; c < cells.length; c++) {
                s.text(row, c, cells[c], look);
            }
            String archived = f.file() == null ? null : archiveByFile.get(f.file());
            if (archived != null) {
                s.linkToFile(row, 3, place, "../archive/" + archived, look);
            }
            row++;
        }
        s.freeze(1, 0).autoFilter(0, Math.max(1, row - 1), 0, HEADER.length - 1);
    }

    private static void summary(SheetWriter sum, List<Finding> findings) {
        sum.text(0, 0, "Mức độ", HEAD).text(0, 1, "Mã lỗi", HEAD).text(0, 2, "Số lượng", HEAD);
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
    }

    /** Excel allows 31 characters and none of []:*?/\ in a sheet name, and no two alike. */
    static String sheetName(String wanted, Set<String> taken) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\']", " ").strip();
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase()); n++) {
            name = base + " " + n;
        }
        return name;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Look.Fill fill(Severity s) {
        return switch (s) {
            case ERROR -> Look.Fill.ERROR;
            case WARNING -> Look.Fill.WARNING;
            case NOTE -> Look.Fill.NONE;
        };
    }
}
