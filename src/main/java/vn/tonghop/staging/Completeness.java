package vn.tonghop.staging;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.config.Unit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which unit owes which form for which year (the units list's reports column, only the years it is
 * in force), against what is in force. Only the forms this installation reads (those with headers in jobs/) are counted, so a
 * form the program cannot read yet is not reported missing.
 */
public final class Completeness {

    private final JdbcTemplate jdbc;

    public Completeness(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<CompletenessRow> rows(JobsConfig config) {
        Map<String, String> received = new HashMap<>();
        List<String> forms = config.headers().forms();
        // Read once, by path: the same rows later give the forms received that nobody owes.
        List<CompletenessRow> inForce = new ArrayList<>();
        jdbc.query("SELECT unit_code, form, year, path FROM sheet_in_force ORDER BY path", rs -> {
            String unit = rs.getString("unit_code");
            String form = rs.getString("form");
            if (!forms.contains(form)) {
                // A draft report is no form: files.csv lists it, completeness does not.
                return;
            }
            int year = rs.getInt("year");
            String path = rs.getString("path");
            received.putIfAbsent(key(unit, form, year), path);
            received.putIfAbsent(key(unit, form, null), path);
            inForce.add(new CompletenessRow(unit, form, year == 0 ? null : year, CompletenessRow.Status.received, path));
        });
        Map<String, String> rejected = new HashMap<>();
        jdbc.query("SELECT unit_code, path FROM received_file WHERE status = 'REJECTED' AND unit_code IS NOT NULL"
                + " ORDER BY modified_at, path", rs -> {
            rejected.put(rs.getString("unit_code"), rs.getString("path"));
        });
        List<CompletenessRow> rows = new ArrayList<>();
        Set<String> owedKeys = new LinkedHashSet<>();
        for (Unit unit : config.units().all()) {
            for (Unit.OwedForm owed : unit.owed()) {
                if (!forms.contains(owed.form())) {
                    continue;
                }
                List<Integer> years = owed.years().isEmpty() ? Collections.singletonList(null)
                        : owed.years().stream().filter(unit::inForceIn).toList();
                for (Integer year : years) {
                    String k = key(unit.code(), owed.form(), year);
                    // A code that was two units (03562 until and after 1/7/2025) owes a form once-for-all once.
                    if (!owedKeys.add(k)) {
                        continue;
                    }
                    if (received.containsKey(k)) {
                        rows.add(new CompletenessRow(unit.code(), owed.form(), year, CompletenessRow.Status.received, received.get(k)));
                    } else if (rejected.containsKey(unit.code())) {
                        rows.add(new CompletenessRow(unit.code(), owed.form(), year, CompletenessRow.Status.rejected,
                                rejected.get(unit.code())));
                    } else {
                        rows.add(new CompletenessRow(unit.code(), owed.form(), year, CompletenessRow.Status.missing, null));
                    }
                }
            }
        }
        for (CompletenessRow r : inForce) {
            if (owedKeys.add(key(r.unitCode(), r.form(), r.year()))) {
                rows.add(r);
            }
        }
        rows.sort(Comparator.comparingInt((CompletenessRow r) -> config.units().indexOf(r.unitCode()))
                .thenComparing(CompletenessRow::form)
                .thenComparing(r -> r.year() == null ? 0 : r.year()));
        return rows;
    }

    private static String key(String unit, String form, Integer year) {
        return unit + "|" + form + "|" + (year == null ? "" : year);
    }
}
