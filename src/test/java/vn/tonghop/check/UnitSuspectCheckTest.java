package vn.tonghop.check;

import org.junit.jupiter.api.Test;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.tonghop.staging.Measure.ALLOCATED;
import static vn.tonghop.staging.Measure.DISBURSED;

class UnitSuspectCheckTest {

    /** Leaving a row out by its place in the sorted figures gives the median of the others, as sorting them anew does. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void theMedianOfTheOtherRowsIsTheMedianWithoutThisOne(long seed) {
        Random random = new Random(seed);
        int n = random.nextInt(12);
        BigDecimal[] sorted = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = BigDecimal.valueOf(random.nextInt(5) * 100 + random.nextInt(3));
        }
        Arrays.sort(sorted);
        for (int except = -1; except < n; except++) {
            List<BigDecimal> others = new ArrayList<>(List.of(sorted));
            if (except >= 0) {
                others.remove(except);
            }
            BigDecimal expected = null;
            int m = others.size();
            if (m >= 2) {
                expected = m % 2 == 1 ? others.get(m / 2)
                        : others.get(m / 2 - 1).add(others.get(m / 2)).divide(BigDecimal.valueOf(2));
            }
            assertThat(UnitSuspectCheck.medianWithout(sorted, except)).isEqualTo(expected);
        }
    }

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

    /** Every figure of the sheet in đồng: the others are no yardstick, and size alone cannot tell đồng from nghìn đồng. */
    @Test
    void aWholeSheetInDongIsSaidWithBothReadings() {
        List<StagedRow> rows = List.of(
                Rows.leaf("03589", 2023, 12, "DA1.1", "SN", ALLOCATED, 640_000_000L, DISBURSED, 600_000_000L),
                Rows.leaf("03589", 2023, 13, "DA2", "SN", ALLOCATED, 480_000_000L, DISBURSED, 455_000_000L),
                Rows.leaf("03589", 2023, 15, "DA3.1", "SN", ALLOCATED, 210_000_000L, DISBURSED, 245_000_000L));
        List<Finding> found = new UnitSuspectCheck().check(Rows.input(rows));
        assertThat(found).extracting(Finding::cell, Finding::expected)
                .containsExactly(tuple("G12", "640"), tuple("G13", "480"), tuple("G15", "210"));
        assertThat(found.get(0).message()).contains("theo đồng (tức 640 triệu đồng)", "nghìn đồng (tức 640.000 triệu đồng)");
    }
}
