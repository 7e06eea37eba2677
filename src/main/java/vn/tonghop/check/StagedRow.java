package vn.tonghop.check;

import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.staging.Measure;
import vn.tonghop.staging.RowRole;

import java.math.BigDecimal;
import java.util.Map;

/** A staged Biểu 01/VỐN row of a sheet in force, with where it came from. */
record StagedRow(long rowId, String unitCode, String file, String sheet, int year, int rowNo, String label,
                        RowRole role, String leaf, String fund, String source, int spanFirst, int spanLast,
                        Map<Measure, BigDecimal> values, int rateScale, Map<Measure, String> columns,
                        boolean unreadable) {

    public BigDecimal value(Measure m) {
        return values.get(m);
    }

    public String cell(Measure m) {
        String col = columns.get(m);
        return col == null ? null : col + rowNo;
    }

    /** carry_in + allocated where either was typed, else the typed total. */
    public BigDecimal available() {
        BigDecimal ci = value(Measure.CARRY_IN);
        BigDecimal al = value(Measure.ALLOCATED);
        if (ci == null && al == null) {
            return value(Measure.AVAILABLE);
        }
        return zero(ci).add(zero(al));
    }

    /** The typed carry_out, or available − disbursed − returned. */
    public BigDecimal carryOut() {
        BigDecimal typed = value(Measure.CARRY_OUT);
        if (typed != null) {
            return typed;
        }
        BigDecimal available = available();
        return zero(available).subtract(zero(value(Measure.DISBURSED))).subtract(zero(value(Measure.RETURNED)));
    }

    public boolean sameSheet(StagedRow other) {
        return file.equals(other.file) && sheet.equals(other.sheet);
    }

    static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    /** A finding about this row, placed on one of its cells. */
    public Finding.Builder finding(FindingCode code, Measure at) {
        return Finding.of(code).unit(unitCode).at(file, sheet, cell(at) == null ? firstCell() : cell(at))
                .leaf(leaf).year(year);
    }

    private String firstCell() {
        for (Measure m : Measure.values()) {
            if (columns.containsKey(m)) {
                return cell(m);
            }
        }
        return null;
    }
}
