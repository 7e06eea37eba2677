package vn.tonghop.check;

import vn.tonghop.finding.Finding;

import java.util.List;

/** One check over the staged capital rows. */
interface CapitalCheck {
    List<Finding> check(CheckInput input);
}
