package vn.tonghop.intake.indicator;

import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator row of Biểu 02/CT: the catalogue code it names, its years, and the cumulative the
 * clerk typed with the years that cumulative covers.
 */
public record IndicatorRow(int rowNo, String label, String indicator, List<IndicatorValue> values,
                           BigDecimal cumulative, String cumulativeCell, int cumulativeFirstYear, int cumulativeLastYear) {
}
