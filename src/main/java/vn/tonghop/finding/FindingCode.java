package vn.tonghop.finding;


/** The stable finding codes of the published checks, and a few of ours, each with its severity. */
public enum FindingCode {
    FILE_UNREADABLE(Severity.ERROR),
    FILE_ENCRYPTED(Severity.ERROR),
    FILE_HOSTILE(Severity.ERROR),
    UNIT_UNKNOWN(Severity.ERROR),
    YEAR_UNKNOWN(Severity.ERROR),
    SHEET_SKIPPED(Severity.NOTE),
    DUPLICATE_FILE(Severity.NOTE),
    SUPERSEDED(Severity.NOTE),
    MISSING_REPORT(Severity.WARNING),

    NOT_A_NUMBER(Severity.ERROR),
    AMBIGUOUS_NUMBER(Severity.WARNING),
    FORMULA_ERROR(Severity.ERROR),
    NEGATIVE_AMOUNT(Severity.ERROR),
    CODE_UNKNOWN(Severity.ERROR),
    FUND_UNKNOWN(Severity.ERROR),
    TEXT_CONVERTED(Severity.NOTE),
    /** Ours, not a published code: a column whose header names no field of the form, ignored. */
    COLUMN_IGNORED(Severity.NOTE),
    /**
     * Ours, not a published code: a second sheet of the same form, unit and year in one file ("2023 (2)", a hidden
     * old copy). Read, both would be added up; the first visible one is read and the others are not.
     */
    DUPLICATE_SHEET(Severity.WARNING),
    /**
     * Ours, not a published code: figures below the end of a sheet's table (its signature block, or the header or
     * total of a second table stacked under it), which are not read, since a sheet holds one table.
     */
    FIGURES_BELOW_TABLE(Severity.WARNING),
    /**
     * Ours, not a published code: a row of figures the sheet hides. It is read, as Excel's SUM adds it, but nobody
     * reviewing the printed sheet sees it, and an old line hidden beside its new one is counted twice.
     */
    HIDDEN_ROW(Severity.WARNING),
    /**
     * Ours, not a published code: a Biểu 01 with a "Tổng số" but no "Giao trong năm" column, whose allocation is worked
     * out as the total less the money brought in (none, without that column). Without it the allocation was
     * read as 0 and the carry-out as minus the disbursement, with no finding at all.
     */
    ALLOCATION_FROM_TOTAL(Severity.NOTE),
    /**
     * Ours, not a published code: a workbook that gave nothing to consolidate (no sheet holds a form, or it has no sheet),
     * which was "taken" without a word. It is rejected, and read again every night while it is in the folder.
     */
    NOTHING_READ(Severity.WARNING),

    DISBURSED_OVER_AVAILABLE(Severity.ERROR),
    AVAILABLE_MISMATCH(Severity.ERROR),
    RATE_MISMATCH(Severity.WARNING),
    CARRY_OUT_MISMATCH(Severity.ERROR),
    CARRY_CHAIN_BREAK(Severity.ERROR),
    SUBTOTAL_MISMATCH(Severity.ERROR),
    ROUNDING_DIFFERENCE(Severity.NOTE),
    UNIT_SUSPECT(Severity.WARNING),
    ALLOCATION_MISMATCH(Severity.ERROR),
    ALLOCATION_UNREGISTERED(Severity.WARNING),
    OVER_MEDIUM_TERM_PLAN(Severity.WARNING),

    ACHIEVEMENT_MISMATCH(Severity.WARNING),
    CUMULATIVE_MISMATCH(Severity.WARNING),
    RATE_OUT_OF_RANGE(Severity.ERROR),
    OUTLIER(Severity.WARNING);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }
}
