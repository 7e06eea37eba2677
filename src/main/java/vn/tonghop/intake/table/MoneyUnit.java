package vn.tonghop.intake.table;

import vn.tonghop.text.Fold;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The unit a form's amounts are typed in. Everything is consolidated in triệu đồng. */
public enum MoneyUnit {
    TRIEU_DONG("triệu đồng", 0),
    NGHIN_DONG("nghìn đồng", 3),
    DONG("đồng", 6),
    TY_DONG("tỷ đồng", -3);

    private final String label;
    private final int shift;

    MoneyUnit(String label, int shift) {
        this.label = label;
        this.shift = shift;
    }

    public String label() {
        return label;
    }

    /** Exact conversion: moving the decimal point loses nothing. */
    public BigDecimal toTrieu(BigDecimal amount) {
        return amount == null ? null : amount.movePointLeft(shift);
    }

    /**
     * A text that is nothing but a money unit, as in a column header's brackets: "(triệu đồng)",
     * "(ĐVT: đồng)". Stricter than {@link #parse}, for which "Ngân sách" would be nghìn đồng.
     */
    public static Optional<MoneyUnit> only(String text) {
        String[] words = words(text.isBlank() ? "" : Fold.words(text).replaceFirst("^(don vi tinh|dvt|don vi)\\s*", ""));
        return words.length > 0 && named(words, 0) == words.length ? at(words, 0) : Optional.empty();
    }

    /**
     * Recognises the text after "Đơn vị tính:" / "ĐVT:"; empty when it names no money unit. The first
     * unit named wins: in "đồng, tỷ lệ %" the amounts are in đồng.
     */
    public static Optional<MoneyUnit> parse(String text) {
        String[] words = words(Fold.words(text));
        for (int i = 0; i < words.length; i++) {
            if (named(words, i) > i) {
                return at(words, i);
            }
        }
        return Optional.empty();
    }

    /**
     * The words, with a number's thousands groups joined: "1.000.000 đồng" folds to "1 000 000 dong",
     * which is one multiple of the đồng, here triệu đồng, however a clerk spaces it.
     */
    private static String[] words(String folded) {
        String joined = folded.replaceAll("(?<=\\d) (?=000(?!\\d))", "").strip();
        return joined.isEmpty() ? new String[0] : joined.split(" ");
    }

    private static Optional<MoneyUnit> at(String[] words, int i) {
        String w = words[i];
        if (w.startsWith("tr")) {
            return Optional.of(TRIEU_DONG);
        }
        if (w.equals("nghin") || w.equals("ngan")) {
            return Optional.of(NGHIN_DONG);
        }
        if (w.equals("ty") || w.equals("ti")) {
            return Optional.of(TY_DONG);
        }
        if (w.startsWith("1")) {
            return Optional.of(switch (w.replaceAll("\\D.*", "").length()) {
                case 4 -> NGHIN_DONG;
                case 7 -> TRIEU_DONG;
                case 10 -> TY_DONG;
                default -> DONG;
            });
        }
        return Optional.of(DONG);
    }

    /** The index just past the unit that starts at word i, or i when none does. */
    private static int named(String[] words, int i) {
        String w = words[i];
        boolean dongNext = i + 1 < words.length && DONG_WORDS.contains(words[i + 1]);
        if (DONG_WORDS.contains(w) || w.equals("trd") || w.equals("trdong") || SUFFIXED.matcher(w).matches()) {
            return i + 1;
        }
        if (w.equals("trieu") || w.equals("nghin") || w.equals("ngan")) {
            return dongNext ? i + 2 : i + 1;
        }
        if (w.equals("ty") || w.equals("ti")) {
            // "Tỷ" alone is a unit; "tỷ lệ" is not.
            return dongNext ? i + 2 : i + 1 == words.length ? i + 1 : i;
        }
        // "Tr." and a bare 1.000 need their đồng.
        return (w.equals("tr") || BARE.matcher(w).matches()) && dongNext ? i + 2 : i;
    }

    private static final Set<String> DONG_WORDS = Set.of("dong", "d", "vnd");
    /** A power of a thousand of đồng, the đồng written on: "1000d", "1000000dong". */
    private static final Pattern SUFFIXED = Pattern.compile("1(?:000){0,3}(?:d|dong|vnd)");
    private static final Pattern BARE = Pattern.compile("1(?:000){0,3}");
}
