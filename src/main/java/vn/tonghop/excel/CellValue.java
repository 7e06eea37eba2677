package vn.tonghop.excel;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One non-empty cell as the reader saw it, independent of the file format. A formula cell gives
 * its cached result; {@code format} is the cell's number format and {@code font} its font name,
 * which tell a percentage or a legacy-encoded text apart.
 */
public record CellValue(int row, int col, Kind kind, String text, BigDecimal number, String format, String font) {

    public enum Kind { TEXT, NUMBER, BOOLEAN, ERROR }

    /** A date cell's number counts days from here, as Excel's do; a reader of any format gives dates so. */
    public static final LocalDate DAY_ZERO = LocalDate.of(1899, 12, 30);

    public String ref() {
        return CellRef.name(row, col);
    }

    /** What a person sees in the cell, roughly: the text, or the number in plain notation. */
    public String display() {
        return kind == Kind.NUMBER ? number.toPlainString() : text;
    }
}
