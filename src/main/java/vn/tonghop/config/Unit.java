package vn.tonghop.config;

import java.time.LocalDate;
import java.util.List;

/**
 * A reporting unit of jobs/units.csv, in force from {@code validFrom} to {@code validTo} inclusive (null: open).
 * Since the 2025 reorganisation one code may be two units in two periods, so a unit is its code and its period.
 *
 * @param owed the forms it must send, each with the years it owes them for (empty: once, any year)
 */
public record Unit(String code, String name, String kind, String parent, List<String> aliases, List<OwedForm> owed,
                   LocalDate validFrom, LocalDate validTo) {

    public record OwedForm(String form, List<Integer> years) {
    }

    /** An undated unit, in force at any time: units.csv without the period columns. */
    public Unit(String code, String name, String kind, String parent, List<String> aliases, List<OwedForm> owed) {
        this(code, name, kind, parent, aliases, owed, null, null);
    }

    public boolean isDistrict() {
        return "district".equals(kind);
    }

    public boolean isCommune() {
        return "commune".equals(kind) || "town".equals(kind) || "ward".equals(kind);
    }

    public boolean inForceOn(LocalDate day) {
        return day == null || ((validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo)));
    }

    /** Whether it was in force on any day of the year. */
    public boolean inForceIn(int year) {
        return (validFrom == null || validFrom.getYear() <= year) && (validTo == null || validTo.getYear() >= year);
    }

    /** "Xã Sì Lở Lầu (03562, từ 01/07/2025)": a unit told apart from another of its code or name. */
    public String dated() {
        String period = validFrom == null && validTo == null ? ""
                : validFrom == null ? ", đến " + Dates.shown(validTo)
                : validTo == null ? ", từ " + Dates.shown(validFrom)
                : ", " + Dates.shown(validFrom) + "–" + Dates.shown(validTo);
        return name + " (" + code + period + ")";
    }
}
