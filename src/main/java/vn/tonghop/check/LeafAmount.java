package vn.tonghop.check;

import vn.tonghop.staging.Measure;
import vn.tonghop.staging.RowRole;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The money a unit booked to one leaf, fund and source in one year: the sum of its leaf rows. */
public record LeafAmount(String unitCode, String leaf, String fund, String source, int year, BigDecimal carryIn,
                         BigDecimal allocated, BigDecimal disbursed, BigDecimal returned, BigDecimal carryOut,
                         long firstRowId) {

    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<LeafAmount> ORDER = Comparator.comparing(LeafAmount::unitCode, TEXT)
            .thenComparing(LeafAmount::leaf, TEXT).thenComparing(LeafAmount::fund, TEXT)
            .thenComparing(LeafAmount::source, TEXT).thenComparingInt(LeafAmount::year);

    /**
     * The amounts of the rows the checks loaded, added up as the view pending_leaf_amount adds them up
     * for consolidation (a test holds the two together). Here rather than read from the database: the
     * rows are in memory already, and the view is only for the units whose facts are rebuilt.
     */
    public static List<LeafAmount> of(List<StagedRow> rows) {
        Map<List<Object>, LeafAmount> sums = new LinkedHashMap<>();
        for (StagedRow r : rows) {
            if (r.role() != RowRole.LEAF || r.fund() == null || r.leaf() == null) {
                continue;
            }
            BigDecimal carryIn = zero(r.value(Measure.CARRY_IN));
            BigDecimal allocated = zero(r.value(Measure.ALLOCATED));
            BigDecimal disbursed = zero(r.value(Measure.DISBURSED));
            BigDecimal returned = zero(r.value(Measure.RETURNED));
            BigDecimal carryOut = Objects.requireNonNullElse(r.value(Measure.CARRY_OUT),
                    carryIn.add(allocated).subtract(disbursed).subtract(returned));
            LeafAmount row = new LeafAmount(r.unitCode(), r.leaf(), r.fund(), r.source(), r.year(), carryIn, allocated,
                    disbursed, returned, carryOut, r.rowId());
            sums.merge(Arrays.asList(r.unitCode(), r.leaf(), r.fund(), r.source(), r.year()), row, LeafAmount::plus);
        }
        List<LeafAmount> out = new ArrayList<>(sums.values());
        out.sort(ORDER);
        return out;
    }

    private LeafAmount plus(LeafAmount o) {
        return new LeafAmount(unitCode, leaf, fund, source, year, carryIn.add(o.carryIn), allocated.add(o.allocated),
                disbursed.add(o.disbursed), returned.add(o.returned), carryOut.add(o.carryOut), Math.min(firstRowId, o.firstRowId));
    }

    private static BigDecimal zero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
