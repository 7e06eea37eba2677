package vn.tonghop.consolidate;

import vn.tonghop.config.Dates;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.config.Successions;
import vn.tonghop.config.Unit;
import vn.tonghop.config.Units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The units the schedules by unit list, those in force on a basis date, and the unit each reported figure is
 * carried into: along jobs/successions.csv from the unit that reported it, for the year it reported, to the one
 * in force on the basis date. A figure that cannot be carried there (a department closed with the district, a
 * unit set up after the basis date) keeps a line of its own, so the scope's totals do not depend on the date.
 * A line is keyed by its code when its unit is in force on the basis date, else by code and period ({@link #key}).
 */
public final class BasisUnits {

    private final Units units;
    private final Successions successions;
    private final LocalDate basis;

    public BasisUnits(Units units, Successions successions, LocalDate basis) {
        this.units = units;
        this.successions = successions;
        this.basis = basis;
    }

    /** The configured basis date, else the last day of the latest year consolidated. */
    public static BasisUnits of(JobsConfig config, Collection<Integer> yearsConsolidated) {
        LocalDate basis = config.report().basisDate() != null ? config.report().basisDate()
                : Dates.periodEnd(yearsConsolidated.stream().max(Integer::compare).orElse(config.tolerances().lastYear()), 0);
        return new BasisUnits(config.units(), config.successions(), basis);
    }

    public LocalDate basis() {
        return basis;
    }

    /** Whether units have periods; without them every figure stays on its unit's line. */
    public boolean dated() {
        return units.dated();
    }

    /** The line a figure that the unit of this code reported for this year is carried into. */
    public String carry(String code, Integer year) {
        return units.byCode(code, year).map(this::carryFrom).orElse(code);
    }

    private String carryFrom(Unit reported) {
        Unit u = reported;
        // A chain of successions ends where a unit is in force, or where none follows: at most one step per unit.
        for (int step = 0; step <= units.all().size() && !u.inForceOn(basis); step++) {
            Optional<Unit> next = u.validTo() != null && u.validTo().isBefore(basis)
                    ? successions.of(u).flatMap(s -> units.inForce(s.newCode(), s.effective())) : Optional.empty();
            if (next.isEmpty()) {
                return key(u);
            }
            u = next.get();
        }
        return key(u);
    }

    /** The figures with each unit code replaced by its line's; as they are without periods in units.csv. */
    public List<Fact> carried(List<Fact> facts) {
        if (!units.dated()) {
            return facts;
        }
        return facts.stream().map(f -> new Fact(carry(f.unitCode(), f.year()), f.leaf(), f.fund(), f.source(), f.year(),
                f.measure(), f.value(), f.file(), f.sheet(), f.cell())).toList();
    }

    /** The indicator figures carried likewise; a NONE indicator belongs to its unit and is not carried. */
    public List<IndicatorFact> carriedIndicators(List<IndicatorFact> facts, Predicate<String> carriedIndicator) {
        if (!units.dated()) {
            return facts;
        }
        return facts.stream().map(f -> !carriedIndicator.test(f.indicator()) ? f : new IndicatorFact(
                carry(f.unitCode(), f.year()), f.indicator(), f.year(), f.plan(), f.actual(), f.file(), f.sheet(), f.cell()))
                .toList();
    }

    /**
     * The line a figure reported once, not per year, is carried into: that of the unit the code meant in its term
     * (the year its unit began, where its code meant another before; 0 for the code's first unit).
     */
    public String carryTerm(String code, int term) {
        return termUnit(code, term).map(this::carryFrom).orElse(code);
    }

    /** The unit a code meant in a term, with its code and period: "Xã Mồ Sì San (03553, đến 30/06/2025)". */
    public String reportedBy(String code, int term) {
        return termUnit(code, term).map(Unit::dated).orElse(code);
    }

    private Optional<Unit> termUnit(String code, int term) {
        List<Unit> rows = units.allOf(code);
        return term == 0 ? rows.stream().filter(u -> u.validFrom() == null).findFirst().or(() -> rows.stream().findFirst())
                : rows.stream().filter(u -> u.validFrom() != null && u.validFrom().getYear() == term).findFirst();
    }

    /** The code of a unit in force on the basis date; with its period otherwise, as 03562 was two units. */
    public String key(Unit unit) {
        return unit.inForceOn(basis) ? unit.code() : unit.code() + "@" + unit.validFrom() + "/" + unit.validTo();
    }

    /**
     * The lines of a schedule by unit, in the units list's order: the units of the kind in force on the basis date,
     * and a line for every figure's line that is not one of them.
     */
    public List<String> lines(Predicate<Unit> kind, Collection<String> withFigures) {
        Set<String> lines = new LinkedHashSet<>();
        Set<String> figures = Set.copyOf(withFigures);
        for (Unit u : units.all()) {
            String key = key(u);
            if ((u.inForceOn(basis) && kind.test(u)) || figures.contains(key)) {
                lines.add(key);
            }
        }
        List<String> out = new ArrayList<>(lines);
        figures.stream().filter(k -> !lines.contains(k)).sorted().forEach(out::add);
        return out;
    }

    /** A line's unit, if units.csv lists it. */
    public Optional<Unit> unit(String key) {
        int at = key.indexOf('@');
        if (at < 0) {
            return units.inForce(key, basis).or(() -> units.byCode(key));
        }
        return units.allOf(key.substring(0, at)).stream().filter(u -> key(u).equals(key)).findFirst();
    }

    /**
     * What a line is called: the unit's name; with its code and period when it is not in force on the basis date;
     * marked (*) when it takes in units outside the scope, whose figures it does not hold.
     */
    public String label(String key) {
        Optional<Unit> unit = unit(key);
        if (unit.isEmpty()) {
            return key;
        }
        if (!unit.get().inForceOn(basis)) {
            return unit.get().dated();
        }
        return unit.get().name() + (successions.partlyOutside(unit.get(), units) ? " (*)" : "");
    }

    /** Whether any line carries a mark: the cover sheet then says what it means. */
    public boolean anyPartlyOutside() {
        return units.all().stream().anyMatch(u -> u.inForceOn(basis) && successions.partlyOutside(u, units));
    }
}
