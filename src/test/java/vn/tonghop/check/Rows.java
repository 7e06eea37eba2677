package vn.tonghop.check;

import vn.tonghop.staging.Measure;
import vn.tonghop.staging.RowRole;
import vn.tonghop.testdata.TestConfig;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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

    /**
     * The leaf amounts of staged rows, added up as LeafAmounts adds them up in the database, for rule tests that have
     * no database; ProvinceNightTest holds the database's to consolidation's.
     */
    static List<LeafAmount> amounts(List<StagedRow> rows) {
        Map<List<Object>, LeafAmount> sums = new LinkedHashMap<>();
        for (StagedRow r : rows) {
            if (r.role() != RowRole.LEAF || r.fund() == null || r.leaf() == null) {
                continue;
            }
            BigDecimal carryIn = StagedRow.zero(r.value(Measure.CARRY_IN));
            BigDecimal allocated = StagedRow.zero(r.value(Measure.ALLOCATED));
            BigDecimal disbursed = StagedRow.zero(r.value(Measure.DISBURSED));
            BigDecimal returned = StagedRow.zero(r.value(Measure.RETURNED));
            BigDecimal carryOut = r.value(Measure.CARRY_OUT) != null ? r.value(Measure.CARRY_OUT)
                    : carryIn.add(allocated).subtract(disbursed).subtract(returned);
            LeafAmount row = new LeafAmount(r.unitCode(), r.leaf(), r.fund(), r.source(), r.year(), carryIn, allocated,
                    disbursed, returned, carryOut, r.rowId());
            sums.merge(Arrays.asList(r.unitCode(), r.leaf(), r.fund(), r.source(), r.year()), row, (a, b) -> new LeafAmount(
                    a.unitCode(), a.leaf(), a.fund(), a.source(), a.year(), a.carryIn().add(b.carryIn()),
                    a.allocated().add(b.allocated()), a.disbursed().add(b.disbursed()), a.returned().add(b.returned()),
                    a.carryOut().add(b.carryOut()), Math.min(a.firstRowId(), b.firstRowId())));
        }
        return new ArrayList<>(sums.values());
    }
}
