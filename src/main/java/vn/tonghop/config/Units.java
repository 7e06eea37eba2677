package vn.tonghop.config;

import vn.tonghop.text.Fold;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** The reporting units of jobs/units.csv, with the columns of the spec's units-phong-tho.csv. */
public final class Units {

    private static final Pattern OWED = Pattern.compile("^(\\S+)(?:\\s+(\\d{4})(?:\\s*-\\s*(\\d{4}))?)?$");

    private final List<Unit> units;
    /** Each code's rows, the one in force last at the end: a code asked for with no date means its current unit. */
    private final Map<String, List<Unit>> byCode = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();
    /** Asked for every sheet of a night: worked out once. */
    private final boolean dated;

    public Units(List<Unit> units) {
        this.units = List.copyOf(units);
        this.dated = this.units.stream().anyMatch(u -> u.validFrom() != null || u.validTo() != null);
        for (Unit u : this.units) {
            byCode.computeIfAbsent(u.code(), k -> new ArrayList<>()).add(u);
            order.putIfAbsent(u.code(), order.size());
        }
        byCode.values().forEach(rows -> rows.sort(Comparator.comparing(Unit::validFrom,
                Comparator.nullsFirst(Comparator.naturalOrder()))));
    }

    /**
     * Refused, naming the file and line: a code listed twice (Biểu 2 then disagreed with indicators.csv about
     * which was meant), and a name or alias that names two units (a file would go to whichever came first).
     * Rows of one code, or one name for two codes, are allowed only with periods (valid_from, valid_to) that
     * do not overlap: after the 2025 reorganisation a code and a name may mean another unit.
     */
    static Units load(Path file) {
        List<Unit> units = new ArrayList<>();
        Map<String, List<CsvTable.Line>> codes = new HashMap<>();
        Map<String, List<CsvTable.Line>> names = new HashMap<>();
        for (CsvTable.Line line : CsvTable.lines(file, "code", "name", "kind", "parent", "aliases", "reports")) {
            Map<String, String> row = line.cells();
            String code = row.get("code");
            if (code.isEmpty()) {
                throw new ConfigException(file + " line " + line.number() + ": a unit without a code");
            }
            for (CsvTable.Line same : codes.computeIfAbsent(code, k -> new ArrayList<>())) {
                if (overlap(same.cells(), row)) {
                    throw new ConfigException(file + " line " + line.number() + ": code " + code
                            + " is listed again with a period that overlaps line " + same.number());
                }
            }
            codes.get(code).add(line);
            List<String> aliases = Arrays.stream(row.get("aliases").split(";")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            List<String> named = new ArrayList<>(aliases);
            named.add(row.get("name"));
            for (String name : named) {
                List<CsvTable.Line> holders = names.computeIfAbsent(Fold.key(name), k -> new ArrayList<>());
                for (CsvTable.Line other : holders) {
                    if (!other.cells().get("code").equals(code) && overlap(other.cells(), row)) {
                        throw new ConfigException(file + " line " + line.number() + ": the name or alias '" + name
                                + "' of unit " + code + " also names unit " + other.cells().get("code") + " (line "
                                + other.number() + ")");
                    }
                }
                holders.add(line);
            }
            String where = file + " line " + line.number();
            LocalDate from = Dates.parse(row.get("valid_from"), where);
            LocalDate to = Dates.parse(row.get("valid_to"), where);
            if (from != null && to != null && to.isBefore(from)) {
                throw new ConfigException(where + ": unit " + code + " ends (" + to + ") before it begins (" + from + ")");
            }
            units.add(new Unit(code, row.get("name"), row.get("kind"), row.get("parent"), aliases,
                    parseOwed(file, code, row.get("reports")), from, to));
        }
        return new Units(units);
    }

    /** Two rows of one code overlap unless both carry periods that do not ("" is open-ended). */
    private static boolean overlap(Map<String, String> a, Map<String, String> b) {
        if (!a.containsKey("valid_from") || !a.containsKey("valid_to")) {
            return true;
        }
        String aFrom = a.get("valid_from");
        String aTo = a.get("valid_to").isEmpty() ? "9999-12-31" : a.get("valid_to");
        String bFrom = b.get("valid_from");
        String bTo = b.get("valid_to").isEmpty() ? "9999-12-31" : b.get("valid_to");
        return aFrom.compareTo(bTo) <= 0 && bFrom.compareTo(aTo) <= 0;
    }

    static List<Unit.OwedForm> parseOwed(Path file, String unit, String reports) {
        List<Unit.OwedForm> owed = new ArrayList<>();
        for (String part : reports.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = OWED.matcher(part.strip());
            if (!m.matches()) {
                throw new ConfigException(file + ": unit " + unit + " has an unreadable reports entry '" + part + "'");
            }
            List<Integer> years = List.of();
            if (m.group(2) != null) {
                int first = Integer.parseInt(m.group(2));
                int last = m.group(3) == null ? first : Integer.parseInt(m.group(3));
                years = IntStream.rangeClosed(first, last).boxed().toList();
            }
            owed.add(new Unit.OwedForm(m.group(1), years));
        }
        return owed;
    }

    public List<Unit> all() {
        return units;
    }

    /** Each code once, in the list's order: 03562 is one line of a list by code, under both its names. */
    public List<String> codes() {
        return units.stream().map(Unit::code).distinct().toList();
    }

    /** The code's unit; of a code that meant two units, the later. */
    public Optional<Unit> byCode(String code) {
        List<Unit> rows = allOf(code);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
    }

    /** The code's unit for a year: the one in force on its last day, else the last one in force during it. */
    public Optional<Unit> byCode(String code, Integer year) {
        List<Unit> rows = allOf(code);
        // Most codes are one unit: asked for each of a national night's figures, that answer is at hand.
        if (year == null || rows.size() <= 1) {
            return byCode(code);
        }
        LocalDate end = Dates.periodEnd(year, 0);
        return rows.stream().filter(u -> u.inForceOn(end)).findFirst()
                .or(() -> rows.stream().filter(u -> u.inForceIn(year)).reduce((a, b) -> b))
                .or(() -> byCode(code));
    }

    /** Every unit the code was, the earliest first. */
    public List<Unit> allOf(String code) {
        return code == null ? List.of() : byCode.getOrDefault(code, List.of());
    }

    /** The code's unit in force on a day, if any. */
    public Optional<Unit> inForce(String code, LocalDate day) {
        return allOf(code).stream().filter(u -> u.inForceOn(day)).findFirst();
    }

    /** Whether any unit carries a period: without, everything behaves as before the reorganisation. */
    public boolean dated() {
        return dated;
    }

    /** A unit's place in the list, for sorting in the configured order; -1 for none or one not listed. */
    public int indexOf(String code) {
        return code == null ? -1 : order.getOrDefault(code, -1);
    }

    /** The code's name; of a code that meant two units, both ("Xã Vàng Ma Chải / Xã Sì Lở Lầu"), where no year says which. */
    public String nameOf(String code) {
        List<Unit> rows = allOf(code);
        return rows.size() == 1 ? rows.get(0).name() : String.join(" / ", rows.stream().map(Unit::name).distinct().toList());
    }

    /** The name of the unit the code meant in that year: 03562 is Xã Vàng Ma Chải in 2024, Xã Sì Lở Lầu in 2025. */
    public String nameOf(String code, Integer year) {
        return byCode(code, year).map(Unit::name).orElse("");
    }

    public Unit district() {
        return units.stream().filter(Unit::isDistrict).findFirst()
                .orElseThrow(() -> new ConfigException("jobs/units.csv has no unit of kind 'district'"));
    }
}
