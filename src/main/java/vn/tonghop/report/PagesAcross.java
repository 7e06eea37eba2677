package vn.tonghop.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where a wide schedule breaks across A4 landscape pages at a scale that keeps its text legible: whole groups of
 * columns (a year, a fund) on a page where they fit, a group wider than a page broken between its columns, and
 * the label columns printed again on every page. Shrunk onto one page, Phụ lục VI printed at 3 pt.
 */
record PagesAcross(int labels, List<Integer> breakAfter, int scale) {

    /** The width between the 0.4-inch margins of A4 landscape, in points. */
    static final double PRINTABLE = 784;
    /**
     * A column's width unit at 100 %, in points, for the schedules' 12 pt Times New Roman: measured on LibreOffice's
     * PDF of Phụ lục VI, 408 units printed 3,062 points wide.
     */
    static final double POINTS_PER_UNIT = 7.5;
    /** The smallest scale: 12 pt prints at 10.2 pt. */
    static final int SCALE = 85;

    /** The label columns are those before the first group (TT, Nội dung, Đơn vị tính), three at the most. */
    static PagesAcross of(List<ScheduleColumn> columns) {
        int labels = 0;
        while (labels < Math.min(3, columns.size() - 1) && columns.get(labels).group() == null) {
            labels++;
        }
        double total = columns.stream().mapToInt(ScheduleColumn::width).sum();
        int fits = (int) Math.floor(PRINTABLE * 100 / (total * POINTS_PER_UNIT));
        if (fits >= SCALE) {
            return new PagesAcross(labels, List.of(), Math.min(100, fits));
        }
        double room = PRINTABLE * 100 / SCALE / POINTS_PER_UNIT
                - columns.subList(0, labels).stream().mapToInt(ScheduleColumn::width).sum();
        List<Integer> breaks = new ArrayList<>();
        double used = 0;
        int c = labels;
        while (c < columns.size()) {
            int end = c;
            while (columns.get(c).group() != null && end + 1 < columns.size()
                    && Objects.equals(columns.get(c).group(), columns.get(end + 1).group())) {
                end++;
            }
            double group = columns.subList(c, end + 1).stream().mapToInt(ScheduleColumn::width).sum();
            // A group that fits on a page starts one when it does not fit on this one; a wider one fills on from here.
            if (group <= room) {
                if (used > 0 && used + group > room) {
                    breaks.add(c - 1);
                    used = 0;
                }
                used += group;
            } else {
                for (int k = c; k <= end; k++) {
                    if (used > 0 && used + columns.get(k).width() > room) {
                        breaks.add(k - 1);
                        used = 0;
                    }
                    used += columns.get(k).width();
                }
            }
            c = end + 1;
        }
        return new PagesAcross(labels, breaks, SCALE);
    }
}
