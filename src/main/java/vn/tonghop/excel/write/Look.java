package vn.tonghop.excel.write;


/**
 * How a written cell looks. Reports describe looks; {@link XlsxDocument} turns each distinct look
 * into one workbook style, so a large report does not run out of Excel's style slots.
 */
public record Look(boolean isBold, boolean isItalic, Align align, Format format, boolean hasBorder, boolean wraps,
                   int sizeDelta, Fill fill, boolean isEditable) {

    public enum Align { LEFT, CENTER, RIGHT }

    public enum Format { TEXT, AMOUNT, RATE, INTEGER }

    public enum Fill { NONE, HEADER, ERROR, WARNING, NOTE }

    public static final Look PLAIN = new Look(false, false, Align.LEFT, Format.TEXT, false, false, 0, Fill.NONE, false);
    /** A bordered table cell whose text wraps. */
    public static final Look CELL = PLAIN.border().wrap();
    /** A table's column header: bold, centred, shaded. */
    public static final Look HEADER = CELL.bold().align(Align.CENTER).fill(Fill.HEADER);

    public Look bold() {
        return new Look(true, isItalic, align, format, hasBorder, wraps, sizeDelta, fill, isEditable);
    }

    public Look italic() {
        return new Look(isBold, true, align, format, hasBorder, wraps, sizeDelta, fill, isEditable);
    }

    public Look align(Align a) {
        return new Look(isBold, isItalic, a, format, hasBorder, wraps, sizeDelta, fill, isEditable);
    }

    public Look format(Format f) {
        return new Look(isBold, isItalic, f == Format.TEXT ? align : Align.RIGHT, f, hasBorder, wraps, sizeDelta, fill, isEditable);
    }

    public Look border() {
        return new Look(isBold, isItalic, align, format, true, wraps, sizeDelta, fill, isEditable);
    }

    public Look wrap() {
        return new Look(isBold, isItalic, align, format, hasBorder, true, sizeDelta, fill, isEditable);
    }

    public Look size(int delta) {
        return new Look(isBold, isItalic, align, format, hasBorder, wraps, delta, fill, isEditable);
    }

    /** A cell a clerk may type in when the sheet is protected. */
    public Look editable() {
        return new Look(isBold, isItalic, align, format, hasBorder, wraps, sizeDelta, fill, true);
    }

    public Look fill(Fill f) {
        return new Look(isBold, isItalic, align, format, hasBorder, wraps, sizeDelta, f, isEditable);
    }

    // Written out: every cell of a workbook looks its style up by its Look, and the generated methods go
    // through method handles, slow in a night's short-lived JVM.
    @Override
    public boolean equals(Object o) {
        return o instanceof Look l && isBold == l.isBold && isItalic == l.isItalic && align == l.align && format == l.format
                && hasBorder == l.hasBorder && wraps == l.wraps && sizeDelta == l.sizeDelta && fill == l.fill
                && isEditable == l.isEditable;
    }

    @Override
    public int hashCode() {
        int bits = (isBold ? 1 : 0) | (isItalic ? 2 : 0) | (hasBorder ? 4 : 0) | (wraps ? 8 : 0) | (isEditable ? 16 : 0);
        return ((bits * 31 + align.ordinal()) * 31 + format.ordinal()) * 31 * 31 + fill.ordinal() * 31 + sizeDelta;
    }
}
