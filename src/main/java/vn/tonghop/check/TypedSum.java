package vn.tonghop.check;

import vn.tonghop.finding.FindingCode;

import java.math.BigDecimal;

/**
 * A typed sum against its parts (a parent row, "Tổng số", a carry-out). Each part is typed rounded to
 * whole triệu, so the sum may differ from them by the tolerance per part: that is a ROUNDING_DIFFERENCE
 * note, and only a larger gap is the rule's own finding.
 */
record TypedSum(BigDecimal typed, BigDecimal parts, int addends) {

    public enum Verdict { HOLDS, ROUNDING, MISMATCH }

    public BigDecimal gap() {
        return typed.subtract(parts).abs();
    }

    public Verdict verdict(BigDecimal perAddend) {
        if (gap().signum() == 0) {
            return Verdict.HOLDS;
        }
        return addends > 0 && gap().compareTo(perAddend.multiply(BigDecimal.valueOf(addends))) <= 0
                ? Verdict.ROUNDING : Verdict.MISMATCH;
    }

    /** The rule's code, or ROUNDING_DIFFERENCE within the tolerance; null when the sum holds. */
    public FindingCode code(FindingCode mismatch, BigDecimal perAddend) {
        return switch (verdict(perAddend)) {
            case HOLDS -> null;
            case ROUNDING -> FindingCode.ROUNDING_DIFFERENCE;
            case MISMATCH -> mismatch;
        };
    }

    /** What the message adds for a gap within rounding. */
    public static String roundingNote(FindingCode code) {
        return code == FindingCode.ROUNDING_DIFFERENCE ? " Chênh lệch nằm trong mức làm tròn." : "";
    }
}
