package vn.tonghop.check;

import vn.tonghop.staging.Measure;
import vn.tonghop.staging.RowRole;
import vn.tonghop.testdata.TestConfig;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Staged rows for rule tests, laid out in the columns of the district's form (F carry_in … L returned). */
final class Rows {

    private static final AtomicLong IDS = new AtomicLong();
    private static final Map<Measure, String> COLUMNS = new EnumMap<>(Map.of(Measure.CARRY_IN, "F", Measure.ALLOCATED, "G",
            Measure.AVAILABLE, "H", Measure.DISBURSED, "I", Measure.RATE, "J", Measure.CARRY_OUT, "K", Measure.RETURNED, "L"));

    private Rows() {
    }

    static StagedRow leaf(String unit, int year, int rowNo, String leaf, String fund, Object... measureValues) {
        return row(unit, year, rowNo, RowRole.LEAF, leaf, fund, 0, 0, 0, measureValues);
    }

    static StagedRow subtotal(String unit, int year, int rowNo, RowRole role, String leaf, int first, int last,
                              Object... measureValues) {
        return row(unit, year, rowNo, role, leaf, null, first, last, 0, measureValues);
    }

    static StagedRow withRate(StagedRow r, String rate) {
        Map<Measure, BigDecimal> values = new EnumMap<>(r.values());
        BigDecimal v = new BigDecimal(rate);
        values.put(Measure.RATE, v);
        return new StagedRow(r.rowId(), r.unitCode(), r.file(), r.sheet(), r.year(), r.rowNo(), r.label(), r.role(),
                r.leaf(), r.fund(), r.source(), r.spanFirst(), r.spanLast(), values, Math.max(0, v.scale()), r.columns(),
                r.unreadable());
    }

    /** measureValues alternates a Measure and a number. */
    private static StagedRow row(String unit, int year, int rowNo, RowRole role, String leaf, String fund, int first,
                                 int last, int rateScale, Object... measureValues) {
        Map<Measure, BigDecimal> values = new EnumMap<>(Measure.class);
        for (int i = 0; i < measureValues.length; i += 2) {
            values.put((Measure) measureValues[i], new BigDecimal(measureValues[i + 1].toString()));
        }
        return new StagedRow(IDS.incrementAndGet(), unit, unit + ".xlsx", String.valueOf(year), year, rowNo, "row " + rowNo,
                role, leaf, fund, "NSTW", first, last, values, rateScale, COLUMNS, false);
    }

    static CheckInput input(List<StagedRow> rows) {
        return new CheckInput(TestConfig.jobs(), rows, List.of(), Set.of(), List.of());
    }

    static CheckInput input(List<StagedRow> rows, List<LeafAmount> amounts, Set<String> reported) {
        return new CheckInput(TestConfig.jobs(), rows, amounts, reported, List.of());
    }
}
