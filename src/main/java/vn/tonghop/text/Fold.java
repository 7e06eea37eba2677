package vn.tonghop.text;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text to a comparison key. Clerks type the same header or unit name with and
 * without diacritics, in any case, with stray punctuation and spacing; matching must not care.
 */
public final class Fold {

    /**
     * Folded Vietnamese texts, kept: a national night folds the same labels, headings and unit names on
     * thousands of sheets, and folding was an eighth of intake. Bounded, and ASCII (mostly figures,
     * which seldom repeat) is folded each time.
     */
    private static final int KNOWN_LIMIT = 20_000;
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();
    private static final Map<String, String> WORDS = new ConcurrentHashMap<>();

    private Fold() {
    }

    /** Unicode NFC with collapsed white space: what we keep and show. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ').strip();
        return singleSpaced(nfc) ? nfc : RUNS_OF_SPACE.matcher(nfc).replaceAll(" ");
    }

    private static final Pattern RUNS_OF_SPACE = Pattern.compile("\\s+");

    /**
     * Whether the text holds no run of white space to collapse: most cells, whose every line above a table
     * is cleaned, so the expression runs only where it changes something.
     */
    private static boolean singleSpaced(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && (c != ' ' || i + 1 < text.length() && text.charAt(i + 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, no diacritics, đ as d, words separated by single spaces, no punctuation. */
    public static String words(String text) {
        return fold(text, true);
    }

    /**
     * Folded words with the syllables written with either i or y ("lí"/"lý", "kĩ"/"kỹ", "tỉ"/"tỷ", "mĩ"/"mỹ")
     * written with y, so that both spellings, each in use, read alike.
     */
    public static String yForI(String words) {
        return I_OR_Y.matcher(words).replaceAll("$1y");
    }

    private static final Pattern I_OR_Y = Pattern.compile("\\b([lktm])i\\b");

    /** {@link #words} without any spaces: "Tỷ lệ (%)" and "tyle %" share the key "tyle". */
    public static String key(String text) {
        return fold(text, false);
    }

    /**
     * One pass over the decomposed text: marks dropped, letters and digits kept in lower case, any
     * run of anything else one space. Every header cell of every sheet is folded, so this is a loop
     * rather than three regular expressions; FoldTest holds it to the expressions' results.
     */
    private static String fold(String text, boolean spaces) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        if (ascii(text)) {
            return folded(text, spaces);
        }
        Map<String, String> known = spaces ? WORDS : KEYS;
        String key = known.get(text);
        if (key == null) {
            key = folded(Normalizer.normalize(text, Normalizer.Form.NFD), spaces);
            if (known.size() < KNOWN_LIMIT) {
                known.put(text, key);
            }
        }
        return key;
    }

    /**
     * Folded as {@link #words} folds, letter for letter, anything else a space: a phrase found in it stands at its
     * place in the text ("trong đó" in a sentence whose figures are known by their positions).
     */
    public static String inPlace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            char c = ch == 'đ' || ch == 'Đ' ? 'd'
                    : Character.toLowerCase(Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD).charAt(0));
            out.append((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ? c : ' ');
        }
        return out.toString();
    }

    /** Folds text already decomposed (NFD), or ASCII, which needs no decomposing. */
    private static String folded(String decomposed, boolean spaces) {
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean gap = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char ch = decomposed.charAt(i);
            int type = Character.getType(ch);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
                continue;
            }
            char c = ch == 'đ' || ch == 'Đ' ? 'd' : Character.toLowerCase(ch);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (gap && spaces && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
