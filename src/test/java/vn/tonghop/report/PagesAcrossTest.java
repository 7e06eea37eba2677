package vn.tonghop.report;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PagesAcrossTest {

    private static ScheduleColumn column(String group, int width) {
        return new ScheduleColumn(group, "c", ScheduleColumn.Kind.VALUE, List.of(), width);
    }

    private static List<ScheduleColumn> labelsAnd(int groups, int perGroup, int width) {
        List<ScheduleColumn> columns = new ArrayList<>(List.of(column(null, 6), column(null, 40)));
        for (int g = 0; g < groups; g++) {
            for (int k = 0; k < perGroup; k++) {
                columns.add(column("Năm " + (2021 + g), width));
            }
        }
        return columns;
    }

    @Test
    void aNarrowScheduleIsOnePageAtTheLargestScaleUpToFullSize() {
        PagesAcross pages = PagesAcross.of(labelsAnd(1, 3, 10));
        assertThat(pages.breakAfter()).isEmpty();
        assertThat(pages.scale()).isEqualTo(100);
        assertThat(pages.labels()).isEqualTo(2);
    }

    /** Years of four columns: two whole years on a page, never a year cut across two pages, and never shrunk below 85 %. */
    @Test
    void groupsThatFitAPageAreNeverSplit() {
        PagesAcross pages = PagesAcross.of(labelsAnd(5, 4, 9));
        assertThat(pages.scale()).isEqualTo(PagesAcross.SCALE);
        assertThat(pages.breakAfter()).containsExactly(9, 17);
        for (int b : pages.breakAfter()) {
            assertThat((b - 1) % 4).as("a break falls between years").isZero();
        }
    }

    /** Phụ lục VI's years of nine columns do not fit a page: they fill page after page, none left half empty. */
    @Test
    void groupsWiderThanAPageFillEachPage() {
        PagesAcross pages = PagesAcross.of(labelsAnd(3, 9, 12));
        List<Integer> widths = new ArrayList<>();
        int from = 2;
        for (int b : pages.breakAfter()) {
            widths.add(b - from + 1);
            from = b + 1;
        }
        assertThat(widths).allMatch(n -> n == widths.get(0));
        assertThat(pages.breakAfter()).hasSize((27 + widths.get(0) - 1) / widths.get(0) - 1);
    }
}
