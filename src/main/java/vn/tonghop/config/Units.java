package vn.tonghop.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
    private final Map<String, Unit> byCode = new java.util.HashMap<>();
    private final Map<String, Integer> order = new java.util.HashMap<>();

    public Units(List<Unit> units) {
        this.units = List.copyOf(units);
        for (Unit u : this.units) {
            byCode.putIfAbsent(u.code(), u);
            order.putIfAbsent(u.code(), order.size());
        }
    }

    static Units load(Path file) {
        List<Unit> units = new ArrayList<>();
        for (Map<String, String> row : CsvTable.read(file, "code", "name", "kind", "parent", "aliases", "reports")) {
            List<String> aliases = Arrays.stream(row.get("aliases").split(";")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
            units.add(new Unit(row.get("code"), row.get("name"), row.get("kind"), row.get("parent"), aliases,
                    parseOwed(file, row.get("code"), row.get("reports"))));
        }
        return new Units(units);
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
