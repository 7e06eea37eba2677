package vn.tonghop.report;

import vn.tonghop.consolidate.Fact;
import vn.tonghop.staging.Fund;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One unit's money for one leaf and fund, year by year, as its line in Phụ lục V and VI shows it: available
 * and disbursed by source, carry-out and returned, and the allocation over all years. A figure no fact gave is
 * null, a blank cell. Added up in one pass over the facts, rather than each line looking its totals up.
 */
final class UnitFundFigures {

    static final int AVAILABLE_NSTW = 0;
    static final int AVAILABLE_NSDP = 1;
    static final int DISBURSED_NSTW = 2;
    static final int DISBURSED_NSDP = 3;
    static final int CARRY_OUT = 4;
    static final int RETURNED = 5;

    private final BigDecimal[][] byYear;
    private BigDecimal allocated;

    private UnitFundFigures(int years) {
        this.byYear = new BigDecimal[years][RETURNED + 1];
    }

    /** {@code year} is the year's place in the schedules' list of years. */
    BigDecimal at(int year, int figure) {
        return byYear[year][figure];
    }

    BigDecimal allocated() {
        return allocated;
    }

    /** By {@link #key}, for the years given (every year a fact has), in their order. */
    static Map<String, UnitFundFigures> of(List<Fact> facts, List<Integer> years) {
        Map<Integer, Integer> place = new HashMap<>();
        for (int i = 0; i < years.size(); i++) {
            place.put(years.get(i), i);
        }
        Map<String, UnitFundFigures> all = new HashMap<>();
        Fact last = null;
        UnitFundFigures figures = null;
        for (Fact f : facts) {
            // Facts come by unit, leaf and fund, so a unit's figures for a leaf and fund are looked up once.
            if (last == null || !f.unitCode().equals(last.unitCode()) || !f.leaf().equals(last.leaf())
                    || !f.fund().equals(last.fund())) {
                figures = all.computeIfAbsent(key(f.fund(), f.leaf(), f.unitCode()), k -> new UnitFundFigures(years.size()));
            }
            last = f;
            figures.add(place.get(f.year()), f.measure(), f.source(), f.value());
        }
        return all;
    }

    static String key(String fund, String leaf, String unit) {
        return fund + '\u0000' + leaf + '\u0000' + unit;
    }

    private void add(int year, String measure, String source, BigDecimal value) {
        switch (measure) {
            case "available" -> bySource(year, source, AVAILABLE_NSTW, AVAILABLE_NSDP, value);
            case "disbursed" -> bySource(year, source, DISBURSED_NSTW, DISBURSED_NSDP, value);
            case "carry_out" -> add(year, CARRY_OUT, value);
            case "returned" -> add(year, RETURNED, value);
            case "allocated" -> allocated = allocated == null ? value : allocated.add(value);
            default -> {
                // Money brought in is shown by leaf, in Phụ lục IV, not by unit.
            }
        }
    }

    /** Only the two sources the schedules have columns for; money of no known source has no column by unit. */
    private void bySource(int year, String source, int central, int local, BigDecimal value) {
        if (Fund.NSTW.equals(source)) {
            add(year, central, value);
        } else if (Fund.NSDP.equals(source)) {
            add(year, local, value);
        }
    }

    private void add(int year, int figure, BigDecimal value) {
        BigDecimal[] row = byYear[year];
        row[figure] = row[figure] == null ? value : row[figure].add(value);
    }
}
