package vn.tonghop.report;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Page breaks down a schedule fall before a project that would not end on its page. */
class PagesDownTest {

    /** A page at 100 % holds 479 points of rows (516 less the slack). */
    private static final double PAGE = PagesDown.PRINTABLE * PagesDown.SLACK;

    @Test
    void aProjectThatDoesNotFitStartsTheNextPage() {
        // Total, then three projects of 1 + 8 rows of 16 points: 144 points each.
        List<Float> heights = new ArrayList<>(Collections.nCopies(28, 16f));
        List<Boolean> starts = new ArrayList<>(Collections.nCopies(28, false));
        for (int p = 1; p < 28; p += 9) {
            starts.set(p, true);
        }
        // 150 points above: the third project would end at 598 > 479, so it starts the second page.
        assertThat(PagesDown.breaks(150, 100, heights, starts, 100)).containsExactly(19);
        // Room for all three: no break at all.
        assertThat(PagesDown.breaks(0, 100, heights, starts, 100)).isEmpty();
    }

    @Test
    void aProjectLongerThanAPageFlowsOnAndTheScaleGivesRoom() {
        List<Float> heights = new ArrayList<>(Collections.nCopies(36, 16f));
        List<Boolean> starts = new ArrayList<>(Collections.nCopies(36, false));
        starts.set(1, true);
        starts.set(11, true);
        // The second project (25 rows, 400 points) is taller than a page after its 100-point header.
        assertThat(PagesDown.breaks(200, 100, heights, starts, 100)).isEmpty();
        // At 85 % a page holds 563 points: it fits on a page of its own, so it starts one.
        assertThat(PAGE * 100 / 85).isGreaterThan(100 + 400);
        assertThat(PagesDown.breaks(200, 100, heights, starts, 85)).containsExactly(11);
    }
}
