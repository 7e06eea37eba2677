package vn.tonghop.consolidate;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads the consolidated facts for the reports. */
public final class FactRepository {

    /** The measures in the order of a form's columns, as consolidation makes them, not of the alphabet. */
    private static final List<String> MEASURES = List.copyOf(FactConsolidation.MEASURES.keySet());
    private static final Comparator<Fact> BY_MEASURE = Comparator.comparingInt(f -> {
        int i = MEASURES.indexOf(f.measure());
        return i < 0 ? MEASURES.size() : i;
    });

    private final JdbcTemplate jdbc;

    public FactRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * By unit, leaf, fund, source, year and measure. The database reads them in its key's order, and only
     * the few measures of one figure are put in column order here: sorting every fact by an expression
     * was a third of reading them.
     */
    public List<Fact> all() {
        List<Fact> facts = new ArrayList<>();
        List<Fact> figure = new ArrayList<>();
        // Columns by place, not by name: a lookup by name for each of ten columns of every fact was a fifth of reading them.
        jdbc.query("SELECT unit_code, leaf, fund, source, year, measure, value, file, sheet, cell FROM fact"
                + " ORDER BY unit_code, leaf, fund, source, year, measure", rs -> {
            Fact f = new Fact(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                    rs.getString(6), rs.getBigDecimal(7).stripTrailingZeros(), rs.getString(8), rs.getString(9),
                    rs.getString(10));
            if (!figure.isEmpty() && !sameFigure(figure.get(0), f)) {
                flush(figure, facts);
            }
            figure.add(f);
        });
        flush(figure, facts);
        return facts;
    }

    private static boolean sameFigure(Fact a, Fact b) {
        return a.year() == b.year() && a.unitCode().equals(b.unitCode()) && a.leaf().equals(b.leaf())
                && a.fund().equals(b.fund()) && a.source().equals(b.source());
    }

    private static void flush(List<Fact> figure, List<Fact> facts) {
        figure.sort(BY_MEASURE);
        facts.addAll(figure);
        figure.clear();
    }
}
