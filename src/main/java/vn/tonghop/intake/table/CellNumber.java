package vn.tonghop.intake.table;

import vn.tonghop.excel.CellValue;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a figure cell holds: a number (with the decimals the clerk typed), no figure at all
 * ({@code -}, {@code x}, blank), a formula error, or text that is not a number.
 */
public record CellNumber(Status status, BigDecimal value, int typedScale, String raw) {

    public enum Status { EMPTY, NUMBER, NOT_A_NUMBER, FORMULA_ERROR }

    private static final Set<String> NO_FIGURE = Set.of("-", "x", "--", "_", "—", "–", "…", "...");
    /** "640.000.000 đ", "1.250.000 VNĐ": the unit typed after the figure is not part of it. */
    private static final Pattern CURRENCY = Pattern.compile("(?iu)(?:vnđ|vnd|đồng|đ)\\.?$");
    private static final Set<String> ERRORS = Set.of("#REF!", "#DIV/0!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!", "#ERROR!");

    public static final CellNumber EMPTY = new CellNumber(Status.EMPTY, null, 0, "");

    public boolean isNumber() {
        return status == Status.NUMBER;
    }

    /**
     * Reads a cell. {@code percentColumn} says the column holds percentages: there a number cell
     * formatted as a percentage (0.8112 shown as 81.12 %) is scaled to 81.12.
     */
    public static CellNumber of(CellValue cell, NumberConvention convention, boolean percentColumn) {
        if (cell == null) {
            return EMPTY;
        }
        return switch (cell.kind()) {
            case NUMBER -> {
                BigDecimal v = cell.number();
                if (percentColumn && cell.format() != null && cell.format().contains("%")) {
                    v = v.movePointRight(2);
                }
                yield number(v, cell.display());
            }
            case ERROR -> new CellNumber(Status.FORMULA_ERROR, null, 0, cell.text());
            case BOOLEAN -> new CellNumber(Status.NOT_A_NUMBER, null, 0, cell.text());
            case TEXT -> ofText(cell.text(), convention);
        };
    }

    public static CellNumber ofText(String text, NumberConvention convention) {
        String t = spaced(text).strip();
        if (t.isEmpty() || NO_FIGURE.contains(t.toLowerCase(Locale.ROOT))) {
            return EMPTY;
        }
        if (ERRORS.contains(t.toUpperCase(Locale.ROOT))) {
            return new CellNumber(Status.FORMULA_ERROR, null, 0, t);
        }
        String unsigned = unsigned(t);
        boolean negative = isNegative(t);
        BigDecimal v = convention.parse(unsigned);
        if (v == null) {
            return new CellNumber(Status.NOT_A_NUMBER, null, 0, t);
        }
        return number(negative ? v.negate() : v, t);
    }

    /** Every kind of space as a plain one: a number pasted from a web page or Word groups its thousands with U+00A0 or U+202F. */
    private static String spaced(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F && Character.getType(text.charAt(i)) == Character.SPACE_SEPARATOR) {
                b = b == null ? new StringBuilder(text) : b;
                b.setCharAt(i, ' ');
            }
        }
        return b == null ? text : b.toString();
    }

    /** The digits and marks of a text number: no sign, spaces, percent sign, currency or accounting brackets. */
    static String unsigned(String t) {
        String s = t.replace(" ", "").replace("%", "");
        if (!s.isEmpty() && !Character.isDigit(s.charAt(s.length() - 1))) {
            s = CURRENCY.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceFirst("");
        }
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.startsWith("-") || s.startsWith("+") || s.startsWith("−")) {
            s = s.substring(1);
        }
        return s;
    }

    private static boolean isNegative(String t) {
        String s = t.replace(" ", "");
        return s.startsWith("-") || s.startsWith("−") || (s.startsWith("(") && s.endsWith(")"));
    }

    /** The scale is what the clerk typed: "81,80" keeps two decimals, which the rate check relies on. */
    private static CellNumber number(BigDecimal v, String raw) {
        return new CellNumber(Status.NUMBER, v, Math.max(0, v.scale()), raw);
    }
}
