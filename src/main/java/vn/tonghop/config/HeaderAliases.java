package vn.tonghop.config;

import vn.tonghop.text.Fold;
import vn.tonghop.text.HeaderKey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The header texts by which each form's columns are recognised (jobs/headers.csv). An alias
 * "Giải ngân &gt; Số tiền" matches a lower header cell "Số tiền" under a merged "Giải ngân"; an alias
 * ending in "*" matches any header that starts with it ("Vốn giao năm 2023").
 */
public final class HeaderAliases {

    /**
     * One alias, by its exact key and by its key without qualifiers ({@link HeaderKey}), each for the
     * cell itself and for the group heading above it (null: none). {@code loosens}: the alias has
     * qualifiers of its own to drop, so its loose key is another key to look for; worked out once, as
     * it is asked for every alias of every row of every sheet.
     */
    public record Alias(String parentKey, String key, String looseParentKey, String looseKey, boolean prefix,
                        boolean loosens) {
        static Alias parse(String text) {
            String parent = null;
            String own = text;
            int arrow = text.indexOf('>');
            if (arrow >= 0) {
                parent = text.substring(0, arrow);
                own = text.substring(arrow + 1);
            }
            boolean prefix = own.strip().endsWith("*");
            own = own.replace("*", "");
            String key = Fold.key(own);
            String looseKey = HeaderKey.of(own);
            return new Alias(parent == null ? null : Fold.key(parent), key,
                    parent == null ? null : HeaderKey.of(parent), looseKey, prefix, !looseKey.equals(key));
        }

        public boolean matches(String upperKey, String lowerKey) {
            return matches(parentKey, key, upperKey, lowerKey);
        }

        boolean matches(String upperKey, String lowerKey, boolean loosely) {
            return loosely ? matchesLoosely(upperKey, lowerKey) : matches(upperKey, lowerKey);
        }

        /** The same test on keys without qualifiers: "Số tiền (triệu đồng)" under "Giải ngân đến 31/12/2023". */
        public boolean matchesLoosely(String upperLooseKey, String lowerLooseKey) {
            return matches(looseParentKey, looseKey, upperLooseKey, lowerLooseKey);
        }

        private boolean matches(String parent, String own, String upperKey, String lowerKey) {
            boolean ownMatch = prefix ? lowerKey.startsWith(own) : lowerKey.equals(own);
            return ownMatch && (parent == null || parent.equals(upperKey));
        }
    }

    /**
     * {@code label}: the field's first alias as written, which a clerk is told to use. {@code plain} and
     * {@code plainLoose}: the keys of the aliases with no group and no '*', as written and without
     * qualifiers, looked up rather than compared one by one, as every header cell of every candidate row
     * asks each field; {@code others}: the aliases still compared.
     */
    public record Field(String name, boolean required, List<Alias> aliases, String label, Set<String> plain,
                        Set<String> plainLoose, List<Alias> others) {

        public Field(String name, boolean required, List<Alias> aliases, String label) {
            this(name, required, aliases, label, keys(aliases, false), keys(aliases, true),
                    aliases.stream().filter(a -> !isPlain(a)).toList());
        }

        private static boolean isPlain(Alias a) {
            return a.parentKey() == null && !a.prefix();
        }

        private static Set<String> keys(List<Alias> aliases, boolean loose) {
            return aliases.stream().filter(Field::isPlain).map(a -> loose ? a.looseKey() : a.key())
                    .collect(Collectors.toUnmodifiableSet());
        }

        /**
         * Whether one of the aliases names a column headed {@code lower} under {@code upper}, or {@code upper}
         * alone when {@code lower} is empty; {@code loosely}: by the keys without qualifiers.
         */
        public boolean names(String upper, String lower, boolean loosely) {
            boolean grouped = !lower.isEmpty();
            if ((loosely ? plainLoose : plain).contains(grouped ? lower : upper)) {
                return true;
            }
            for (Alias a : others) {
                if (grouped ? a.matches(upper, lower, loosely) : a.parentKey() == null && a.matches(null, upper, loosely)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<String, List<Field>> byForm;
    private final Map<String, List<Field>> naming = new ConcurrentHashMap<>();
    private static final int NAMING_KEPT = 50_000;

    public HeaderAliases(Map<String, List<Field>> byForm) {
        this.byForm = byForm;
    }

    /**
     * The form's fields, in its order, one of whose aliases names a column headed {@code lower} under {@code upper}
     * ({@link Field#names}). Kept: every column of every candidate header row asks it of every field, and a
     * night's thousands of sheets share a few hundred header texts.
     */
    public List<Field> naming(String form, String upper, String lower, boolean loosely) {
        String key = form + '\u0001' + upper + '\u0001' + lower + (loosely ? "\u0001~" : "");
        List<Field> named = naming.get(key);
        if (named == null) {
            named = fields(form).stream().filter(f -> f.names(upper, lower, loosely)).toList();
            if (naming.size() < NAMING_KEPT) {
                naming.put(key, named);
            }
        }
        return named;
    }

    static HeaderAliases load(Path file) {
        Map<String, List<Field>> byForm = new LinkedHashMap<>();
        for (Map<String, String> row : CsvTable.read(file, "form", "field", "required", "aliases")) {
            List<Alias> aliases = Arrays.stream(row.get("aliases").split("\\|")).map(String::strip)
                    .filter(s -> !s.isEmpty()).map(Alias::parse).toList();
            byForm.computeIfAbsent(row.get("form"), f -> new ArrayList<>())
                    .add(new Field(row.get("field"), "yes".equalsIgnoreCase(row.get("required")), aliases,
                            row.get("aliases").split("\\|")[0].replace("*", "").replace(">", "›").strip()));
        }
        byForm.replaceAll((form, fields) -> keepQualifiersThatDecide(fields));
        return new HeaderAliases(byForm);
    }

    /**
     * An alias whose qualifiers are what tell it from another field's alias is not read without them:
     * "Nguồn vốn (ĐTPT/SN)" (the fund type) without its brackets is "Nguồn vốn" (the source).
     */
    private static List<Field> keepQualifiersThatDecide(List<Field> fields) {
        List<Field> kept = new ArrayList<>();
        for (Field field : fields) {
            List<Alias> aliases = field.aliases().stream().map(a -> a.loosens() && namedByAnother(fields, field, a)
                    ? new Alias(a.parentKey(), a.key(), a.parentKey(), a.key(), a.prefix(), false) : a).toList();
            kept.add(new Field(field.name(), field.required(), aliases, field.label()));
        }
        return kept;
    }

    private static boolean namedByAnother(List<Field> fields, Field own, Alias alias) {
        return fields.stream().filter(f -> f != own).flatMap(f -> f.aliases().stream())
                .anyMatch(a -> a.key().equals(alias.looseKey()) || a.looseKey().equals(alias.looseKey()));
    }

    /** The forms that this configuration can read; completeness covers these. */
    public List<String> forms() {
        return List.copyOf(byForm.keySet());
    }

    public List<Field> fields(String form) {
        return byForm.getOrDefault(form, List.of());
    }
}
