package vn.tonghop.text;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header text without its qualifiers, folded: what a column is, not for when or in what unit.
 * Clerks write "Giao trong năm 2023", "Giải ngân đến 31/12/2023", "Số tiền (triệu đồng)" and
 * "Chuyển nguồn sang năm 2024" where the form says "Giao trong năm", "Giải ngân", "Số tiền" and
 * "Chuyển nguồn sang năm sau". Both the header and the configured alias are reduced the same way:
 * <ul>
 *   <li>anything in brackets goes: "(triệu đồng)", "(%)", "(Dự án, tiểu dự án)";</li>
 *   <li>a cut-off date goes: "đến 31/12/2023", "tính đến hết năm 2024", "ngày 31/12";</li>
 *   <li>a year goes, and "năm trước", "năm sau", "năm nay" become "năm": whether money came in from
 *       a year or goes out to one is in the words around it ("… chuyển sang", "sang năm …"), which stay;</li>
 *   <li>a trailing "năm" and a trailing money unit go.</li>
 * </ul>
 * A text that would lose every word keeps its whole key ("Năm", "Năm 2023").
 */
public final class HeaderKey {

    private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*]");
    private static final Pattern CUT_OFF = Pattern.compile(
            "\\b(?:tinh )?(?:den|toi)(?: het)?(?: ngay)?(?: \\d{1,2}(?: \\d{1,2})?(?: \\d{2,4})?| nam(?: \\d{4})?)?$"
                    + "|\\b(?:ngay )?\\d{1,2} \\d{1,2}(?: \\d{4})?\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private static final Pattern RELATIVE_YEAR = Pattern.compile("\\bnam (?:truoc|sau|nay|hien hanh)\\b");
    private static final Pattern TRAILING = Pattern.compile(
            "(?: (?:nam|trieu dong|tr d|trd|tr dong|nghin dong|ngan dong|ty dong|dong|vnd|1000 dong|1 000 dong))+$");
    private static final Pattern SPACES = Pattern.compile(" +");

    private static final int KNOWN_LIMIT = 20_000;
    private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();

    private HeaderKey() {
    }

    /**
     * Whether the text may have qualifiers, judged from its exact key ({@link Fold#key}): a quick test
     * that lets most cells skip {@link #of}, whose key would be the exact one. Never false for a text
     * {@link #of} would reduce.
     */
    public static boolean mayQualify(String exactKey, String text) {
        if (text.indexOf('(') >= 0 || text.indexOf('[') >= 0) {
            return true;
        }
        for (int i = 0; i < exactKey.length(); i++) {
            if (Character.isDigit(exactKey.charAt(i))) {
                return true;
            }
        }
        return exactKey.contains("nam") || exactKey.contains("den") || exactKey.contains("toi")
                || exactKey.endsWith("d") || exactKey.endsWith("dong") || exactKey.endsWith("vnd");
    }

    /** The folded key of the text without its qualifiers, as {@link Fold#key} spells keys. */
    public static String of(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String key = KNOWN.get(text);
        if (key == null) {
            key = reduce(text);
            if (KNOWN.size() < KNOWN_LIMIT) {
                KNOWN.put(text, key);
            }
        }
        return key;
    }

    /**
     * The years a header names for what it holds ("Giao năm 2023", "Kế hoạch vốn (năm 2022)"), leaving out
     * a cut-off date's ("Giải ngân đến 31/01/2024" is the year 2023's money, paid by that date).
     */
    public static Set<Integer> yearsNamed(String text) {
        if (text == null || fewerDigitsThanAYear(text)) {
            return Set.of();
        }
        String w = CUT_OFF.matcher(Fold.words(text.replace('(', ' ').replace(')', ' '))).replaceAll(" ");
        Set<Integer> years = new TreeSet<>();
        Matcher m = YEAR.matcher(w);
        while (m.find()) {
            years.add(Integer.parseInt(m.group()));
        }
        return years;
    }

    /** Most headers hold no four digits, so no year; asked of every header cell of every sheet. */
    private static boolean fewerDigitsThanAYear(String text) {
        int digits = 0;
        for (int i = 0; i < text.length() && digits < 4; i++) {
            char c = text.charAt(i);
            digits += c >= '0' && c <= '9' ? 1 : 0;
        }
        return digits < 4;
    }

    private static String reduce(String text) {
        String w = Fold.words(BRACKETS.matcher(text).replaceAll(" "));
        w = RELATIVE_YEAR.matcher(w).replaceAll("nam");
        w = CUT_OFF.matcher(w).replaceAll(" ").strip();
        w = YEAR.matcher(w).replaceAll(" ");
        w = SPACES.matcher(w).replaceAll(" ").strip();
        w = TRAILING.matcher(" " + w).replaceAll("").strip();
        String key = w.replace(" ", "");
        return key.isEmpty() ? Fold.key(text) : key;
    }
}
