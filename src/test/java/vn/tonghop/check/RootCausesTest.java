package vn.tonghop.check;

import org.junit.jupiter.api.Test;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.staging.Measure;
import vn.tonghop.staging.RowRole;
import vn.tonghop.testdata.TestConfig;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** One typed value behind several findings: the cell, the one value that mends all, and nothing when that is not one. */
class RootCausesTest {

    /** A year of the seed's CT08 row: actual in column E…, rate beside it; cells by year so each is its own. */
    private static StagedIndicator year(int year, String plan, String actual, String rate) {
        String col = String.valueOf((char) ('A' + (year - 2021) * 3));
        return new StagedIndicator("109-LDTBXH", "LDTBXH.xlsx", "Chỉ tiêu", 8, "CT08", year, dec(plan), dec(actual),
                dec(rate), rate == null ? 0 : Math.max(0, new BigDecimal(rate).scale()), col + "8", col + "9", col + "10");
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }

    private static StagedCumulative cumulative(String typed) {
        return new StagedCumulative("109-LDTBXH", "LDTBXH.xlsx", "Chỉ tiêu", 8, "CT08", new BigDecimal(typed), "Q8", 2021, 2024);
    }

    private static List<RootCauses.Root> roots(List<StagedIndicator> years, String cumulative) {
        return RootCauses.ofIndicators(new IndicatorInput(TestConfig.jobs(), years, List.of(cumulative(cumulative))));
    }

    /** The seed: 11.230 typed for 1.230 in 2024; the 2021 rate's own typo (1.132,2 for 132,2) is a single relation. */
    private static List<StagedIndicator> seed(String actual2024) {
        return List.of(year(2021, "1000", "1322", "1132.2"), year(2022, "1100", "1286", "116.91"),
                year(2023, "1200", "2032", "169.33"), year(2024, "1230", actual2024, "100"));
    }

    @Test
    void theSeedsTypoIsOneRootWithItsValue() {
        List<RootCauses.Root> roots = roots(seed("11230"), "5870");
        assertThat(roots).singleElement().satisfies(r -> {
            assertThat(r.sheetCell()).isEqualTo("Chỉ tiêu!J9");
            assertThat(r.value()).isEqualByComparingTo("1230");
            assertThat(r.explains()).containsExactlyInAnyOrder("Chỉ tiêu!J10", "Chỉ tiêu!Q8");
            assertThat(r.why()).isEqualTo("Có lẽ là 1.230: với giá trị này tỷ lệ và lũy kế đều khớp.");
        });
    }

    @Test
    void theRootsFindingCarriesTheValueAndTheOthersNameItsCell() {
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.of(FindingCode.OUTLIER).unit("109-LDTBXH").at("LDTBXH.xlsx", "Chỉ tiêu", "J9").expected("≤ 6610")
                .message("Số thực hiện ghi 11.230."));
        findings.add(Finding.of(FindingCode.ACHIEVEMENT_MISMATCH).at("LDTBXH.xlsx", "Chỉ tiêu", "J10").message("Tỷ lệ."));
        findings.add(Finding.of(FindingCode.CUMULATIVE_MISMATCH).at("LDTBXH.xlsx", "Chỉ tiêu", "Q8").message("Lũy kế."));
        findings.add(Finding.of(FindingCode.ACHIEVEMENT_MISMATCH).at("LDTBXH.xlsx", "Chỉ tiêu", "A10").message("2021."));
        List<RootCauses.Root> roots = RootCauses.standing(roots(seed("11230"), "5870"), findings);
        List<Finding> explained = RootCauses.apply(roots, findings);
        assertThat(explained).extracting(Finding::cell, Finding::rootCell, Finding::suggested).containsExactly(
                tuple("J9", null, "1230"),
                tuple("J10", "Chỉ tiêu!J9", null),
                tuple("Q8", "Chỉ tiêu!J9", null),
                tuple("A10", null, null));
        assertThat(explained.get(0).message()).endsWith("Có lẽ là 1.230: với giá trị này tỷ lệ và lũy kế đều khớp.");
    }

    /** Two actuals, each with a failed rate, either of which would mend the cumulative: no suggestion. */
    @Test
    void twoValuesThatFitSuggestNothing() {
        List<StagedIndicator> years = List.of(year(2021, "1000", "5000", "100"), year(2022, "1000", "5000", "100"),
                year(2023, "1000", "1000", "100"), year(2024, "1000", "1000", "100"));
        // 8.000 typed against 5.000 + 5.000 + 1.000 + 1.000 = 12.000: 2021 at 1.000 gives 8.000, and so does 2022.
        assertThat(roots(years, "8000")).isEmpty();
        // Either alone would be a root: with 2022 right, 2021 is.
        List<StagedIndicator> one = List.of(years.get(0), year(2022, "1000", "1000", "100"), years.get(2), years.get(3));
        assertThat(roots(one, "4000")).extracting(RootCauses.Root::sheetCell).containsExactly("Chỉ tiêu!A9");
    }

    /** The cumulative asks for a value the rate does not allow: none fits, none is suggested. */
    @Test
    void noValueThatFitsSuggestsNothing() {
        assertThat(roots(seed("11230"), "5000")).isEmpty();
        assertThat(roots(seed("1230"), "5870")).as("nothing failed").isEmpty();
    }

    /** A value that would still be far above the unit's other years explains nothing. */
    @Test
    void aValueStillAnOutlierIsNoRoot() {
        List<Finding> outlier = List.of(Finding.of(FindingCode.OUTLIER).at("LDTBXH.xlsx", "Chỉ tiêu", "J9").expected("≤ 1000")
                .message("."));
        assertThat(RootCauses.standing(roots(seed("11230"), "5870"), outlier)).isEmpty();
    }

    /** Disbursement 5.900 typed for 590 of 600 available, rate 98,33 % and carry-out 10 typed right. */
    @Test
    void aDisbursementTypedWrongIsTheRootOfItsRateAndCarryOut() {
        StagedRow row = Rows.withRate(Rows.leaf("03589", 2024, 12, "DA2", "SN", Measure.ALLOCATED, 600,
                Measure.DISBURSED, 5900, Measure.CARRY_OUT, 10), "98.33");
        List<RootCauses.Root> roots = RootCauses.ofCapital(Rows.input(List.of(row)));
        assertThat(roots).singleElement().satisfies(r -> {
            assertThat(r.sheetCell()).isEqualTo("2024!I12");
            assertThat(r.value()).isEqualByComparingTo("590");
            assertThat(r.explains()).containsExactlyInAnyOrder("2024!J12", "2024!K12");
            assertThat(r.why()).isEqualTo("Có lẽ là 590: với giá trị này tỷ lệ giải ngân và số chuyển nguồn đều khớp.");
        });
        // Its cell has a finding of its own (more disbursed than available): that one carries the value.
        Finding over = Finding.of(FindingCode.DISBURSED_OVER_AVAILABLE).unit("03589").at("03589.xlsx", "2024", "I12").message(".");
        assertThat(RootCauses.ownFindings(roots, List.of(over), null)).isEmpty();
        assertThat(RootCauses.apply(roots, List.of(over))).singleElement().extracting(Finding::suggested).isEqualTo("590");
    }

    /** A rate that agrees with the carry-out's value is none: 5.900 against 59 % suggests nothing. */
    @Test
    void aDisbursementWhoseRateDisagreesWithItsCarryOutSuggestsNothing() {
        StagedRow row = Rows.withRate(Rows.leaf("03589", 2024, 12, "DA2", "SN", Measure.ALLOCATED, 600,
                Measure.DISBURSED, 5900, Measure.CARRY_OUT, 10), "59");
        assertThat(RootCauses.ofCapital(Rows.input(List.of(row)))).isEmpty();
    }

    /** Allocation 6.000 typed for 600: the typed total 600 and the carry-out 10 both say 600. */
    @Test
    void anAllocationTypedWrongIsTheRootOfTheTotalAndCarryOutAndGetsAFindingOfItsOwn() {
        StagedRow row = Rows.leaf("03589", 2024, 12, "DA2", "SN", Measure.ALLOCATED, 6000, Measure.AVAILABLE, 600,
                Measure.DISBURSED, 590, Measure.CARRY_OUT, 10);
        List<RootCauses.Root> roots = RootCauses.ofCapital(Rows.input(List.of(row)));
        assertThat(roots).singleElement().satisfies(r -> {
            assertThat(r.sheetCell()).isEqualTo("2024!G12");
            assertThat(r.value()).isEqualByComparingTo("600");
        });
        List<Finding> own = RootCauses.ownFindings(roots, List.of(), Set.of("03589"));
        assertThat(own).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.TYPO_SUSPECTED);
            assertThat(f.cell() + " " + f.suggested()).isEqualTo("G12 600");
            assertThat(f.message()).endsWith("Có lẽ là 600: với giá trị này tổng số kế hoạch vốn và số chuyển nguồn đều khớp.");
        });
        assertThat(RootCauses.ownFindings(roots, List.of(), Set.of("03490"))).as("not a unit checked tonight").isEmpty();
    }

    /** Off by rounding only, the carry-out explains nothing. */
    @Test
    void aCarryOutOffByRoundingIsNoFailure() {
        StagedRow row = Rows.withRate(Rows.leaf("03589", 2024, 12, "DA2", "SN", Measure.ALLOCATED, 600,
                Measure.DISBURSED, 590, Measure.CARRY_OUT, 11), "50");
        assertThat(RootCauses.ofCapital(Rows.input(List.of(row)))).isEmpty();
    }

    /** Carry-out 100 typed for 10: its row (600 − 590) and 2025's carry-in of 10 both say 10. */
    @Test
    void aCarryOutTypedWrongIsTheRootOfTheChainBreak() {
        StagedRow y24 = Rows.leaf("03589", 2024, 12, "DA2", "SN", Measure.ALLOCATED, 600, Measure.DISBURSED, 590,
                Measure.CARRY_OUT, 100);
        StagedRow y25 = Rows.leaf("03589", 2025, 12, "DA2", "SN", Measure.CARRY_IN, 10, Measure.ALLOCATED, 500,
                Measure.DISBURSED, 510);
        List<StagedRow> rows = List.of(y24, y25);
        List<RootCauses.Root> roots = RootCauses.ofCapital(Rows.input(rows, Rows.amounts(rows), Set.of()));
        assertThat(roots).singleElement().satisfies(r -> {
            assertThat(r.sheetCell()).isEqualTo("2024!K12");
            assertThat(r.value()).isEqualByComparingTo("10");
            assertThat(r.explains()).containsExactly("2025!F12");
        });
    }

    /** 5.900 typed for 590, no rate: its carry-out and the project's typed 790 (590 + 200) both say 590. */
    @Test
    void aDisbursementTypedWrongIsTheRootOfItsSubtotalToo() {
        StagedRow leaf = Rows.leaf("03589", 2024, 12, "DA3.1", "SN", Measure.ALLOCATED, 600, Measure.DISBURSED, 5900,
                Measure.CARRY_OUT, 10);
        StagedRow other = Rows.leaf("03589", 2024, 13, "DA3.2", "SN", Measure.ALLOCATED, 200, Measure.DISBURSED, 200);
        StagedRow project = Rows.subtotal("03589", 2024, 11, RowRole.SUBTOTAL, "DA3", 12, 13, Measure.DISBURSED, 790);
        List<RootCauses.Root> roots = RootCauses.ofCapital(Rows.input(List.of(project, leaf, other)));
        assertThat(roots).singleElement().satisfies(r -> {
            assertThat(r.sheetCell()).isEqualTo("2024!I12");
            assertThat(r.explains()).containsExactlyInAnyOrder("2024!K12", "2024!I11");
        });
        // The project row added the typo up (a formula): it follows the mended cell, and explains nothing.
        StagedRow formula = Rows.subtotal("03589", 2024, 11, RowRole.SUBTOTAL, "DA3", 12, 13, Measure.DISBURSED, 6100);
        StagedRow rated = Rows.withRate(leaf, "98.33");
        assertThat(RootCauses.ofCapital(Rows.input(List.of(formula, rated, other)))).singleElement()
                .satisfies(r -> assertThat(r.explains()).containsExactlyInAnyOrder("2024!K12", "2024!J12"));
        assertThat(RootCauses.ofCapital(Rows.input(List.of(formula, leaf, other)))).as("the carry-out alone").isEmpty();
        // One that disagrees with both the typo and the value: the value is not the one.
        StagedRow neither = Rows.subtotal("03589", 2024, 11, RowRole.SUBTOTAL, "DA3", 12, 13, Measure.DISBURSED, 1500);
        assertThat(RootCauses.ofCapital(Rows.input(List.of(neither, leaf, other)))).isEmpty();
    }
}
