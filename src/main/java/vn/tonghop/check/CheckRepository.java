package vn.tonghop.check;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.finding.Decimals;
import vn.tonghop.staging.LeafAmounts;
import vn.tonghop.staging.Measure;
import vn.tonghop.staging.RowRole;
import vn.tonghop.staging.SheetsInForce;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Loads what the checks look at from the staging store. */
public final class CheckRepository {

    private final JdbcTemplate jdbc;

    public CheckRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Everything in force. */
    public CheckInput load(JobsConfig config) {
        return load(config, "capital_row r JOIN sheet_in_force s ON s.sheet_id = r.sheet_id", "sheet_in_force s",
                LeafAmounts.IN_FORCE);
    }

    /**
     * Only what is in force for the units in unit_pending. Joined from that table to the base tables:
     * a filter on the view, or an IN over it, made the database read every unit's rows.
     */
    public CheckInput loadPending(JobsConfig config) {
        String sheets = LeafAmounts.PENDING + " JOIN received_file f ON f.file_id = s.file_id";
        return load(config, sheets + " JOIN capital_row r ON r.sheet_id = s.sheet_id", sheets, LeafAmounts.PENDING);
    }

    private CheckInput load(JobsConfig config, String rowsFrom, String sheetsFrom, String amountsOf) {
        // "path" unqualified: the view has it, and of the base tables only received_file.
        List<StagedRow> rows = jdbc.query(ROW_COLUMNS + " FROM " + rowsFrom
                + " ORDER BY s.unit_code, s.year, path, s.sheet_name, r.row_no", CheckRepository::row);
        Set<String> reported = new HashSet<>(jdbc.query(
                "SELECT DISTINCT s.unit_code, s.year FROM " + sheetsFrom + " WHERE s.form = '01/VỐN'",
                (rs, i) -> CheckInput.unitYear(rs.getString("unit_code"), rs.getInt("year"))));
        List<RegisterEntry> register = jdbc.query("SELECT g.*, f.path, s.sheet_name, s.unit_code AS reporter FROM register_row g"
                + SheetsInForce.joinedFrom("g") + " ORDER BY f.path, s.sheet_name, g.row_no",
                (rs, i) -> new RegisterEntry(rs.getBoolean("is_plan"), rs.getString("unit_code") == null ? rs.getString("reporter") : rs.getString("unit_code"), rs.getString("node"),
                        rs.getString("fund"), rs.getString("source"), rs.getInt("year"), rs.getBigDecimal("amount").stripTrailingZeros(),
                        rs.getString("path"), rs.getString("sheet_name"), rs.getString("cell"), rs.getString("decision")));
        // Added up by the query consolidation stores its facts with: one sum of the rows, not a second one here.
        List<LeafAmount> amounts = jdbc.query(LeafAmounts.of(amountsOf)
                + " ORDER BY unit_code, leaf NULLS FIRST, fund NULLS FIRST, source NULLS FIRST, year",
                (rs, i) -> new LeafAmount(rs.getString("unit_code"), rs.getString("leaf"), rs.getString("fund"),
                        rs.getString("source"), rs.getInt("year"), Decimals.stripped(rs.getBigDecimal("carry_in")),
                        Decimals.stripped(rs.getBigDecimal("allocated")), Decimals.stripped(rs.getBigDecimal("disbursed")),
                        Decimals.stripped(rs.getBigDecimal("returned")), Decimals.stripped(rs.getBigDecimal("carry_out")),
                        rs.getLong("first_row_id")));
        return new CheckInput(config, rows, amounts, reported, register);
    }

    /** The steering committees and documents of the sheets in force, of every unit: a few rows each. */
    public FormsInput loadForms(JobsConfig config) {
        List<StagedCommittee> committees = jdbc.query("SELECT c.row_no, c.unit_code, c.established, c.decision,"
                + " s.unit_code AS reporter, f.path, s.sheet_name FROM committee_row c" + SheetsInForce.joinedFrom("c")
                + " ORDER BY f.path, s.sheet_name, c.row_no",
                (rs, i) -> new StagedCommittee(rs.getString("unit_code"), rs.getString("reporter"), rs.getString("path"),
                        rs.getString("sheet_name"), rs.getInt("row_no"), (Boolean) rs.getObject("established"),
                        rs.getString("decision")));
        List<StagedDocument> documents = jdbc.query("SELECT d.row_no, d.number, d.number_key, d.issuer, d.issuer_key, d.date_text,"
                + " d.summary, s.unit_code AS reporter, f.path, s.sheet_name FROM document_row d" + SheetsInForce.joinedFrom("d")
                + " ORDER BY f.path, s.sheet_name, d.row_no",
                (rs, i) -> new StagedDocument(rs.getString("reporter"), rs.getString("path"), rs.getString("sheet_name"),
                        rs.getInt("row_no"), rs.getString("number"), rs.getString("date_text"), rs.getString("summary"),
                        rs.getString("issuer"), rs.getString("number_key") + "|" + rs.getString("issuer_key")));
        return new FormsInput(config, committees, documents);
    }

    public IndicatorInput loadIndicators(JobsConfig config) {
        List<StagedIndicator> values = jdbc.query("SELECT v.*, s.unit_code, f.path, s.sheet_name FROM indicator_value v"
                + SheetsInForce.joinedFrom("v") + " ORDER BY s.unit_code, v.indicator, v.year, f.path, v.row_no",
                (rs, i) -> new StagedIndicator(rs.getString("unit_code"), rs.getString("path"), rs.getString("sheet_name"),
                        rs.getInt("row_no"), rs.getString("indicator"), rs.getInt("year"), Decimals.stripped(rs.getBigDecimal("plan")),
                        Decimals.stripped(rs.getBigDecimal("actual")), Decimals.stripped(rs.getBigDecimal("rate")), rs.getInt("rate_scale"),
                        rs.getString("plan_cell"), rs.getString("actual_cell"), rs.getString("rate_cell")));
        List<StagedCumulative> totals = jdbc.query("SELECT t.*, s.unit_code, f.path, s.sheet_name FROM indicator_total t"
                + SheetsInForce.joinedFrom("t") + " ORDER BY s.unit_code, t.indicator, f.path, t.row_no",
                (rs, i) -> new StagedCumulative(rs.getString("unit_code"), rs.getString("path"), rs.getString("sheet_name"),
                        rs.getInt("row_no"), rs.getString("indicator"), Decimals.stripped(rs.getBigDecimal("cumulative")),
                        rs.getString("cell"), rs.getInt("first_year"), rs.getInt("last_year")));
        return new IndicatorInput(config, values, totals);
    }

    /**
     * The columns {@link #row} reads, by place: a national night reads 150,000 rows, and looking each
     * of their 29 values up by name was a good part of loading them.
     */
    private static final String ROW_COLUMNS = "SELECT r.row_id, s.unit_code, path, s.sheet_name, s.year, r.row_no,"
            + " r.label, r.role, r.leaf, r.fund, r.source, r.span_first, r.span_last, r.rate_scale, r.unreadable"
            + Arrays.stream(Measure.values()).map(m -> ", r." + m.field() + ", s.col_" + m.field())
                    .collect(Collectors.joining());
    private static final int FIRST_MEASURE = 16;

    private static StagedRow row(ResultSet rs, int i) throws SQLException {
        Map<Measure, BigDecimal> values = new EnumMap<>(Measure.class);
        Map<Measure, String> columns = new EnumMap<>(Measure.class);
        int at = FIRST_MEASURE;
        for (Measure m : Measure.values()) {
            BigDecimal v = rs.getBigDecimal(at++);
            if (v != null) {
                values.put(m, v.stripTrailingZeros());
            }
            String col = rs.getString(at++);
            if (col != null) {
                columns.put(m, col);
            }
        }
        return new StagedRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                rs.getString(7), RowRole.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10), rs.getString(11),
                rs.getInt(12), rs.getInt(13), values, rs.getInt(14), columns, rs.getBoolean(15));
    }
}
