package vn.tonghop.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.tonghop.intake.Measure.ALLOCATED;
import static vn.tonghop.intake.Measure.DISBURSED;

class UnitSuspectCheckTest {

    @Test
    void aFigureInDongOnATrieuForm() {
        List<StagedRow> rows = List.of(
                Rows.leaf("03565", 2024, 11, "DA2", "SN", ALLOCATED, 505, DISBURSED, 390),
                Rows.leaf("03565", 2024, 12, "DA3.1", "SN", ALLOCATED, 300, DISBURSED, 120),
                Rows.leaf("03565", 2024, 13, "DA5", "SN", ALLOCATED, 700, DISBURSED, 700),
                Rows.leaf("03565", 2024, 14, "DA1.1", "SN", ALLOCATED, 640_000_000L, DISBURSED, 600));
        assertThat(new UnitSuspectCheck().check(Rows.input(rows)))
                .extracting(Finding::code, Finding::cell, Finding::expected, Finding::actual)
                .containsExactly(tuple(FindingCode.UNIT_SUSPECT, "G14", "640", "640000000"));
    }

    @Test
    void aFigureInNghinDongAndTheSeedsImpossibleFigure() {
        List<StagedRow> rows = List.of(
                Rows.leaf("109-LDTBXH", 2023, 11, "DA4.2", "SN", ALLOCATED, 957),
                Rows.leaf("109-LDTBXH", 2023, 12, "DA4.3", "SN", ALLOCATED, 634),
                Rows.leaf("109-LDTBXH", 2023, 13, "DA7.1", "SN", ALLOCATED, 852_000));
        assertThat(new UnitSuspectCheck().check(Rows.input(rows))).extracting(Finding::cell, Finding::expected)
                .containsExactly(tuple("G13", "852"));
        List<StagedRow> alone = List.of(Rows.leaf("109-LDTBXH", 2024, 11, "DA4.2", "SN", ALLOCATED, 2_393_204_179L));
        assertThat(new UnitSuspectCheck().check(Rows.input(alone))).extracting(Finding::expected).containsExactly("2393.204179");
    }

    @Test
    void aLargeButPlausibleFigureIsNotSuspect() {
        List<StagedRow> rows = List.of(
                Rows.leaf("109-BQLDA", 2023, 11, "DA1.1", "ĐTPT", ALLOCATED, 85_257, DISBURSED, 85_148),
                Rows.leaf("109-BQLDA", 2023, 12, "DA1.2", "SN", ALLOCATED, 650),
                Rows.leaf("109-BQLDA", 2023, 13, "DA1.1", "SN", ALLOCATED, 850));
        assertThat(new UnitSuspectCheck().check(Rows.input(rows))).isEmpty();
    }
}
