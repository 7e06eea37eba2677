package vn.tonghop.check;

import org.junit.jupiter.api.Test;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.staging.CompletenessRow;
import vn.tonghop.testdata.TestConfig;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.tonghop.staging.Measure.ALLOCATED;
import static vn.tonghop.staging.Measure.DISBURSED;

/** The rules that compare units with the finance office's register and plan, and the completeness table. */
class RegisterChecksTest {

    private static RegisterEntry allocation(String unit, String node, int year, long amount, String decision) {
        return new RegisterEntry(false, unit, node, "SN", "NSTW", year, BigDecimal.valueOf(amount), "TCKH.xlsx", "Giao vốn",
                "F" + (10 + year - 2022), decision);
    }

    private static RegisterEntry plan(String node, long amount) {
        return new RegisterEntry(true, "109-TCKH", node, "SN", "NSTW", 0, BigDecimal.valueOf(amount), "TCKH.xlsx",
                "Kế hoạch trung hạn", "D7", null);
    }

    private static CheckInput input(List<StagedRow> rows, List<RegisterEntry> register) {
        Set<String> reported = new HashSet<>();
        rows.forEach(r -> reported.add(CheckInput.unitYear(r.unitCode(), r.year())));
        return new CheckInput(TestConfig.jobs(), rows, Rows.amounts(rows), reported, register);
    }

    @Test
    void aReportedAllocationIsCheckedAgainstTheSumOfItsDecisions() {
        List<StagedRow> rows = List.of(
                Rows.leaf("03589", 2023, 12, "DA2", "SN", ALLOCATED, 480, DISBURSED, 455),
                Rows.leaf("03586", 2023, 12, "DA2", "SN", ALLOCATED, 300, DISBURSED, 280),
                Rows.leaf("03586", 2023, 13, "DA3.1", "SN", ALLOCATED, 90, DISBURSED, 80));
        List<RegisterEntry> register = List.of(
                allocation("03589", "DA2", 2023, 400, "QĐ 12/QĐ-UBND"), allocation("03589", "DA2", 2023, 80, "QĐ 45/QĐ-UBND"),
                allocation("03586", "DA2", 2023, 350, "QĐ 12/QĐ-UBND"),
                // Not reported for 2022 at all: MISSING_REPORT says so, not this rule.
                allocation("03586", "DA2", 2022, 100, null));
        List<Finding> found = new AllocationRegisterCheck().check(input(rows, register));
        assertThat(found).extracting(Finding::code, Finding::unitCode, Finding::cell, Finding::expected, Finding::actual)
                .containsExactlyInAnyOrder(
                        tuple(FindingCode.ALLOCATION_MISMATCH, "03586", "G12", "350", "300"),
                        tuple(FindingCode.ALLOCATION_UNREGISTERED, "03586", "G13", "0", "90"));
        assertThat(found).filteredOn(f -> f.code() == FindingCode.ALLOCATION_MISMATCH).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("QĐ 12/QĐ-UBND", "350", "300"));
    }

    @Test
    void withoutARegisterNothingIsCompared() {
        List<StagedRow> rows = List.of(Rows.leaf("03589", 2023, 12, "DA2", "SN", ALLOCATED, 480));
        assertThat(new AllocationRegisterCheck().check(input(rows, List.of()))).isEmpty();
    }

    @Test
    void allocationsOverTheMediumTermPlanAreFlaggedAndALineWithoutAPlanIsNot() {
        List<StagedRow> rows = List.of(Rows.leaf("03589", 2023, 12, "DA2", "SN", ALLOCATED, 480));
        List<RegisterEntry> register = List.of(plan("DA2", 1000), plan("DA3", 500),
                allocation("03589", "DA2", 2022, 600, null), allocation("03589", "DA2", 2023, 480, null),
                allocation("03589", "DA3.1", 2023, 500, null), allocation("03589", "DA4.3", 2023, 9000, null));
        assertThat(new MediumTermPlanCheck().check(input(rows, register)))
                .extracting(Finding::code, Finding::leaf, Finding::expected, Finding::actual)
                .containsExactly(tuple(FindingCode.OVER_MEDIUM_TERM_PLAN, "DA2", "1000", "1080"));
    }

    @Test
    void withoutAllocationsInTheRegisterThePlanIsComparedWithWhatUnitsReported() {
        List<StagedRow> rows = List.of(Rows.leaf("03589", 2023, 12, "DA2", "SN", ALLOCATED, 700),
                Rows.leaf("03586", 2023, 12, "DA2", "SN", ALLOCATED, 400));
        assertThat(new MediumTermPlanCheck().check(input(rows, List.of(plan("DA2", 1000)))))
                .extracting(Finding::expected, Finding::actual).containsExactly(tuple("1000", "1100"));
    }

    @Test
    void aMissingOrRejectedReportIsAWarningAndAReceivedOneIsNot() {
        List<Finding> found = new MissingReportCheck().check(List.of(
                new CompletenessRow("03589", "01/VỐN", 2023, CompletenessRow.Status.received, "MuongSo.xlsx"),
                new CompletenessRow("03586", "01/VỐN", 2023, CompletenessRow.Status.missing, null),
                new CompletenessRow("03571", "02/CT", null, CompletenessRow.Status.rejected, "DaoSan.xlsx")));
        assertThat(found).extracting(Finding::code, Finding::unitCode, Finding::year, Finding::file)
                .containsExactly(tuple(FindingCode.MISSING_REPORT, "03586", 2023, null),
                        tuple(FindingCode.MISSING_REPORT, "03571", null, "DaoSan.xlsx"));
        assertThat(found.get(0).message()).contains("01/VỐN năm 2023");
        assertThat(found.get(1).message()).contains("không đọc được");
    }
}
