package vn.tonghop.intake.table;

import vn.tonghop.config.Unit;
import vn.tonghop.config.Units;
import vn.tonghop.text.Fold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the reporting unit a clerk named. "UBND xã Mường So", "Xã Mường so", "MUONG SO" and
 * "Mường Só" are one commune: case, diacritics, spacing and the leading words "UBND", "xã",
 * "thị trấn" do not count. A name that fits no unit, or more than one, is no match: we never guess.
 * Since the 2025 reorganisation a name or code may mean one unit until 30/6/2025 and another after
 * ("Xã Sì Lở Lầu" is 03550, then 03562): it is resolved among the units in force on the last day of
 * the report's period.
 */
public final class UnitMatcher {

    /** A name resolved for a day: to a unit in force then, or to one closed before or opened after it. */
    public record Resolution(Unit unit, Kind kind, List<Unit> otherMeanings) {

        public enum Kind { IN_FORCE, CLOSED, NOT_YET }

        public String code() {
            return unit.code();
        }
    }

    private static final List<String> LEADING = List.of("uy ban nhan dan", "ubnd", "thi tran", "xa");
    private static final List<String> TRAILING = List.of("huyen");
    private static final List<String> LEADING_WORDS = LEADING.stream().map(lead -> lead + " ").toList();
    private static final List<String> LEADING_LETTERS = LEADING.stream().map(lead -> lead.replace(" ", "")).toList();

    private final Map<String, Set<Unit>> unitsByKey = new HashMap<>();
    /**
     * The same by {@link #spelt} keys, asked only when the name as written names no unit: kept apart, so that
     * two units whose names differ by an i or a y are still told apart when spelt as listed, and a
     * letter-spaced heading, whose syllables are lost, is still compared as spelt.
     */
    private final Map<String, Set<Unit>> unitsBySpelling = new HashMap<>();

    /** Each unit's resolution when its name means it alone: made once, as names are resolved for every sheet. */
    private final Map<Unit, Optional<Resolution>> alone = new IdentityHashMap<>();

    public UnitMatcher(Units units) {
        for (Unit unit : units.all()) {
            add(unit.name(), unit);
            add(unit.code(), unit);
            unit.aliases().forEach(alias -> add(alias, unit));
            alone.put(unit, Optional.of(new Resolution(unit, Resolution.Kind.IN_FORCE, List.of())));
        }
    }

    private void add(String name, Unit unit) {
        String key = key(name);
        if (!key.isEmpty()) {
            unitsByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(unit);
            unitsBySpelling.computeIfAbsent(spelt(name), k -> new LinkedHashSet<>()).add(unit);
        }
    }

    /** "Ban quản lí" as "Ban quản lý": {@link #key} with i spelt y where both are in use. */
    private static String spelt(String name) {
        return key(Fold.yForI(Fold.words(name)));
    }

    static String key(String name) {
        String w = withoutLeading(Fold.words(name), LEADING_WORDS);
        for (String trail : TRAILING) {
            if (w.endsWith(" " + trail)) {
                w = w.substring(0, w.length() - trail.length() - 1);
            }
        }
        return w.replace(" ", "");
    }

    /** The text without the leading words, however many come and in whatever order ("UBND xã …"). */
    private static String withoutLeading(String text, List<String> prefixes) {
        String s = text;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String prefix : prefixes) {
                if (s.length() > prefix.length() && s.startsWith(prefix)) {
                    s = s.substring(prefix.length());
                    changed = true;
                }
            }
        }
        return s;
    }

    /**
     * Whether a file name also names the place a district is named after: "PhongTho_2023.xlsx" names
     * both Huyện Phong Thổ and Thị trấn Phong Thổ, its seat.
     */
    public static boolean namesPlaceOf(String fileName, String districtName) {
        String place = Fold.words(districtName).replaceFirst("^(ubnd |uy ban nhan dan )?(huyen|thi xa|thanh pho|quan) ", "")
                .replace(" ", "");
        return !place.isEmpty() && Fold.key(fileName).contains(place);
    }

    /** The unit code for a name as typed in a header line or cell, at any time: a name of two units is none. */
    public Optional<String> match(String name) {
        return resolve(name, null).map(Resolution::code);
    }

    /** The code of the unit in force on the day that a name means; none for one closed or not yet set up. */
    public Optional<String> codeInForce(String name, LocalDate day) {
        return resolve(name, day).filter(r -> r.kind() == Resolution.Kind.IN_FORCE).map(Resolution::code);
    }

    /**
     * The unit a name or code means on a day (null: any day, as long as it names one code). In force then wins;
     * failing that, the unit it named before (closed) or will name (not yet). Two codes in force: no match.
     */
    public Optional<Resolution> resolve(String name, LocalDate day) {
        Optional<Resolution> found = named(name, day);
        if (found.isEmpty()) {
            // "PHÒNG LĐTB&XH HUYỆN PHONG THỔ", "Xã Mường So, huyện Phong Thổ": the unit, then where it is.
            Matcher place = OF_PLACE.matcher(Fold.words(name));
            if (place.find() && place.start() > 0) {
                found = named(Fold.words(name).substring(0, place.start()), day);
            }
        }
        return found.isPresent() || !letterSpaced(name) ? found : lookup(unitsByKey.get(spacedKey(name)), day);
    }

    private Optional<Resolution> named(String name, LocalDate day) {
        return lookup(unitsByKey.get(key(name)), day).or(() -> lookup(unitsBySpelling.get(spelt(name)), day));
    }

    private static final Pattern OF_PLACE = Pattern.compile(" (?:huyen|thi xa|thanh pho|tinh) \\S.*$");

    private Optional<Resolution> lookup(Set<Unit> units, LocalDate day) {
        if (units == null || units.isEmpty()) {
            return Optional.empty();
        }
        if (units.size() == 1) {
            Unit only = units.iterator().next();
            if (only.inForceOn(day)) {
                return alone.get(only);
            }
        }
        List<Unit> all = List.copyOf(units);
        if (day == null) {
            // Undated, the code's latest unit: a form with no year is taken as sent by the unit in force now.
            Set<String> codes = codes(all);
            List<Unit> latest = codes.size() == 1 ? all : all.stream().filter(u -> u.validTo() == null).toList();
            return codes(latest).size() == 1 ? Optional.of(resolved(latest.get(latest.size() - 1), Resolution.Kind.IN_FORCE, all))
                    : Optional.empty();
        }
        List<Unit> inForce = all.stream().filter(u -> u.inForceOn(day)).toList();
        if (!inForce.isEmpty()) {
            return codes(inForce).size() == 1 ? Optional.of(resolved(inForce.get(0), Resolution.Kind.IN_FORCE, all))
                    : Optional.empty();
        }
        if (codes(all).size() != 1 && all.stream().map(u -> u.validTo() != null && u.validTo().isBefore(day)).distinct().count() > 1) {
            return Optional.empty();
        }
        Unit nearest = all.stream().filter(u -> u.validTo() != null && u.validTo().isBefore(day)).reduce((a, b) -> b)
                .orElse(all.get(0));
        boolean closed = nearest.validTo() != null && nearest.validTo().isBefore(day);
        return Optional.of(resolved(nearest, closed ? Resolution.Kind.CLOSED : Resolution.Kind.NOT_YET, all));
    }

    /** The other units the name meant in other periods; one of the same code and name is the same unit renewed. */
    private static Resolution resolved(Unit unit, Resolution.Kind kind, List<Unit> all) {
        List<Unit> others = all.stream().filter(u -> !u.code().equals(unit.code()) || !key(u.name()).equals(key(unit.name())))
                .toList();
        return new Resolution(unit, kind, others);
    }

    private static Set<String> codes(List<Unit> units) {
        Set<String> codes = new HashSet<>();
        units.forEach(u -> codes.add(u.code()));
        return codes;
    }

    /**
     * "U B N D  X Ã  M Ư Ờ N G  S O": a heading spread out with a space after every letter, as clerks
     * widen a title. Most of its words are single letters, and its word boundaries are lost.
     */
    static boolean letterSpaced(String name) {
        String[] words = Fold.words(name).split(" ");
        int single = 0;
        for (String w : words) {
            single += w.length() == 1 ? 1 : 0;
        }
        return single >= 4 && single * 2 > words.length;
    }

    /** A letter-spaced name's key: its letters run together, the leading words taken off as letters. */
    static String spacedKey(String name) {
        String k = withoutLeading(Fold.key(name), LEADING_LETTERS);
        return k.endsWith("huyen") ? k.substring(0, k.length() - "huyen".length()) : k;
    }

    /**
     * The unit named by a file name such as {@code MuongSo_2023.xlsx} or {@code Mường So - von.xls}:
     * the longest run of leading words that names exactly one unit. Failing that, as in
     * {@code BC_GNBV_2023_MuongSo.xlsx}, the longest run anywhere that names one, provided no other
     * run as long names another.
     */
    public Optional<String> matchFileName(String fileName) {
        return resolveFileName(fileName, null).map(Resolution::code);
    }

    /** {@link #matchFileName}, resolved for a day as {@link #resolve} does. */
    public Optional<Resolution> resolveFileName(String fileName, LocalDate day) {
        String base = fileName.replaceFirst("\\.[^.]+$", "");
        // "BaoCao_XaMuongSo_2023", "MUONGSO2023": words run together are apart at a capital or a figure.
        String[] parts = base.split("[_\\-.\\s()]+|(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{L})(?=\\d)|(?<=\\d)(?=\\p{L})");
        List<String> words = new ArrayList<>();
        for (String p : parts) {
            if (!p.isBlank() && !p.matches("\\d+")) {
                words.add(p);
            }
        }
        for (int end = words.size(); end > 0; end--) {
            Optional<Resolution> m = resolve(String.join(" ", words.subList(0, end)), day);
            if (m.isPresent()) {
                return m;
            }
        }
        for (int length = words.size() - 1; length > 0; length--) {
            Map<String, Resolution> named = new HashMap<>();
            for (int start = 1; start + length <= words.size(); start++) {
                resolve(String.join(" ", words.subList(start, start + length)), day).ifPresent(r -> named.put(r.code(), r));
            }
            if (!named.isEmpty()) {
                return named.size() == 1 ? Optional.of(named.values().iterator().next()) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
