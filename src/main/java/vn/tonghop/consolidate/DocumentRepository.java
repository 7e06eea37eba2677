package vn.tonghop.consolidate;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.staging.SheetsInForce;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The documents of the files in force, one per number and issuer (both folded): the same plan
 * listed by two units is one row, while two communes' decisions with the same number are two.
 */
public final class DocumentRepository {

    private final JdbcTemplate jdbc;

    public DocumentRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Document> distinct() {
        Map<String, Document> byKey = new LinkedHashMap<>();
        Map<String, TreeSet<String>> units = new LinkedHashMap<>();
        jdbc.query("SELECT d.*, s.unit_code FROM document_row d" + SheetsInForce.joinedFrom("d")
                + " ORDER BY d.issue_date, s.unit_code, d.row_no", rs -> {
            String key = rs.getString("number_key") + "|" + rs.getString("issuer_key");
            Date date = rs.getDate("issue_date");
            byKey.putIfAbsent(key, new Document(rs.getString("number"), date == null ? null : date.toLocalDate(),
                    rs.getString("issuer"), rs.getString("summary"), List.of()));
            units.computeIfAbsent(key, k -> new TreeSet<>()).add(rs.getString("unit_code"));
        });
        List<Document> out = new ArrayList<>();
        byKey.forEach((k, d) -> out.add(new Document(d.number(), d.date(), d.issuer(), d.summary(), List.copyOf(units.get(k)))));
        out.sort(Comparator.comparing(Document::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Document::number));
        return out;
    }
}
