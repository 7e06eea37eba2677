package vn.tonghop.check;

import org.junit.jupiter.api.Test;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.finding.Severity;
import vn.tonghop.staging.RowRole;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.tonghop.staging.Measure.ALLOCATED;
import static vn.tonghop.staging.Measure.AVAILABLE;
import static vn.tonghop.staging.Measure.CARRY_IN;
import static vn.tonghop.staging.Measure.CARRY_OUT;
import static vn.tonghop.staging.Measure.DISBURSED;
import static vn.tonghop.staging.Measure.RETURNED;

/** The row-level money rules of rules.md, each on a case that breaks it and one on its boundary that does not. */
class MoneyChecksTest {

    @Test
    void disbursedOverAvailableOnLeavesAndSubtotals() {
        List<StagedRow> rows = List.of(
                Rows.leaf("03589", 2023, 12, "DA2", "SN", CARRY_IN, 0, ALLOCATED, 500, DISBURSED, 530),
                Rows.leaf("03589", 2023, 13, "DA5", "SN", CARRY_IN, 20, ALLOCATED, 500, DISBURSED, 520),
                Rows.subtotal("03589", 2023, 10, RowRole.TOTAL, "TOTAL", 11, 13, ALLOCATED, 1000, DISBURSED, 1050));
        List<Finding> found = new DisbursedOverAvailableCheck().check(Rows.input(rows));
        assertThat(found).extracting(Finding::cell, Finding::expected, Finding::actual)
                .containsExactlyInAnyOrder(tuple("I12", "500", "530"), tuple("I10", "1000", "1050"));
        assertThat(found.get(0).message()).contains("Giải ngân 530 triệu đồng vượt tổng kế hoạch vốn 500 triệu đồng (Dự án 2, năm 2023)");
    }

    @Test
    void availableMismatchBeyondRoundingAndANoteWithinIt() {
        List<StagedRow> rows = List.of(
                // The seed's own: parts typed rounded to the triệu one by one, within 1 a part.
                Rows.leaf("109-GDNN", 2024, 12, "DA4.1", "SN", CARRY_IN, 1847, ALLOCATED, 2065, AVAILABLE, 3913),
                Rows.leaf("109-GDNN", 2024, 13, "DA4.1", "SN", CARRY_IN, 1847, ALLOCATED, 2065, AVAILABLE, 3912),
                Rows.leaf("109-GDNN", 2024, 14, "DA4.1", "SN", AVAILABLE, 50),
                Rows.leaf("109-GDNN", 2024, 15, "DA4.1", "SN", CARRY_IN, 1847, ALLOCATED, 2065, AVAILABLE, 3914),
                Rows.leaf("109-GDNN", 2024, 16, "DA4.1", "SN", CARRY_IN, 1847, ALLOCATED, 2065, AVAILABLE, 3915),
                // One part typed: one triệu of rounding, not two.
                Rows.leaf("109-GDNN", 2024, 17, "DA4.1", "SN", ALLOCATED, 2065, AVAILABLE, 2067));
        List<Finding> found = new AvailableMismatchCheck().check(Rows.input(rows));
        assertThat(found).extracting(Finding::code, Finding::cell, Finding::expected, Finding::actual)
                .containsExactly(tuple(FindingCode.ROUNDING_DIFFERENCE, "H12", "3912", "3913"),
                        tuple(FindingCode.ROUNDING_DIFFERENCE, "H15", "3912", "3914"),
                        tuple(FindingCode.AVAILABLE_MISMATCH, "H16", "3912", "3915"),
                        tuple(FindingCode.AVAILABLE_MISMATCH, "H17", "2065", "2067"));
        assertThat(found.get(0).severity()).isEqualTo(Severity.NOTE);
        assertThat(found.get(0).message()).contains("Chênh lệch nằm trong mức làm tròn");
        assertThat(found.get(2).message()).doesNotContain("làm tròn");
    }

    @Test
    void rateMismatchFlagsTheSeedsSlipAndNotTheBoundary() {
        StagedRow slip = Rows.withRate(Rows.leaf("109-LDTBXH", 2023, 15, "DA7.1", "SN", CARRY_IN, 6, ALLOCATED, 852, DISBURSED, 696), "81.82");
        StagedRow boundary = Rows.withRate(Rows.leaf("109-DVNN", 2023, 11, "DA2", "SN", CARRY_IN, 4672, ALLOCATED, 2015, DISBURSED, 5808), "86.85");
        StagedRow nothingAvailable = Rows.withRate(Rows.leaf("109-DVNN", 2023, 12, "DA3.1", "SN", ALLOCATED, 0, DISBURSED, 0), "0");
        List<Finding> found = new RateMismatchCheck().check(Rows.input(List.of(slip, boundary, nothingAvailable)));
        assertThat(found).extracting(Finding::code, Finding::cell, Finding::expected, Finding::actual)
                .containsExactly(tuple(FindingCode.RATE_MISMATCH, "J15", "81.12", "81.82"));
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void aRowWithAnUnreadableFigureIsNotCheckedAgainOnItsSums() {
        StagedRow r = Rows.leaf("03589", 2023, 12, "DA5", "SN", AVAILABLE, 100, DISBURSED, 90);
        StagedRow unreadable = new StagedRow(r.rowId(), r.unitCode(), r.file(), r.sheet(), r.year(), r.rowNo(), r.label(),
                r.role(), r.leaf(), r.fund(), r.source(), r.spanFirst(), r.spanLast(), r.values(), r.rateScale(), r.columns(), true);
        StagedRow total = Rows.subtotal("03589", 2023, 10, RowRole.TOTAL, "TOTAL", 11, 12, DISBURSED, 100);
        CheckInput input = Rows.input(List.of(unreadable, total));
        assertThat(new DisbursedOverAvailableCheck().check(input)).isEmpty();
        assertThat(new SubtotalCheck().check(input)).isEmpty();
        assertThat(new DisbursedOverAvailableCheck().check(Rows.input(List.of(
                Rows.leaf("03589", 2023, 12, "DA5", "SN", ALLOCATED, 0, DISBURSED, 90))))).hasSize(1);
    }

    @Test
    void carryOutMismatchCountsWhatWasReturned() {
        List<StagedRow> rows = List.of(
                Rows.leaf("109-LDTBXH", 2023, 12, "DA4.3", "SN", CARRY_IN, 240, ALLOCATED, 634, DISBURSED, 30, CARRY_OUT, 844),
                Rows.leaf("109-LDTBXH", 2023, 13, "DA4.2", "SN", CARRY_IN, 293, ALLOCATED, 957, DISBURSED, 0, RETURNED, 1250, CARRY_OUT, 0),
                Rows.leaf("109-LDTBXH", 2023, 14, "DA7.1", "SN", CARRY_IN, 6, ALLOCATED, 852, DISBURSED, 696, CARRY_OUT, 160));
        assertThat(new CarryOutMismatchCheck().check(Rows.input(rows))).extracting(Finding::code, Finding::cell, Finding::expected, Finding::actual)
                .containsExactly(tuple(FindingCode.ROUNDING_DIFFERENCE, "K14", "162", "160"));
    }

    @Test
    void carryOutBeyondRoundingIsAMismatch() {
        List<StagedRow> rows = List.of(
                // Three parts typed: up to 3 triệu is rounding.
                Rows.leaf("109-LDTBXH", 2023, 14, "DA7.1", "SN", CARRY_IN, 6, ALLOCATED, 852, DISBURSED, 696, CARRY_OUT, 159),
                Rows.leaf("109-LDTBXH", 2023, 15, "DA7.1", "SN", CARRY_IN, 6, ALLOCATED, 852, DISBURSED, 696, CARRY_OUT, 158),
                // "Tổng số" alone and the disbursement: two parts.
                Rows.leaf("109-LDTBXH", 2023, 16, "DA7.1", "SN", AVAILABLE, 858, DISBURSED, 696, CARRY_OUT, 159));
        assertThat(new CarryOutMismatchCheck().check(Rows.input(rows))).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple(FindingCode.ROUNDING_DIFFERENCE, "K14"), tuple(FindingCode.CARRY_OUT_MISMATCH, "K15"),
                        tuple(FindingCode.CARRY_OUT_MISMATCH, "K16"));
    }
}
