package vn.tonghop.consolidate;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Reads the consolidated facts for the reports. */
public final class FactRepository {

    /** The measures in the order of a form's columns, as consolidation stores them, not of the alphabet. */
    private static final List<String> MEASURES = List.copyOf(FactConsolidation.MEASURES.keySet());
    private static final String SELECT = "SELECT unit_code, leaf, fund, source, year, file, sheet"
            + MEASURES.stream().map(m -> ", " + m).collect(Collectors.joining())
            + MEASURES.stream().map(m -> ", cell_" + m).collect(Collectors.joining())
            + " FROM fact_figure ORDER BY unit_code, leaf, fund, source, year";

    private final JdbcTemplate jdbc;

    public FactRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** By unit, leaf, fund, source, year and measure, the measures in a form's column order. */
    public List<Fact> all() {
        List<Fact> facts = new ArrayList<>();
        int n = MEASURES.size();
        // Columns by place, not by name: a lookup by name for each column of every figure was a fifth of reading them.
        jdbc.query(SELECT, rs -> {
            String unit = rs.getString(1);
            String leaf = rs.getString(2);
            String fund = rs.getString(3);
            String source = rs.getString(4);
            int year = rs.getInt(5);
            String file = rs.getString(6);
            String sheet = rs.getString(7);
            for (int m = 0; m < n; m++) {
                facts.add(new Fact(unit, leaf, fund, source, year, MEASURES.get(m), rs.getBigDecimal(8 + m).stripTrailingZeros(),
                        file, sheet, rs.getString(8 + n + m)));
            }
        });
        return facts;
    }

    /** The years whose money in force is, for some unit, an estimate ("Ước thực hiện năm 2024"). */
    public Set<Integer> estimatedYears() {
        return new TreeSet<>(jdbc.queryForList("SELECT DISTINCT year FROM received_sheet WHERE in_force AND estimate"
                + " AND form = '01/VỐN'", Integer.class));
    }
}
