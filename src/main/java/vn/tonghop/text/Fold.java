package vn.tonghop.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text to a comparison key. Clerks type the same header or unit name with and
 * without diacritics, in any case, with stray punctuation and spacing; matching must not care.
 */
public final class Fold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");

    private Fold() {
    }

    /** Unicode NFC with collapsed white space: what we keep and show. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00A0', ' ');
        return nfc.strip().replaceAll("\\s+", " ");
    }

    /** Lower case, no diacritics, đ as d, words separated by single spaces, no punctuation. */
    public static String words(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        return NON_WORD.matcher(bare).replaceAll(" ").strip();
    }

    /** {@link #words} without any spaces: "Tỷ lệ (%)" and "tyle %" share the key "tyle". */
    public static String key(String text) {
        return words(text).replace(" ", "");
    }
}
