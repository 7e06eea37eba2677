package vn.tonghop.intake.table;

import vn.tonghop.config.Unit;
import vn.tonghop.config.Units;
import vn.tonghop.text.Fold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 */
public final class UnitMatcher {

    private static final List<String> LEADING = List.of("uy ban nhan dan", "ubnd", "thi tran", "xa");
    private static final List<String> TRAILING = List.of("huyen");
    private static final List<String> LEADING_WORDS = LEADING.stream().map(lead -> lead + " ").toList();
    private static final List<String> LEADING_LETTERS = LEADING.stream().map(lead -> lead.replace(" ", "")).toList();

    private final Map<String, Set<String>> codesByKey = new HashMap<>();
    /**
     * The same by {@link #spelt} keys, asked only when the name as written names no unit: kept apart, so that
     * two units whose names differ by an i or a y are still told apart when spelt as listed, and a
     * letter-spaced heading, whose syllables are lost, is still compared as spelt.
     */
    private final Map<String, Set<String>> codesBySpelling = new HashMap<>();

    public UnitMatcher(Units units) {
        for (Unit unit : units.all()) {
            add(unit.name(), unit.code());
            unit.aliases().forEach(alias -> add(alias, unit.code()));
        }
    }

    private void add(String name, String code) {
        String key = key(name);
        if (!key.isEmpty()) {
            codesByKey.computeIfAbsent(key, k -> new HashSet<>()).add(code);
            codesBySpelling.computeIfAbsent(spelt(name), k -> new HashSet<>()).add(code);
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

    /** The unit code for a name as typed in a header line or cell. */
    public Optional<String> match(String name) {
        Optional<String> code = named(name);
        if (code.isEmpty()) {
            // "PHÒNG LĐTB&XH HUYỆN PHONG THỔ", "Xã Mường So, huyện Phong Thổ": the unit, then where it is.
            Matcher place = OF_PLACE.matcher(Fold.words(name));
            if (place.find() && place.start() > 0) {
                code = named(Fold.words(name).substring(0, place.start()));
            }
        }
        return code.isPresent() || !letterSpaced(name) ? code : lookup(codesByKey, spacedKey(name));
    }

    private Optional<String> named(String name) {
        return lookup(codesByKey, key(name)).or(() -> lookup(codesBySpelling, spelt(name)));
    }

    private static final Pattern OF_PLACE = Pattern.compile(" (?:huyen|thi xa|thanh pho|tinh) \\S.*$");

    private static Optional<String> lookup(Map<String, Set<String>> byKey, String key) {
        Set<String> codes = byKey.get(key);
        return codes != null && codes.size() == 1 ? Optional.of(codes.iterator().next()) : Optional.empty();
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
            Optional<String> m = match(String.join(" ", words.subList(0, end)));
            if (m.isPresent()) {
                return m;
            }
        }
        for (int length = words.size() - 1; length > 0; length--) {
            Set<String> named = new HashSet<>();
            for (int start = 1; start + length <= words.size(); start++) {
                match(String.join(" ", words.subList(start, start + length))).ifPresent(named::add);
            }
            if (!named.isEmpty()) {
                return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
