package vn.tonghop.report;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleSheetTest {

    private final List<ScheduleColumn> columns = List.of(
            new ScheduleColumn(null, "TT", ScheduleColumn.Kind.TT, List.of(), 5),
            new ScheduleColumn(null, "Dự án", ScheduleColumn.Kind.LABEL, List.of(), 30),
            ScheduleColumn.value("Năm 2023", "Năm trước chuyển sang"),
            ScheduleColumn.value("Năm 2023", "Giao trong năm"),
            ScheduleColumn.rowSum("Năm 2023", "Tổng số", List.of(2, 3)),
            ScheduleColumn.value("Năm 2023", "Giải ngân"),
            ScheduleColumn.rate("Năm 2023", "Tỷ lệ (%)", 5, 4));

    @Test
    void theColumnNumberRowWritesTheRelations() {
        assertThat(ScheduleSheet.numbers(columns)).containsExactly("A", "B", "1", "2", "3=1+2", "4", "5=4/3");
    }

    /** Phụ lục V puts each total before the parts it adds: "1=2+3", not the numbers of columns not yet counted. */
    @Test
    void aTotalBeforeItsPartsNamesTheirNumbers() {
        List<ScheduleColumn> pl5 = List.of(
                new ScheduleColumn(null, "TT", ScheduleColumn.Kind.TT, List.of(), 5),
                new ScheduleColumn(null, "Dự án", ScheduleColumn.Kind.LABEL, List.of(), 30),
                ScheduleColumn.rowSum("Năm 2023", "Tổng số", List.of(3, 4)).under("Kế hoạch vốn"),
                ScheduleColumn.value("Năm 2023", "NSTW").under("Kế hoạch vốn"),
                ScheduleColumn.value("Năm 2023", "NSĐP").under("Kế hoạch vốn"),
                ScheduleColumn.rowSum("Năm 2023", "Tổng số", List.of(6, 7)).under("Giải ngân"),
                ScheduleColumn.value("Năm 2023", "NSTW").under("Giải ngân"),
                ScheduleColumn.value("Năm 2023", "NSĐP").under("Giải ngân"),
                ScheduleColumn.rate("Năm 2023", "Tỷ lệ (%)", 5, 2));
        assertThat(ScheduleSheet.numbers(pl5)).containsExactly("A", "B", "1=2+3", "2", "3", "4=5+6", "5", "6", "7=4/1");
    }

    @Test
    void aSumTakesAdjacentRowsAsRangesAndNeverMoreThan255Arguments() {
        assertThat(ScheduleSheet.sumOf(List.of(9, 10, 11, 13, 15, 16), 2)).isEqualTo("SUM(C10:C12,C14,C16:C17)");
        List<Integer> apart = IntStream.range(0, 600).map(i -> 10 + 2 * i).boxed().toList();
        String sum = ScheduleSheet.sumOf(apart, 2);
        assertThat(sum).startsWith("SUM(SUM(C11,C13,").contains("),SUM(").doesNotContain(":");
        assertThat(sum.split(",").length).isEqualTo(600);
        assertThat(ScheduleSheet.sumOf(IntStream.range(8, 4008).boxed().toList(), 3)).isEqualTo("SUM(D9:D4008)");
    }

    @Test
    void cachedValuesAreWhatTheFormulasCompute() {
        ScheduleLine total = new ScheduleLine("", "TỔNG CỘNG", ScheduleLine.Level.TOTAL)
                .put(2, BigDecimal.valueOf(199)).put(3, BigDecimal.valueOf(1178)).put(5, BigDecimal.valueOf(1098));
        total.add(new ScheduleLine("1", "Dự án 7.1", ScheduleLine.Level.LEAF)).put(2, BigDecimal.valueOf(6))
                .put(3, BigDecimal.valueOf(852)).put(5, BigDecimal.valueOf(696));
        total.add(new ScheduleLine("2", "Dự án 7.2", ScheduleLine.Level.LEAF)).put(2, BigDecimal.valueOf(193))
                .put(3, BigDecimal.valueOf(326)).put(5, BigDecimal.valueOf(402));
        ScheduleLine empty = total.add(new ScheduleLine("3", "Dự án 6.1", ScheduleLine.Level.LEAF));
        assertThat(ScheduleSheet.cached(total, 4, columns)).isEqualByComparingTo("1377");
        assertThat(ScheduleSheet.cached(total, 5, columns)).isEqualByComparingTo("1098");
        assertThat(ScheduleSheet.cached(total, 6, columns).setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("79.74");
        assertThat(ScheduleSheet.cached(empty, 6, columns)).as("a rate over nothing is empty text").isNull();
    }
}
