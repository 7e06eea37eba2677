package vn.tonghop.intake;

import vn.tonghop.text.Fold;

import java.math.BigDecimal;
import java.util.Optional;

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
        String w = Fold.words(text).replaceFirst("^(don vi tinh|dvt|don vi)\\s*", "");
        return switch (w) {
            case "trieu dong", "trieu", "tr d", "trd", "tr dong" -> Optional.of(TRIEU_DONG);
            case "nghin dong", "ngan dong", "1000 dong", "1 000 dong", "1000d" -> Optional.of(NGHIN_DONG);
            case "ty dong" -> Optional.of(TY_DONG);
            case "dong", "vnd", "d" -> Optional.of(DONG);
            default -> Optional.empty();
        };
    }

    /** Recognises the text after "Đơn vị tính:" / "ĐVT:"; empty when it names no money unit. */
    public static Optional<MoneyUnit> parse(String text) {
        String w = " " + Fold.words(text) + " ";
        if (w.contains(" trieu ") || w.contains(" tr d ") || w.contains(" trd ") || w.contains(" tr dong ")) {
            return Optional.of(TRIEU_DONG);
        }
        if (w.contains(" nghin ") || w.contains(" ngan ") || w.contains(" 1000 dong ") || w.contains(" 1 000 dong ")) {
            return Optional.of(NGHIN_DONG);
        }
        if (w.contains(" ty dong ")) {
            return Optional.of(TY_DONG);
        }
        if (w.contains(" dong ") || w.contains(" vnd ")) {
            return Optional.of(DONG);
        }
        return Optional.empty();
    }
}
