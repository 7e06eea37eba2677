package vn.tonghop.report;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every file ever seen in the input folder and what became of it (files.csv): one row per file, and per form
 * and year within a file that was taken. Files received come from the staging tables, with their history;
 * files not received (still settling, never taken, or not to be opened) from the latest look at the folder.
 */
public final class FileLedger {

    /** One row of files.csv. {@code year} is null for a form that has no single year (02/CT … 05/GV). */
    public record Row(String file, String sha256, LocalDateTime firstSeen, String unitCode, String form, Integer year,
                      String status, String reason) {
    }

    /** The statuses of files.csv, in the order counts are shown, with the words a reviewer reads. */
    public static final Map<String, String> STATUSES = statuses();

    private static Map<String, String> statuses() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("in_force", "đang có hiệu lực");
        m.put("superseded", "bị thay thế");
        m.put("duplicate", "trùng lặp");
        m.put("rejected", "bị từ chối");
        m.put("waiting", "đang chờ");
        m.put("ignored", "bỏ qua");
        return m;
    }

    private final JdbcTemplate jdbc;

    public FileLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A sheet of a file; {@code estimated}, the years it gives estimates for ("2024"), null for none. */
    private record Sheet(String unitCode, String form, int year, boolean inForce, boolean hidden, String estimated) {
    }

    public List<Row> rows() {
        Map<Long, List<Sheet>> sheets = new HashMap<>();
        // The years of Biểu 02/CT headed "Ước TH": a few sheets, so a map rather than a join for every sheet.
        Map<Long, Set<Integer>> estimatedYears = new HashMap<>();
        jdbc.query("SELECT DISTINCT sheet_id, year FROM indicator_value WHERE estimate", rs -> {
            estimatedYears.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getInt(2));
        });
        jdbc.query("SELECT file_id, unit_code, form, year, in_force, hidden, estimate, sheet_id FROM received_sheet", rs -> {
            Set<Integer> years = rs.getBoolean(7) ? Set.of(rs.getInt(4)) : estimatedYears.get(rs.getLong(8));
            sheets.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new Sheet(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5), rs.getBoolean(6),
                            years == null ? null : years.stream().map(String::valueOf).collect(Collectors.joining(", "))));
        });
        Map<String, String> inForceAt = new HashMap<>();
        jdbc.query("SELECT s.unit_code, s.form, s.year, f.path FROM received_sheet s JOIN received_file f"
                + " ON f.file_id = s.file_id WHERE s.in_force", rs -> {
            inForceAt.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3), rs.getString(4));
        });
        List<Row> rows = new ArrayList<>();
        Map<String, String> originals = new HashMap<>();
        List<Row> duplicates = new ArrayList<>();
        jdbc.query("SELECT file_id, path, sha256, first_seen, status, unit_code, reason FROM received_file"
                + " ORDER BY first_seen, path, file_id", rs -> {
            String path = rs.getString("path");
            String sha = rs.getString("sha256");
            LocalDateTime seen = rs.getTimestamp("first_seen").toLocalDateTime();
            String unit = rs.getString("unit_code");
            switch (rs.getString("status")) {
                case "TAKEN" -> {
                    originals.putIfAbsent(sha, path);
                    taken(rows, path, sha, seen, unit, sheets.getOrDefault(rs.getLong("file_id"), List.of()), inForceAt);
                }
                case "DUPLICATE" -> duplicates.add(new Row(path, sha, seen, unit, null, null, "duplicate", null));
                default -> rows.add(new Row(path, sha, seen, unit, null, null, "rejected", rs.getString("reason")));
            }
        });
        // Named once every file is read: the original may come later in the ordering than its copy.
        for (Row d : duplicates) {
            String original = originals.get(d.sha256());
            rows.add(new Row(d.file(), d.sha256(), d.firstSeen(), d.unitCode(), null, null, d.status(), "nội dung giống hệt tệp "
                    + (original == null ? "đã nhận trước đó" : original) + ", nên không được tính thêm lần nữa"));
        }
        jdbc.query("SELECT e.path, e.kind, e.first_seen, e.reason FROM folder_entry e WHERE NOT EXISTS (SELECT 1 FROM"
                + " received_file f WHERE f.path = e.path AND f.size_bytes = e.size_bytes AND f.modified_at = e.modified_at)", rs -> {
            String kind = rs.getString("kind");
            String status = switch (kind) {
                case "FILE" -> "waiting";
                case "IGNORED" -> "ignored";
                default -> "rejected";
            };
            String reason = "FILE".equals(kind)
                    ? "đang chờ: tệp mới chép vào hoặc vừa thay đổi, sẽ được đọc khi đã chép xong (không còn thay đổi)"
                    : rs.getString("reason");
            rows.add(new Row(rs.getString("path"), null, rs.getTimestamp("first_seen").toLocalDateTime(), null, null, null,
                    status, reason));
        });
        rows.sort(Comparator.comparing(Row::firstSeen).thenComparing(Row::file)
                .thenComparing(r -> r.form() == null ? "" : r.form()).thenComparing(r -> r.year() == null ? 0 : r.year()));
        return rows;
    }

    /** A taken file: a row per form and year it holds, in force or replaced by the file named. */
    private static void taken(List<Row> rows, String path, String sha, LocalDateTime seen, String unit, List<Sheet> sheets,
                              Map<String, String> inForceAt) {
        if (sheets.isEmpty()) {
            rows.add(new Row(path, sha, seen, unit, null, null, "rejected", "không có biểu nào của tệp được tổng hợp"));
            return;
        }
        Map<String, Sheet> byForm = new TreeMap<>();
        for (Sheet s : sheets) {
            // A form and year is in force from this file when any of its sheets is.
            byForm.merge(s.unitCode() + "|" + s.form() + "|" + s.year(), s, (a, b) -> a.inForce() ? a : b);
        }
        for (Map.Entry<String, Sheet> e : byForm.entrySet()) {
            Sheet s = e.getValue();
            Integer year = s.year() == 0 ? null : s.year();
            String what = "biểu " + s.form() + (year == null ? "" : " năm " + year);
            // An estimate in force says so: the one mark a script has that these are not yet actual figures.
            String reason = s.inForce() ? (s.estimated() == null ? null : "ước thực hiện năm " + s.estimated())
                    : (s.hidden() ? "trang tính đang ẩn; " : "") + what + " được thay bằng tệp "
                    + inForceAt.getOrDefault(e.getKey(), "khác");
            rows.add(new Row(path, sha, seen, s.unitCode(), s.form(), year, s.inForce() ? "in_force" : "superseded", reason));
        }
    }

    /**
     * Files by what became of them, each file (path and content) once: in force when any of its forms is, then
     * superseded, duplicate, rejected, waiting, ignored.
     */
    public static Map<String, Integer> counts(List<Row> rows) {
        Map<String, String> byFile = new HashMap<>();
        List<String> order = new ArrayList<>(STATUSES.keySet());
        for (Row r : rows) {
            byFile.merge(r.file() + "|" + r.sha256(), r.status(), (a, b) -> order.indexOf(a) <= order.indexOf(b) ? a : b);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        STATUSES.keySet().forEach(s -> counts.put(s, 0));
        byFile.values().forEach(s -> counts.merge(s, 1, Integer::sum));
        return counts;
    }
}
