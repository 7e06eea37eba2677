package vn.tonghop.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a long schedule breaks down A4 landscape pages: before a project that would not end on the page it
 * starts on but fits on a page of its own, so that a project is read and signed on one sheet of paper. A
 * project longer than a page flows on. Heights are those the sheet sets, in points before scaling.
 */
final class PagesDown {

    /** A4 landscape's 595 points less the 0.5 and 0.6-inch margins of {@code printA4Landscape}. */
    static final double PRINTABLE = 516;
    /** Kept free for rows a viewer draws a little taller than asked: a break a row too late makes a page of one row. */
    static final double SLACK = 0.93;

    private PagesDown() {
    }

    /**
     * @param above   the height of the rows before the first line (heading and header) on the first page
     * @param repeated the height of the header rows printed again on every later page
     * @param heights each line's height, in order
     * @param starts  whether each line starts a block to keep whole
     * @return the indexes of the lines a page must break before
     */
    static List<Integer> breaks(double above, double repeated, List<Float> heights, List<Boolean> starts, int scale) {
        double page = PRINTABLE * SLACK * 100 / scale;
        List<Integer> breaks = new ArrayList<>();
        double used = above;
        for (int i = 0; i < heights.size(); i++) {
            if (starts.get(i) && i > 0) {
                double block = heights.get(i);
                for (int j = i + 1; j < heights.size() && !starts.get(j); j++) {
                    block += heights.get(j);
                }
                if (used + block > page && repeated + block <= page) {
                    breaks.add(i);
                    used = repeated;
                }
            }
            used += heights.get(i);
            if (used > page) {
                // The viewer breaks on its own here; count on from the row it carried over.
                used = repeated + heights.get(i);
            }
        }
        return breaks;
    }
}
