package vn.tonghop.config;

import vn.tonghop.text.Fold;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
    private final Map<String, Unit> byCode = new HashMap<>();
    private final Map<String, Integer> order = new HashMap<>();

    public Units(List<Unit> units) {
        this.units = List.copyOf(units);
        for (Unit u : this.units) {
            byCode.putIfAbsent(u.code(), u);
            order.putIfAbsent(u.code(), order.size());
        }
    }

    /**
     * Refused, naming the file and line: a code listed twice (Biểu 2 then disagreed with indicators.csv about
     * which was meant), and a name or alias that names two units (a file would go to whichever came first).
     * Rows of one code, or one name for two codes, are allowed only with periods (valid_from, valid_to) that
     * do not overlap: after the 2025 reorganisation a code and a name may mean another unit.
     */
    static Units load(Path file) {
        List<Unit> units = new ArrayList<>();
        Map<String, CsvTable.Line> codes = new HashMap<>();
        Map<String, List<CsvTable.Line>> names = new HashMap<>();
        for (CsvTable.Line line : CsvTable.lines(file, "code", "name", "kind", "parent", "aliases", "reports")) {
            Map<String, String> row = line.cells();
            String code = row.get("code");
            if (code.isEmpty()) {
                throw new ConfigException(file + " line " + line.number() + ": a unit without a code");
            }
            CsvTable.Line same = codes.putIfAbsent(code, line);
            if (same != null && overlap(same.cells(), row)) {
                throw new ConfigException(file + " line " + line.number() + ": code " + code + " is listed again (line "
                        + same.number() + ")");
            }
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
            units.add(new Unit(code, row.get("name"), row.get("kind"), row.get("parent"), aliases,
                    parseOwed(file, code, row.get("reports"))));
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

    public Optional<Unit> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** A unit's place in the list, for sorting in the configured order; -1 for none or one not listed. */
    public int indexOf(String code) {
        return code == null ? -1 : order.getOrDefault(code, -1);
    }

    public String nameOf(String code) {
        return byCode(code).map(Unit::name).orElse("");
    }

    public Unit district() {
        return units.stream().filter(Unit::isDistrict).findFirst()
                .orElseThrow(() -> new ConfigException("jobs/units.csv has no unit of kind 'district'"));
    }
}
