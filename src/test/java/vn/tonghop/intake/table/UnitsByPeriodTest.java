package vn.tonghop.intake.table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.config.Unit;
import vn.tonghop.testdata.ReorganisationNight;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A name or code is resolved among the units in force on the last day of the report's period (units-over-time.md). */
class UnitsByPeriodTest {

    private static final UnitMatcher UNITS = matcher();

    private static UnitMatcher matcher() {
        try {
            Path jobs = ReorganisationNight.writeJobs(Files.createTempDirectory("jobs-2025"));
            return new UnitMatcher(JobsConfig.load(jobs).units());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} on {1} is {2} ({3}, {4})")
    @CsvSource({
        // 03562 changed meaning on 1 July 2025.
        "03562, 2024-12-31, 03562, Xã Vàng Ma Chải, IN_FORCE",
        "03562, 2025-12-31, 03562, Xã Sì Lở Lầu, IN_FORCE",
        // The name moved from 03550 to 03562.
        "UBND XÃ SÌ LỞ LẦU, 2024-12-31, 03550, Xã Sì Lở Lầu, IN_FORCE",
        "Xã Sì Lở Lầu, 2025-12-31, 03562, Xã Sì Lở Lầu, IN_FORCE",
        // A report of the first half of 2025 is the old commune's.
        "Xã Sì Lở Lầu, 2025-06-30, 03550, Xã Sì Lở Lầu, IN_FORCE",
        "Xã Sin Suối Hồ, 2025-12-31, 03394, Xã Sin Suối Hồ, IN_FORCE",
        // Closed, and not yet set up.
        "03550, 2025-12-31, 03550, Xã Sì Lở Lầu, CLOSED",
        "Xã Mồ Sì San, 2025-12-31, 03553, Xã Mồ Sì San, CLOSED",
        "Phòng Tài chính - Kế hoạch, 2025-12-31, 109-TCKH, Phòng Tài chính - Kế hoạch, CLOSED",
        "UBND PHƯỜNG ĐOÀN KẾT, 2024-12-31, 03388, Phường Đoàn Kết, NOT_YET",
        // A unit that went on under its own code and name is the same unit renewed.
        "Xã Dào San, 2024-12-31, 03571, Xã Dào San, IN_FORCE",
        "Xã Dào San, 2025-12-31, 03571, Xã Dào San, IN_FORCE",
    })
    void aNameIsResolvedForItsPeriod(String name, LocalDate day, String code, String unitName, String kind) {
        UnitMatcher.Resolution r = UNITS.resolve(name, day).orElseThrow();
        assertThat(r.code()).isEqualTo(code);
        assertThat(r.unit().name()).isEqualTo(unitName);
        assertThat(r.kind()).hasToString(kind);
    }

    @Test
    void aNameOfTwoUnitsSaysWhichElseItMeant() {
        UnitMatcher.Resolution r = UNITS.resolve("Xã Sì Lở Lầu", LocalDate.of(2025, 12, 31)).orElseThrow();
        assertThat(r.otherMeanings()).extracting(Unit::dated).containsExactly("Xã Sì Lở Lầu (03550, đến 30/06/2025)");
        UnitMatcher.Resolution code = UNITS.resolve("03562", LocalDate.of(2024, 12, 31)).orElseThrow();
        assertThat(code.otherMeanings()).extracting(Unit::dated).containsExactly("Xã Sì Lở Lầu (03562, từ 01/07/2025)");
        assertThat(UNITS.resolve("Xã Dào San", LocalDate.of(2025, 12, 31)).orElseThrow().otherMeanings()).isEmpty();
    }

    @Test
    void aFileNameIsResolvedForThePeriodToo() {
        assertThat(UNITS.resolveFileName("SiLoLau_2024.xlsx", LocalDate.of(2024, 12, 31))).map(UnitMatcher.Resolution::code)
                .contains("03550");
        assertThat(UNITS.resolveFileName("SiLoLau_2025.xlsx", LocalDate.of(2025, 12, 31))).map(UnitMatcher.Resolution::code)
                .contains("03562");
    }

    /** With no period (a sheet with no year in a file with none), the unit in force now: the name's latest. */
    @Test
    void withoutAPeriodANameOfTwoCodesIsItsLatestUnit() {
        assertThat(UNITS.match("Xã Sì Lở Lầu")).contains("03562");
        assertThat(UNITS.match("Xã Mường So")).contains("03589");
    }
}
