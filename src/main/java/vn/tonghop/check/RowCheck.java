package vn.tonghop.check;

import java.util.List;
import java.util.Optional;

/** A rule about one staged row on its own, leaf or typed subtotal alike. */
public interface RowCheck extends CapitalCheck {

    Optional<Finding> check(StagedRow row, CheckInput input);

    @Override
    default List<Finding> check(CheckInput input) {
        return input.rows().stream().map(row -> check(row, input)).flatMap(Optional::stream).toList();
    }
}
