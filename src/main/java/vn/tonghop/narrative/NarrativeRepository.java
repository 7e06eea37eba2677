package vn.tonghop.narrative;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.excel.read.DocxText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The drafts in force with their passages, and the figures found in them. */
public final class NarrativeRepository {

    /** A draft in force: its file in the input folder and its passages in order. */
    public record Draft(String file, List<DocxText.Passage> passages) {
    }

    private final JdbcTemplate jdbc;

    public NarrativeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether a draft is in force, without reading its passages. */
    boolean anyDraft() {
        return !jdbc.queryForList("SELECT p.sheet_id FROM draft_passage p JOIN received_sheet s ON s.sheet_id = p.sheet_id"
                + " AND s.in_force FETCH FIRST 1 ROWS ONLY", Long.class).isEmpty();
    }

    public List<Draft> drafts() {
        Map<String, List<DocxText.Passage>> byFile = new LinkedHashMap<>();
        jdbc.query("SELECT f.path, p.paragraph, p.table_no, p.row_no, p.col_no, p.text FROM draft_passage p"
                + " JOIN received_sheet s ON s.sheet_id = p.sheet_id AND s.in_force JOIN received_file f ON f.file_id = s.file_id"
                + " ORDER BY f.path, p.seq", rs -> {
            byFile.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new DocxText.Passage(rs.getInt(2), rs.getInt(3),
                    rs.getInt(4), rs.getInt(5), rs.getString(6)));
        });
        List<Draft> drafts = new ArrayList<>();
        byFile.forEach((file, passages) -> drafts.add(new Draft(file, passages)));
        return drafts;
    }

    void save(List<NarrativeFigure> rows) {
        List<Object[]> values = new ArrayList<>();
        for (NarrativeFigure r : rows) {
            values.add(new Object[] {r.file(), r.place(), r.paragraph(), r.table(), r.row(), r.column(), r.seq(),
                cut(r.span(), 400), r.value(), r.unit(), cut(r.key(), 400), r.consolidated(), r.cell(), r.status(),
                cut(r.reason(), 400)});
        }
        jdbc.batchUpdate("INSERT INTO narrative_figure (file, place, paragraph, table_no, row_no, col_no, seq, span, value,"
                + " unit, stated_key, consolidated, cell, status, reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", values);
    }

    /** Every figure found, by file and in the order of the text. */
    public List<NarrativeFigure> figures() {
        return jdbc.query("SELECT * FROM narrative_figure ORDER BY file, seq", (rs, i) -> new NarrativeFigure(
                rs.getString("file"), rs.getString("place"), rs.getInt("paragraph"), rs.getInt("table_no"),
                rs.getInt("row_no"), rs.getInt("col_no"), rs.getInt("seq"), rs.getString("span"),
                rs.getBigDecimal("value").stripTrailingZeros(), rs.getString("unit"), rs.getString("stated_key"),
                rs.getBigDecimal("consolidated") == null ? null : rs.getBigDecimal("consolidated").stripTrailingZeros(),
                rs.getString("cell"), rs.getString("status"), rs.getString("reason")));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
