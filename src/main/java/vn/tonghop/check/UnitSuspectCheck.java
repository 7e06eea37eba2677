package vn.tonghop.check;

import vn.tonghop.finding.Amounts;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.staging.Measure;
import vn.tonghop.staging.RowRole;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * UNIT_SUSPECT: a figure about 1,000 or 1,000,000 times the other figures of its sheet, or beyond any
 * district's means, was almost always typed in đồng or nghìn đồng on a form in triệu đồng.
 */
final class UnitSuspectCheck implements CapitalCheck {

    private static final List<Measure> MONEY = List.of(Measure.CARRY_IN, Measure.ALLOCATED, Measure.AVAILABLE,
            Measure.DISBURSED, Measure.CARRY_OUT, Measure.RETURNED);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);

    @Override
    public List<Finding> check(CheckInput input) {
        Map<String, List<StagedRow>> bySheet = new LinkedHashMap<>();
        for (StagedRow row : input.rows()) {
            if (row.role() == RowRole.LEAF) {
                bySheet.computeIfAbsent(row.file() + "|" + row.sheet(), k -> new ArrayList<>()).add(row);
            }
        }
        BigDecimal ratio = input.config().tolerances().unitSuspectRatio();
        BigDecimal absolute = input.config().tolerances().unitSuspectAbsolute();
        List<Finding> out = new ArrayList<>();
        for (List<StagedRow> rows : bySheet.values()) {
            // Each row is compared with the median of the other rows; the sorted figures are made once per
            // sheet and the row's own figure left out by position, so a sheet of 200,000 lines stays linear.
            BigDecimal[] tops = new BigDecimal[rows.size()];
            List<BigDecimal> present = new ArrayList<>();
            for (int i = 0; i < tops.length; i++) {
                tops[i] = top(rows.get(i));
                if (tops[i] != null) {
                    present.add(tops[i]);
                }
            }
            BigDecimal[] sorted = present.toArray(BigDecimal[]::new);
            Arrays.sort(sorted);
            for (int i = 0; i < tops.length; i++) {
                StagedRow row = rows.get(i);
                BigDecimal context = medianWithout(sorted, tops[i] == null ? -1 : Arrays.binarySearch(sorted, tops[i]));
                for (Measure m : MONEY) {
                    BigDecimal v = row.value(m);
                    if (v == null || v.signum() <= 0) {
                        continue;
                    }
                    boolean byContext = context != null && v.compareTo(context.multiply(ratio)) >= 0;
                    if (byContext || v.compareTo(absolute) >= 0) {
                        out.add(byContext ? finding(input, row, m, v, context) : beyondAnyMeans(input, row, m, v));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static Finding finding(CheckInput input, StagedRow row, Measure m, BigDecimal v, BigDecimal context) {
        BigDecimal scale = v.divide(context, RoundingMode.HALF_UP).compareTo(BigDecimal.valueOf(500_000)) < 0 ? THOUSAND : MILLION;
        BigDecimal meant = v.divide(scale, 6, RoundingMode.HALF_UP);
        String unit = scale.equals(MILLION) ? "đồng" : "nghìn đồng";
        return row.finding(FindingCode.UNIT_SUSPECT, m).expected(Amounts.plain(meant)).actual(Amounts.plain(v))
                .message("Số " + Amounts.vn(v) + " triệu đồng lớn gấp khoảng " + Amounts.vn(scale) + " lần các số khác của"
                        + " biểu (" + RowNames.of(row, input.config().catalogue()) + "): có lẽ đã ghi theo " + unit
                        + " (tức " + Amounts.vn(meant) + " triệu đồng). Hãy ghi theo triệu đồng hoặc sửa dòng"
                        + " \"Đơn vị tính\".");
    }

    /**
     * A figure beyond any district's means, on a sheet whose other figures are as large (a whole sheet typed
     * in đồng) or too few to compare with: its size alone cannot tell đồng from nghìn đồng, so both are said.
     */
    private static Finding beyondAnyMeans(CheckInput input, StagedRow row, Measure m, BigDecimal v) {
        BigDecimal inDong = v.divide(MILLION, 6, RoundingMode.HALF_UP);
        BigDecimal inNghin = v.divide(THOUSAND, 6, RoundingMode.HALF_UP);
        return row.finding(FindingCode.UNIT_SUSPECT, m).expected(Amounts.plain(inDong)).actual(Amounts.plain(v))
                .message("Số " + Amounts.vn(v) + " triệu đồng vượt xa mọi mức vốn của một huyện ("
                        + RowNames.of(row, input.config().catalogue()) + "): có lẽ biểu đã ghi theo đồng (tức "
                        + Amounts.vn(inDong) + " triệu đồng) hoặc nghìn đồng (tức " + Amounts.vn(inNghin) + " triệu đồng)."
                        + " Hãy ghi theo triệu đồng hoặc sửa dòng \"Đơn vị tính\".");
    }

    /** The largest positive money figure of a row, or null. */
    private static BigDecimal top(StagedRow row) {
        BigDecimal top = null;
        for (Measure m : MONEY) {
            BigDecimal v = row.value(m);
            if (v != null && v.signum() > 0 && (top == null || v.compareTo(top) > 0)) {
                top = v;
            }
        }
        return top;
    }

    /** The median of the sorted figures without the one at {@code except} (-1: none); null with fewer than two. */
    static BigDecimal medianWithout(BigDecimal[] sorted, int except) {
        int n = sorted.length - (except >= 0 ? 1 : 0);
        if (n < 2) {
            return null;
        }
        BigDecimal upper = nth(sorted, except, n / 2);
        return n % 2 == 1 ? upper : nth(sorted, except, n / 2 - 1).add(upper).divide(BigDecimal.valueOf(2));
    }

    private static BigDecimal nth(BigDecimal[] sorted, int except, int k) {
        return except >= 0 && k >= except ? sorted[k + 1] : sorted[k];
    }
}
