package vn.tonghop.report;

import org.junit.jupiter.api.Test;
import vn.tonghop.consolidate.Fact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tonghop.report.UnitFundFigures.AVAILABLE_NSDP;
import static vn.tonghop.report.UnitFundFigures.AVAILABLE_NSTW;
import static vn.tonghop.report.UnitFundFigures.CARRY_OUT;
import static vn.tonghop.report.UnitFundFigures.DISBURSED_NSDP;
import static vn.tonghop.report.UnitFundFigures.DISBURSED_NSTW;
import static vn.tonghop.report.UnitFundFigures.RETURNED;

class UnitFundFiguresTest {

    private static Fact fact(String unit, String leaf, String fund, String source, int year, String measure, long value) {
        return new Fact(unit, leaf, fund, source, year, measure, BigDecimal.valueOf(value), "f.xlsx", "2023", "E9");
    }

    @Test
    void eachFigureOfAUnitLeafAndFundIsAddedUpByYearAndSource() {
        List<Fact> facts = new ArrayList<>(List.of(
                fact("03577", "DA2", "SN", "NSTW", 2023, "available", 400),
                fact("03577", "DA2", "SN", "NSTW", 2023, "available", 100),
                fact("03577", "DA2", "SN", "NSĐP", 2023, "available", 80),
                fact("03577", "DA2", "SN", "NSTW", 2023, "disbursed", 350),
                fact("03577", "DA2", "SN", "NSĐP", 2024, "disbursed", 60),
                fact("03577", "DA2", "SN", "NSTW", 2023, "carry_out", 150),
                fact("03577", "DA2", "SN", "NSTW", 2024, "returned", 5),
                fact("03577", "DA2", "SN", "NSTW", 2023, "allocated", 500),
                fact("03577", "DA2", "SN", "NSĐP", 2024, "allocated", 20),
                fact("03577", "DA2", "SN", "NSTW", 2023, "carry_in", 999),
                // Money of no known source has no column by unit.
                fact("03577", "DA2", "SN", "KHAC", 2023, "available", 7),
                fact("03577", "DA2", "ĐTPT", "NSTW", 2023, "available", 1000),
                fact("03589", "DA2", "SN", "NSTW", 2024, "available", 30)));
        // The same unit, leaf and fund again after another: added to the same figures, not started afresh.
        facts.add(fact("03577", "DA2", "SN", "NSTW", 2023, "disbursed", 10));

        Map<String, UnitFundFigures> all = UnitFundFigures.of(facts, List.of(2023, 2024));

        assertThat(all).containsOnlyKeys(UnitFundFigures.key("SN", "DA2", "03577"), UnitFundFigures.key("ĐTPT", "DA2", "03577"),
                UnitFundFigures.key("SN", "DA2", "03589"));
        UnitFundFigures banLang = all.get(UnitFundFigures.key("SN", "DA2", "03577"));
        assertThat(banLang.at(0, AVAILABLE_NSTW)).isEqualByComparingTo("500");
        assertThat(banLang.at(0, AVAILABLE_NSDP)).isEqualByComparingTo("80");
        assertThat(banLang.at(0, DISBURSED_NSTW)).isEqualByComparingTo("360");
        assertThat(banLang.at(0, DISBURSED_NSDP)).as("no fact, a blank cell").isNull();
        assertThat(banLang.at(1, DISBURSED_NSDP)).isEqualByComparingTo("60");
        assertThat(banLang.at(0, CARRY_OUT)).isEqualByComparingTo("150");
        assertThat(banLang.at(1, CARRY_OUT)).isNull();
        assertThat(banLang.at(1, RETURNED)).isEqualByComparingTo("5");
        assertThat(banLang.allocated()).as("over all years and sources").isEqualByComparingTo("520");
        assertThat(all.get(UnitFundFigures.key("ĐTPT", "DA2", "03577")).at(0, AVAILABLE_NSTW)).isEqualByComparingTo("1000");
        assertThat(all.get(UnitFundFigures.key("ĐTPT", "DA2", "03577")).allocated()).isNull();
        assertThat(all.get(UnitFundFigures.key("SN", "DA2", "03589")).at(1, AVAILABLE_NSTW)).isEqualByComparingTo("30");
    }
}
