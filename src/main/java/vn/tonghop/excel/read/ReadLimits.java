package vn.tonghop.excel.read;

/** The bounds within which a workbook is read; past them it is refused as hostile. */
public record ReadLimits(long maxFileBytes, long maxEntryBytes, int maxEntries, double minInflateRatio, int maxRows,
                         long maxCells) {

    public static ReadLimits defaults() {
        return new ReadLimits(50L << 20, 50L << 20, 2000, 0.01, 1_000_000, 5_000_000);
    }
}
