package vn.tonghop.check;

import vn.tonghop.finding.Amounts;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.staging.Measure;
import vn.tonghop.staging.RowRole;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * SUBTOTAL_MISMATCH and ROUNDING_DIFFERENCE: a typed parent row ("Dự án 4", "Tổng cộng") against the
 * sum of the leaf rows in its span. Figures are typed rounded to whole triệu, so a difference of up
 * to the tolerance per child is only a note.
 */
final class SubtotalCheck implements CapitalCheck {

    private record Part(Measure measure, String name, Function<StagedRow, BigDecimal> ofChild) {
    }

    private static final List<Part> PARTS = List.of(
            new Part(Measure.CARRY_IN, "vốn năm trước chuyển sang", r -> r.value(Measure.CARRY_IN)),
            new Part(Measure.ALLOCATED, "vốn giao trong năm", r -> r.value(Measure.ALLOCATED)),
            new Part(Measure.AVAILABLE, "tổng số kế hoạch vốn", StagedRow::available),
            new Part(Measure.DISBURSED, "giải ngân", r -> r.value(Measure.DISBURSED)),
            new Part(Measure.CARRY_OUT, "chuyển nguồn sang năm sau", StagedRow::carryOut),
            new Part(Measure.RETURNED, "nộp trả, hủy dự toán", r -> r.value(Measure.RETURNED)));

    @Override
    public List<Finding> check(CheckInput input) {
        List<Finding> out = new ArrayList<>();
        BigDecimal perChild = input.config().tolerances().amountPerChild();
        // Children are looked for on the parent's own sheet only; a national night has 100,000 rows.
        Map<String, List<StagedRow>> bySheet = input.rows().stream()
                .collect(Collectors.groupingBy(r -> r.file() + "\u0000" + r.sheet()));
        for (StagedRow parent : input.rows()) {
            if (parent.role() == RowRole.LEAF) {
                continue;
            }
            List<StagedRow> children = children(parent, bySheet.get(parent.file() + "\u0000" + parent.sheet()));
            if (parent.unreadable() || children.stream().anyMatch(StagedRow::unreadable)) {
                continue;
            }
            for (Part part : PARTS) {
                BigDecimal typed = parent.value(part.measure());
                if (typed == null) {
                    continue;
                }
                BigDecimal sum = children.stream().map(part.ofChild()).map(StagedRow::zero)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                TypedSum typedSum = new TypedSum(typed, sum, children.size());
                FindingCode code = typedSum.code(FindingCode.SUBTOTAL_MISMATCH, perChild);
                if (code == null) {
                    continue;
                }
                BigDecimal diff = typedSum.gap();
                String name = RowNames.of(parent, input.config().catalogue());
                out.add(parent.finding(code, part.measure())
                        .leaf(parent.role() == RowRole.TOTAL ? "TOTAL" : parent.leaf())
                        .expected(Amounts.plain(sum)).actual(Amounts.plain(typed))
                        .message(children.isEmpty()
                                ? "Dòng cộng (" + name + ") ghi " + part.name() + " " + Amounts.vn(typed)
                                    + " triệu đồng nhưng bên dưới không có dòng chi tiết nào. Hãy ghi số liệu vào"
                                    + " từng tiểu dự án."
                                : "Dòng cộng (" + name + ") ghi " + part.name() + " " + Amounts.vn(typed)
                                    + " triệu đồng, nhưng cộng " + children.size() + " dòng chi tiết được "
                                    + Amounts.vn(sum) + " triệu đồng (chênh " + Amounts.vn(diff) + ")."
                                    + TypedSum.roundingNote(code)));
            }
        }
        return out;
    }

    static List<StagedRow> children(StagedRow parent, List<StagedRow> rows) {
        String prefix = parent.leaf() == null || parent.role() == RowRole.TOTAL ? null : parent.leaf();
        return rows.stream()
                .filter(r -> r.role() == RowRole.LEAF && r.sameSheet(parent)
                        && r.rowNo() >= parent.spanFirst() && r.rowNo() <= parent.spanLast()
                        && (prefix == null || r.leaf().equals(prefix) || r.leaf().startsWith(prefix + ".")))
                .toList();
    }
}
