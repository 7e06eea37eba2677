package vn.tonghop.intake.committee;

import vn.tonghop.excel.SheetGrid;
import vn.tonghop.intake.table.CellNumber;
import vn.tonghop.intake.table.HeaderMatch;
import vn.tonghop.intake.table.NumberConvention;
import vn.tonghop.intake.table.RowText;
import vn.tonghop.intake.table.UnitMatcher;
import vn.tonghop.text.Fold;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Biểu 04/BCĐ. A commune reports one row about itself, a department may report several; a
 * row whose name matches no unit is kept for the reporting commune when only one row was given.
 */
public final class CommitteeSheetReader {

    private static final Set<String> YES = Set.of("x", "co", "da", "1", "roi", "da thanh lap", "yes", "true");
    private static final Set<String> NO = Set.of("", "khong", "chua", "0", "chua thanh lap", "no", "-", "false");
    /** Marks with no letter in them, which folding would leave empty: ticks and crosses say yes, an empty box no. */
    private static final Set<String> YES_MARKS = Set.of("✓", "✔", "☑", "√", "✅", "×", "✗", "✘", "☒");
    private static final Set<String> NO_MARKS = Set.of("☐", "-", "–", "—");
    private static final Pattern COUNTED = Pattern.compile("(\\d{1,4}) (?:nguoi|thanh vien|tv|lan)");

    private final UnitMatcher units;

    public CommitteeSheetReader(UnitMatcher units) {
        this.units = units;
    }

    /** The rows, each unit named resolved among those in force at the end of the sheet's period (null: any). */
    public List<CommitteeRow> read(SheetGrid grid, HeaderMatch header, String reportingUnit, LocalDate periodEnd) {
        List<CommitteeRow> rows = new ArrayList<>();
        for (int r = header.dataRow(); r <= grid.lastRow(); r++) {
            String name = Fold.clean(grid.ownText(r, header.column("unit")));
            if (RowText.isSignature(name)) {
                break;
            }
            if (name.isEmpty() || RowText.isGrandTotal(name)) {
                continue;
            }
            String unit = units.codeInForce(name, periodEnd).orElse(null);
            rows.add(new CommitteeRow(r + 1, name, unit, established(grid.ownText(r, header.column("established"))),
                    Fold.clean(grid.ownText(r, header.column("decision"))), whole(grid, r, header.column("members")),
                    whole(grid, r, header.column("reformed")), Fold.clean(grid.ownText(r, header.column("note")))));
        }
        if (rows.size() == 1 && rows.get(0).unitCode() == null) {
            CommitteeRow only = rows.get(0);
            rows.set(0, new CommitteeRow(only.rowNo(), only.unitText(), reportingUnit, only.established(), only.decision(),
                    only.members(), only.reformed(), only.note()));
        }
        return rows;
    }

    /** Yes, no, or null when the cell says neither: a mark we do not know is not taken for "chưa". */
    static Boolean established(String text) {
        String mark = text.strip();
        if (YES_MARKS.contains(mark)) {
            return true;
        }
        if (NO_MARKS.contains(mark)) {
            return false;
        }
        String w = Fold.words(text);
        if (YES.contains(w)) {
            return true;
        }
        if (NO.contains(w)) {
            return w.isEmpty() == mark.isEmpty() ? false : null;
        }
        // "Đã thành lập BCĐ", "Có (QĐ 45/QĐ-UBND)", "Không thành lập": the first word says it. "Chưa kiện
        // toàn" says nothing of whether it was established.
        if ((w.startsWith("chua ") || w.startsWith("khong ")) && (w.contains("thanh lap") || w.matches("\\w+ co\\b.*"))) {
            return false;
        }
        if (w.startsWith("da ") || w.startsWith("co ") || w.matches("(?:so )?\\d+ qd\\b.*")) {
            return true;
        }
        return null;
    }

    private static Integer whole(SheetGrid grid, int r, Integer col) {
        if (col == null) {
            return null;
        }
        CellNumber n = CellNumber.of(grid.own(r, col), NumberConvention.VIETNAMESE, false);
        if (n.isNumber()) {
            return n.value().setScale(0, RoundingMode.HALF_UP).intValueExact();
        }
        // "11 người", "02 lần": a count with its unit.
        Matcher counted = COUNTED.matcher(Fold.words(grid.ownText(r, col)));
        return counted.matches() ? Integer.valueOf(counted.group(1)) : null;
    }
}
