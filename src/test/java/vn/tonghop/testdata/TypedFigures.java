package vn.tonghop.testdata;

import vn.tonghop.excel.CellRef;
import vn.tonghop.excel.CellValue;
import vn.tonghop.excel.SheetGrid;
import vn.tonghop.excel.read.UnreadableWorkbookException;
import vn.tonghop.excel.read.WorkbookReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * "Every triệu accounted for", as a property of one taken workbook: every figure typed in a money column of
 * a capital sheet, from the table's first row read down, is on a row that was staged (added up, or compared
 * as a typed subtotal) or on a row a finding names; below a FIGURES_BELOW_TABLE warning, every row is named.
 */
public final class TypedFigures {

    /** What was made of one sheet: its staged rows, its money columns (letters), and the rows its findings name (1-based). */
    public record Account(Set<Integer> stagedRows, Set<String> columns, Set<Integer> namedRows, Integer belowTableFrom) {
    }

    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9.,\\s]*");
    /** A repeated total at the foot is a sum of what was read, not money of its own. */
    private static final Pattern TOTAL = Pattern.compile("(?i).*(tổng cộng|cộng).*");

    private TypedFigures() {
    }

    /** The cells ("sheet!A1 = value") whose figure neither entered the consolidation nor is named by a finding. */
    public static List<String> unaccounted(Path workbook, Map<String, Account> sheets) throws UnreadableWorkbookException {
        List<String> out = new ArrayList<>();
        for (SheetGrid grid : new WorkbookReader().read(workbook).sheets()) {
            Account a = sheets.get(grid.name());
            if (a == null) {
                continue;
            }
            int first = Stream.concat(a.stagedRows().stream(), a.namedRows().stream())
                    .mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
            for (CellValue c : grid.cells()) {
                int row = c.row() + 1;
                String column = CellRef.column(c.col());
                if (row < first || !a.columns().contains(column) || !figure(c) || a.stagedRows().contains(row)
                        || a.namedRows().contains(row) || a.belowTableFrom() != null && row >= a.belowTableFrom()
                        || totalRow(grid, c.row())) {
                    continue;
                }
                out.add(grid.name() + "!" + c.ref() + " = " + c.display());
            }
        }
        return out;
    }

    private static boolean figure(CellValue c) {
        return c.kind() == CellValue.Kind.NUMBER && c.number().signum() != 0
                || c.kind() == CellValue.Kind.TEXT && NUMBER.matcher(c.text().strip()).matches() && c.text().matches(".*[1-9].*");
    }

    private static boolean totalRow(SheetGrid grid, int row) {
        for (int col = 0; col <= Math.min(3, grid.lastCol()); col++) {
            CellValue v = grid.own(row, col);
            if (v != null && v.kind() == CellValue.Kind.TEXT && TOTAL.matcher(v.text()).matches()) {
                return true;
            }
        }
        return false;
    }
}
