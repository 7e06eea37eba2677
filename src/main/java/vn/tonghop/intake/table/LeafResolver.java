package vn.tonghop.intake.table;

import vn.tonghop.config.Catalogue;
import vn.tonghop.text.Fold;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the catalogue node a row is about: from its code ("DA4.3", "4.3"), or its text ("Dự án 2",
 * "DA 2", "Tiểu dự án 3" under the last project, "TDA3", the typo "Tiêu dự án", "Dự án 4 - Tiểu dự
 * án 3", or an official name without its number).
 */
public final class LeafResolver {

    private static final Pattern CODE = Pattern.compile("^(?:t?da|du an)?\\s*(\\d{1,3})(?:\\s+(?:tda|tieu du an)?\\s*(\\d{1,3}))?$");
    private static final String PROJECT_WORD = "(?:du an|da)\\s*(?:so\\s*)?";
    private static final String SUB_WORD = "(?:tieu du an|tieu da|tda)\\s*(?:so\\s*)?";
    private static final Pattern PROJECT_AND_SUB = Pattern.compile("^" + PROJECT_WORD + "(\\d+)\\b.*?\\b" + SUB_WORD + "(\\d+)\\b");
    /** "Tiểu dự án 1 - Dự án 3", "Tiểu dự án 1 thuộc Dự án 3", "TDA1 DA3": the project right after. */
    private static final Pattern SUB_OF_PROJECT = Pattern.compile(
            "^" + SUB_WORD + "(\\d+)\\s*(?:thuoc\\s*|cua\\s*)?" + PROJECT_WORD + "(\\d+)\\b");
    private static final Pattern SUB = Pattern.compile("^" + SUB_WORD + "(\\d+)\\b");
    private static final Pattern PROJECT = Pattern.compile("^" + PROJECT_WORD + "(\\d+)\\b");
    private static final Pattern NUMBERED_PREFIX = Pattern.compile("^(?:(?:tieu du an|tieu da|du an|tda|da)\\s*(?:so\\s*)?\\d+\\s*)+");
    /** "Dự án IV", "Tiểu dự án III": a number in Roman numerals after the word that it numbers. */
    private static final Pattern ROMAN = Pattern.compile("\\b(du an|tieu du an)\\s+(?:so\\s+)?(x|ix|iv|v?i{1,3}|v)\\b");
    private static final List<String> ROMANS = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");

    private final Catalogue catalogue;

    public LeafResolver(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The code typed in the code column; empty when the text is no catalogue code. */
    public Optional<String> fromCode(String code) {
        String w = Fold.words(code);
        Matcher m = CODE.matcher(w);
        // "TDA 4.3" is Dự án 4's Tiểu dự án 3; "TDA3" alone names no project, and the row's text decides.
        if (!m.matches() || w.startsWith("tda") && m.group(2) == null) {
            return Optional.empty();
        }
        // "DA01.1" is DA1.1: numbers, not texts.
        String project = "DA" + Integer.parseInt(m.group(1));
        return existing(m.group(2) == null ? project : project + "." + Integer.parseInt(m.group(2)));
    }

    /**
     * The project or sub-project a row's code or label names by its shape ("DA8", "Dự án 8", "Tiểu dự án 5
     * (Dự án 4)", "DA3.4") when the catalogue lacks it. Such a row is never a detail line of the row above:
     * its money would replace that row's own. A bare number in the code column names no project.
     */
    public Optional<String> unknownShape(String code, String text, String currentProject) {
        String c = Fold.words(code);
        Matcher m = CODE.matcher(c);
        if (m.matches() && c.matches("^(?:t?da|du an).*") && !(c.startsWith("tda") && m.group(2) == null)) {
            String project = "DA" + Integer.parseInt(m.group(1));
            return absent(m.group(2) == null ? project : project + "." + Integer.parseInt(m.group(2)));
        }
        String w = arabic(Fold.words(text));
        m = PROJECT_AND_SUB.matcher(w);
        if (m.find()) {
            return absent("DA" + Integer.parseInt(m.group(1)) + "." + Integer.parseInt(m.group(2)));
        }
        m = SUB_OF_PROJECT.matcher(w);
        if (m.find()) {
            return absent("DA" + Integer.parseInt(m.group(2)) + "." + Integer.parseInt(m.group(1)));
        }
        m = SUB.matcher(w);
        if (m.find()) {
            return absent(currentProject == null ? "TDA" + Integer.parseInt(m.group(1))
                    : currentProject + "." + Integer.parseInt(m.group(1)));
        }
        m = PROJECT.matcher(w);
        return m.find() ? absent("DA" + Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private Optional<String> absent(String code) {
        return catalogue.find(code).isPresent() ? Optional.empty() : Optional.of(code);
    }

    /** The node named by a row's text, given the project of the last project row above it. */
    public Optional<String> fromText(String text, String currentProject) {
        String w = arabic(Fold.words(text));
        Matcher m = PROJECT_AND_SUB.matcher(w);
        if (m.find()) {
            return existing("DA" + m.group(1) + "." + m.group(2));
        }
        m = SUB_OF_PROJECT.matcher(w);
        if (m.find()) {
            return existing("DA" + m.group(2) + "." + m.group(1));
        }
        m = SUB.matcher(w);
        if (m.find()) {
            return currentProject == null ? Optional.empty() : existing(currentProject + "." + m.group(1));
        }
        m = PROJECT.matcher(w);
        if (m.find()) {
            return existing("DA" + m.group(1));
        }
        return byName(w, currentProject);
    }

    private static String arabic(String words) {
        if (!words.contains("du an ")) {
            return words;
        }
        return ROMAN.matcher(words).replaceAll(r -> r.group(1) + " " + (ROMANS.indexOf(r.group(2)) + 1));
    }

    private Optional<String> existing(String code) {
        return catalogue.find(code).map(Catalogue.Node::code);
    }

    /** An official name without its number; where a project and its sub-project share a name, context decides. */
    private Optional<String> byName(String words, String currentProject) {
        String key = NUMBERED_PREFIX.matcher(words).replaceFirst("").replace(" ", "");
        if (key.length() < 8) {
            return Optional.empty();
        }
        List<Catalogue.Node> candidates = catalogue.all().stream()
                .filter(n -> {
                    String name = Fold.key(n.name());
                    return key.equals(name) || key.startsWith(name);
                })
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        for (Catalogue.Node n : candidates) {
            if (currentProject != null && currentProject.equals(n.parent())) {
                return Optional.of(n.code());
            }
        }
        return candidates.stream().filter(Catalogue.Node::isProject).map(Catalogue.Node::code).findFirst()
                .or(() -> candidates.size() == 1 ? Optional.of(candidates.get(0).code()) : Optional.empty());
    }
}
