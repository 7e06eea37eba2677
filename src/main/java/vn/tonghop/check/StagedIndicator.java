package vn.tonghop.check;

import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;

import java.math.BigDecimal;

/** One year of an indicator row of a Biểu 02/CT sheet in force, with where it came from. */
record StagedIndicator(String unitCode, String file, String sheet, int rowNo, String indicator, int year,
                              BigDecimal plan, BigDecimal actual, BigDecimal rate, int rateScale,
                              String planCell, String actualCell, String rateCell) {

    /** A finding about this figure, placed on {@code cell}. */
    public Finding.Builder finding(FindingCode code, String cell) {
        return Finding.of(code).unit(unitCode).at(file, sheet, cell).leaf(indicator).year(year);
    }
}
