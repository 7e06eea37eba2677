package vn.tonghop.check;

import vn.tonghop.finding.Finding;

import java.util.List;
import java.util.Optional;

/** A rule about one staged row on its own, leaf or typed subtotal alike. */
interface RowCheck extends CapitalCheck {

    Optional<Finding> check(StagedRow row, CheckInput input);

    @Override
    default List<Finding> check(CheckInput input) {
        // A row with a figure that could not be read is already flagged at that cell; its sums would only echo it.
        return input.rows().stream().filter(row -> !row.unreadable()).map(row -> check(row, input))
                .flatMap(Optional::stream).toList();
    }
}
