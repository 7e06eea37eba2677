package vn.tonghop.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * jobs/successions.csv, optional: which unit took over which on a date (Nghị quyết 1670/NQ-UBTVQH15 merged
 * Phong Thổ's 18 communes into 6 on 1 July 2025). {@code old} is the unit in force the day before {@code effective},
 * {@code successor} the one in force on it; a successor with a predecessor outside units.csv is partly outside the scope.
 */
public final class Successions {

    public record Succession(String oldCode, String newCode, LocalDate effective, String basis) {
    }

    public static final Successions NONE = new Successions(List.of());

    private final List<Succession> all;

    public Successions(List<Succession> all) {
        this.all = List.copyOf(all);
    }

    /** Refused naming the file and line: a succession whose old unit is not in force the day before it, or whose new one is not on it. */
    static Successions load(Path file, Units units) {
        if (!Files.exists(file)) {
            return NONE;
        }
        List<Succession> list = new ArrayList<>();
        for (CsvTable.Line line : CsvTable.lines(file, "old_code", "new_code", "effective")) {
            Map<String, String> row = line.cells();
            String where = file + " line " + line.number();
            LocalDate effective = Dates.parse(row.get("effective"), where);
            if (effective == null) {
                throw new ConfigException(where + ": a succession without an effective date");
            }
            Succession s = new Succession(row.get("old_code"), row.get("new_code"), effective, row.getOrDefault("basis", ""));
            // A code with no unit before the date is a unit outside the scope (03394 Thèn Sin of another district).
            boolean oldListed = units.allOf(s.oldCode()).stream()
                    .anyMatch(u -> u.validFrom() == null || u.validFrom().isBefore(effective));
            if (oldListed && units.inForce(s.oldCode(), effective.minusDays(1)).isEmpty()) {
                throw new ConfigException(where + ": unit " + s.oldCode() + " is not in force on " + effective.minusDays(1)
                        + ", the day before its succession by " + s.newCode());
            }
            if (units.inForce(s.newCode(), effective).isEmpty()) {
                throw new ConfigException(where + ": unit " + s.newCode() + " is not in force on " + effective
                        + ", the day it succeeds " + s.oldCode());
            }
            list.add(s);
        }
        return new Successions(list);
    }

    public List<Succession> all() {
        return all;
    }

    /** The succession of a unit that ended: the one that took effect the day after its last. */
    public Optional<Succession> of(Unit ended) {
        if (ended.validTo() == null) {
            return Optional.empty();
        }
        LocalDate next = ended.validTo().plusDays(1);
        return all.stream().filter(s -> s.oldCode().equals(ended.code()) && s.effective().equals(next)).findFirst();
    }

    /** Whether a successor takes in a unit that units.csv does not list: its figures are only the listed part's. */
    public boolean partlyOutside(Unit successor, Units units) {
        return successor.validFrom() != null && all.stream().anyMatch(s -> s.newCode().equals(successor.code())
                && s.effective().equals(successor.validFrom()) && units.inForce(s.oldCode(), s.effective().minusDays(1)).isEmpty());
    }
}
