package vn.tonghop.check;

import org.junit.jupiter.api.Test;
import vn.tonghop.finding.Finding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CarryChainCheckTest {

    private static LeafAmount amount(String unit, String leaf, int year, long carryIn, long carryOut, long rowId) {
        return new LeafAmount(unit, leaf, "ĐTPT", "NSTW", year, BigDecimal.valueOf(carryIn), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.valueOf(carryOut), rowId);
    }

    @Test
    void whatWasCarriedOutMustBeCarriedIn() {
        StagedRow row2024 = Rows.leaf("109-BQLDA", 2024, 13, "DA1.1", "ĐTPT");
        List<LeafAmount> amounts = List.of(amount("109-BQLDA", "DA1.1", 2023, 5257, 109, 1),
                amount("109-BQLDA", "DA1.1", 2024, 0, 0, row2024.rowId()));
        List<Finding> found = new CarryChainCheck().check(Rows.input(List.of(row2024), amounts,
                Set.of("109-BQLDA|2023", "109-BQLDA|2024")));
        assertThat(found).extracting(Finding::unitCode, Finding::leaf, Finding::year, Finding::cell, Finding::expected, Finding::actual)
                .containsExactly(tuple("109-BQLDA", "DA1.1", 2024, "F13", "109", "0"));
    }

    @Test
    void aLeafDroppedFromTheNextYearStillBreaksTheChain() {
        List<LeafAmount> amounts = List.of(amount("109-BQLDA", "DA1.1", 2023, 0, 109, 1));
        List<Finding> found = new CarryChainCheck().check(Rows.input(List.of(), amounts, Set.of("109-BQLDA|2023", "109-BQLDA|2024")));
        assertThat(found).extracting(Finding::year, Finding::expected, Finding::actual).containsExactly(tuple(2024, "109", "0"));
    }

    @Test
    void aCarryInFromAYearWithoutThatLeafIsABreak() {
        List<LeafAmount> amounts = List.of(amount("109-BQLDA", "DA1.2", 2023, 0, 0, 1), amount("109-BQLDA", "DA1.1", 2024, 40, 0, 2));
        List<Finding> found = new CarryChainCheck().check(Rows.input(List.of(), amounts, Set.of("109-BQLDA|2023", "109-BQLDA|2024")));
        assertThat(found).extracting(Finding::leaf, Finding::expected, Finding::actual).containsExactly(tuple("DA1.1", "0", "40"));
    }

    @Test
    void nothingIsSaidWhenTheOtherYearWasNotReported() {
        assertThat(new CarryChainCheck().check(Rows.input(List.of(), List.of(amount("03589", "DA5", 2023, 0, 100, 1)),
                Set.of("03589|2023")))).isEmpty();
        assertThat(new CarryChainCheck().check(Rows.input(List.of(), List.of(amount("03589", "DA2", 2024, 50, 0, 2)),
                Set.of("03589|2024")))).isEmpty();
    }
}
