package vn.tonghop.check;

import vn.tonghop.finding.Finding;

import java.util.List;

/** One check over the staged Biểu 02/CT figures. */
interface IndicatorCheck {
    List<Finding> check(IndicatorInput input);
}
