package vn.tonghop.consolidate;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.config.Catalogue;
import vn.tonghop.config.JobsConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Stores what the queries that add the schedules up group by, and only the report knows: the catalogue's nodes
 * with their project, and the line of the basis date each unit's figures of a year are carried into. A unit
 * whose line is its own code has no row: without periods in units.csv, that is every unit.
 */
public final class BasisLines {

    private final JdbcTemplate jdbc;

    public BasisLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The units of the report's basis date: the configured one, else the last day of the latest year consolidated.
     * Only units with periods depend on it, so the years are asked for only then.
     */
    public BasisUnits basis(JobsConfig config) {
        Set<Integer> years = new TreeSet<>();
        if (config.units().dated() && config.report().basisDate() == null) {
            years.addAll(jdbc.queryForList("SELECT DISTINCT year FROM sheet_in_force WHERE year > 0", Integer.class));
            years.addAll(jdbc.queryForList("SELECT DISTINCT year FROM indicator_fact", Integer.class));
        }
        return BasisUnits.of(config, years);
    }

    /** Written by the consolidation step, committed before the report reads the schedules' totals on a thread of its own. */
    public void write(JobsConfig config) {
        write(config.catalogue(), basis(config));
    }

    public void write(Catalogue catalogue, BasisUnits basis) {
        jdbc.update("DELETE FROM schedule_node");
        List<Object[]> nodes = new ArrayList<>();
        for (Catalogue.Node node : catalogue.all()) {
            nodes.add(new Object[] {node.code(), catalogue.projectOf(node.code()), catalogue.isLeaf(node.code())});
        }
        jdbc.batchUpdate("INSERT INTO schedule_node (node, project, is_leaf) VALUES (?, ?, ?)", nodes);
        jdbc.update("DELETE FROM basis_line");
        if (!basis.dated()) {
            return;
        }
        List<Object[]> lines = new ArrayList<>();
        jdbc.query("SELECT unit_code, year FROM fact_figure UNION SELECT unit_code, year FROM indicator_fact", rs -> {
            String code = rs.getString(1);
            int year = rs.getInt(2);
            String line = basis.carry(code, year);
            if (!line.equals(code)) {
                lines.add(new Object[] {code, year, line});
            }
        });
        jdbc.batchUpdate("INSERT INTO basis_line (unit_code, year, line) VALUES (?, ?, ?)", lines);
    }
}
