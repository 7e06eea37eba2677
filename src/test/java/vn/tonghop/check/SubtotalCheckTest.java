package vn.tonghop.check;

import org.junit.jupiter.api.Test;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.staging.RowRole;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.tonghop.staging.Measure.ALLOCATED;
import static vn.tonghop.staging.Measure.CARRY_IN;
import static vn.tonghop.staging.Measure.DISBURSED;

class SubtotalCheckTest {

    private final StagedRow da71 = Rows.leaf("109-LDTBXH", 2023, 15, "DA7.1", "SN", CARRY_IN, 6, ALLOCATED, 852, DISBURSED, 696);
    private final StagedRow da72 = Rows.leaf("109-LDTBXH", 2023, 16, "DA7.2", "SN", CARRY_IN, 193, ALLOCATED, 326, DISBURSED, 402);

    @Test
    void aProjectRowThatIsNotTheSumOfItsSubProjectsIsAMismatch() {
        StagedRow da7 = Rows.subtotal("109-LDTBXH", 2023, 14, RowRole.SUBTOTAL, "DA7", 15, 16,
                CARRY_IN, 199, ALLOCATED, 1178, DISBURSED, 1046);
        List<Finding> found = new SubtotalCheck().check(Rows.input(List.of(da7, da71, da72)));
        assertThat(found).extracting(Finding::code, Finding::cell, Finding::leaf, Finding::expected, Finding::actual)
                .containsExactly(tuple(FindingCode.SUBTOTAL_MISMATCH, "I14", "DA7", "1098", "1046"));
    }

    @Test
    void aDifferenceOfUpToOnePerChildIsRoundingAndBeyondIsAMismatch() {
        StagedRow within = Rows.subtotal("109-LDTBXH", 2023, 14, RowRole.SUBTOTAL, "DA7", 15, 16, ALLOCATED, 1180);
        StagedRow beyond = Rows.subtotal("109-LDTBXH", 2023, 13, RowRole.TOTAL, "TOTAL", 13, 16, ALLOCATED, 1181);
        List<Finding> found = new SubtotalCheck().check(Rows.input(List.of(within, beyond, da71, da72)));
        assertThat(found).extracting(Finding::code, Finding::leaf, Finding::expected, Finding::actual).containsExactlyInAnyOrder(
                tuple(FindingCode.ROUNDING_DIFFERENCE, "DA7", "1178", "1180"),
                tuple(FindingCode.SUBTOTAL_MISMATCH, "TOTAL", "1178", "1181"));
    }

    @Test
    void leavesOutsideTheSpanOrOfAnotherProjectAreNotCounted() {
        StagedRow other = Rows.leaf("109-LDTBXH", 2023, 17, "DA4.3", "SN", ALLOCATED, 634);
        StagedRow da7 = Rows.subtotal("109-LDTBXH", 2023, 14, RowRole.SUBTOTAL, "DA7", 15, 17, ALLOCATED, 1178);
        assertThat(new SubtotalCheck().check(Rows.input(List.of(da7, da71, da72, other)))).isEmpty();
    }
}
