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

    public Units(List<Unit> units) {
        this.units = List.copyOf(units);
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
        return units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    public String nameOf(String code) {
        return byCode(code).map(Unit::name).orElse("");
    }

    public Unit district() {
        return units.stream().filter(Unit::isDistrict).findFirst()
                .orElseThrow(() -> new ConfigException("jobs/units.csv has no unit of kind 'district'"));
    }
}
