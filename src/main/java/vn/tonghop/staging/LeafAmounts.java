package vn.tonghop.staging;

/**
 * The money each unit booked to a leaf, fund and source in a year: the sum of its leaf rows in force, written once
 * here, for consolidation to store as facts and for the checks to compare. A row's carry-out is the one it typed,
 * or its money less what it disbursed and returned.
 */
public final class LeafAmounts {

    private LeafAmounts() {
    }

    /**
     * The amounts of the sheets in force in {@code sheets} (a FROM clause that names them s), as columns unit_code, leaf,
     * fund, source, year, carry_in, allocated, disbursed, returned, carry_out and first_row_id.
     */
    public static String of(String sheets) {
        return "SELECT s.unit_code, r.leaf, r.fund, r.source, s.year,"
                + " COALESCE(SUM(r.carry_in), 0) AS carry_in,"
                + " COALESCE(SUM(r.allocated), 0) AS allocated,"
                + " COALESCE(SUM(r.disbursed), 0) AS disbursed,"
                + " COALESCE(SUM(r.returned), 0) AS returned,"
                + " COALESCE(SUM(COALESCE(r.carry_out, COALESCE(r.carry_in, 0) + COALESCE(r.allocated, 0)"
                + " - COALESCE(r.disbursed, 0) - COALESCE(r.returned, 0))), 0) AS carry_out,"
                + " MIN(r.row_id) AS first_row_id"
                + " FROM " + sheets + " JOIN capital_row r ON r.sheet_id = s.sheet_id"
                + " WHERE s.in_force AND r.role = 'LEAF' AND r.fund IS NOT NULL AND r.leaf IS NOT NULL"
                + " GROUP BY s.unit_code, r.leaf, r.fund, r.source, s.year";
    }

    /** The sheets in force of the units in unit_pending, joined from that table: a filter on a view read them all. */
    public static final String PENDING = "unit_pending p JOIN received_sheet s ON s.unit_code = p.unit_code AND s.in_force";

    /** Every sheet in force. */
    public static final String IN_FORCE = "received_sheet s";
}
