package vn.tonghop.finding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DecimalsTest {

    @ParameterizedTest
    @CsvSource({
        "86.85, 5808, 6687, true",
        "98.89, 537, 543, true",
        "101.7, 48.8, 48, true",
        "92.65, 66313, 71570, true",
        "81.82, 696, 858, false",
        "81.12, 696, 858, true",
        "86.83, 5808, 6687, false",
        "100, 3912, 3913, true",
        "30.05, 339, 1128, true"})
    void aTypedRateMatchesWithinOneUnitOfItsOwnLastDigit(String typed, String disbursed, String available, boolean matches) {
        BigDecimal t = new BigDecimal(typed);
        assertThat(Decimals.rateMatches(t, t.scale(), new BigDecimal(disbursed), new BigDecimal(available), BigDecimal.ONE))
                .isEqualTo(matches);
    }

    /** Seeded: the computed rate, typed at any precision, always matches; two units of its last digit off never does. */
    @ParameterizedTest
    @ValueSource(longs = {1L, 7L, 42L, 2024L, 90210L})
    void computedRatesMatchAndRatesTwoDigitsOffDoNot(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            BigDecimal available = BigDecimal.valueOf(1 + random.nextInt(500_000));
            BigDecimal disbursed = BigDecimal.valueOf(random.nextInt(available.intValue() + 1));
            int scale = random.nextInt(4);
            BigDecimal rate = disbursed.multiply(BigDecimal.valueOf(100)).divide(available, scale, RoundingMode.HALF_UP);
            BigDecimal off = rate.add(BigDecimal.ONE.movePointLeft(scale).multiply(BigDecimal.valueOf(random.nextBoolean() ? 2 : -2)));
            assertThat(Decimals.rateMatches(rate, scale, disbursed, available, BigDecimal.ONE)).isTrue();
            assertThat(Decimals.rateMatches(off, scale, disbursed, available, BigDecimal.ONE)).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource({"3913, 3912, false", "3912, 3912, true", "3913, 3912.7, true", "3912.7, 3912.7, true", "3912, 3912.7, false"})
    void aTypedFigureStatesAComputedOneExactlyOrRoundedToItsDecimals(String typed, String computed, boolean states) {
        assertThat(Decimals.states(new BigDecimal(typed), new BigDecimal(computed))).isEqualTo(states);
    }
}
