package vn.tonghop.check;

import vn.tonghop.finding.Amounts;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * OUTLIER: a count or amount above the outlier factor times the median of the same unit's other
 * years, or of the other units' figures for the same year (when at least three others reported).
 * Only values too large are flagged: an extra digit is the slip clerks make (11.230 for 1.230),
 * while a figure that falls, such as households in poverty, is the programme working.
 */
final class OutlierCheck implements IndicatorCheck {

    private static final int MIN_OTHER_UNITS = 3;

    /** A figure of an indicator row: its value, its cell, and how a message names it. */
    private record Figure(Function<StagedIndicator, BigDecimal> value, Function<StagedIndicator, String> cell, String what) {
    }

    private static final List<Figure> FIGURES = List.of(
            new Figure(StagedIndicator::actual, StagedIndicator::actualCell, "thực hiện"),
            new Figure(StagedIndicator::plan, StagedIndicator::planCell, "kế hoạch"));

    @Override
    public List<Finding> check(IndicatorInput input) {
        BigDecimal factor = input.config().tolerances().outlierFactor();
        List<StagedIndicator> counted = input.values().stream()
                .filter(v -> input.config().indicators().find(v.indicator()).map(i -> !i.isPercentage()).orElse(false))
                .toList();
        List<Finding> out = new ArrayList<>();
        for (Figure figure : FIGURES) {
            Function<StagedIndicator, BigDecimal> measure = figure.value();
            Map<String, List<StagedIndicator>> byUnit = counted.stream().filter(v -> measure.apply(v) != null)
                    .collect(Collectors.groupingBy(v -> v.unitCode() + "|" + v.indicator()));
            Map<String, List<StagedIndicator>> byYear = counted.stream().filter(v -> measure.apply(v) != null)
                    .collect(Collectors.groupingBy(v -> v.indicator() + "|" + v.year()));
            // With many units, the median of all of them stands for the median of the others.
            Map<String, BigDecimal> yearMedians = new HashMap<>();
            byYear.forEach((k, list) -> {
                if (list.size() > MIN_OTHER_UNITS) {
                    yearMedians.put(k, median(list.stream().map(measure).toList()));
                }
            });
            for (List<StagedIndicator> unitValues : byUnit.values()) {
                for (StagedIndicator v : unitValues) {
                    BigDecimal value = measure.apply(v);
                    if (value.signum() <= 0) {
                        continue;
                    }
                    List<BigDecimal> others = unitValues.stream().filter(o -> o != v && o.year() != v.year())
                            .map(measure).toList();
                    BigDecimal median = null;
                    String against = null;
                    if (!others.isEmpty() && beyond(value, median(others), factor)) {
                        median = median(others);
                        against = "các năm khác của đơn vị";
                    } else if (yearMedians.containsKey(v.indicator() + "|" + v.year())
                            && beyond(value, yearMedians.get(v.indicator() + "|" + v.year()), factor)) {
                        median = yearMedians.get(v.indicator() + "|" + v.year());
                        against = "các đơn vị cùng năm";
                    }
                    if (median != null) {
                        out.add(finding(input, v, value, figure.cell().apply(v), figure.what(), median, against, factor));
                    }
                }
            }
        }
        return out;
    }

    private static Finding finding(IndicatorInput input, StagedIndicator v, BigDecimal value, String cell, String what,
                                   BigDecimal median, String against, BigDecimal factor) {
        return v.finding(FindingCode.OUTLIER, cell).expected("≤ " + Amounts.plain(median.multiply(factor)))
                .actual(Amounts.plain(value))
                .message("Số " + what + " ghi " + Amounts.vn(value) + ", lớn hơn " + Amounts.vn(factor) + " lần mức giữa ("
                        + Amounts.vn(median) + ") của " + against + " (" + IndicatorNames.of(input.config(), v.indicator())
                        + ", năm " + v.year() + "). Hãy kiểm tra xem có gõ thừa chữ số không.");
    }

    private static boolean beyond(BigDecimal value, BigDecimal median, BigDecimal factor) {
        return median.signum() > 0 && value.compareTo(median.multiply(factor)) > 0;
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 9, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
