package vn.tonghop.check;

import java.math.BigDecimal;

/** A cumulative typed on a Biểu 02/CT row, and the years it covers. */
record StagedCumulative(String unitCode, String file, String sheet, int rowNo, String indicator,
                               BigDecimal cumulative, String cell, int firstYear, int lastYear) {
}
