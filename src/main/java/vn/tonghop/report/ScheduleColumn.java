package vn.tonghop.report;

import java.util.List;
import java.util.Set;

/**
 * A column of an appendix schedule. VALUE columns hold figures on the lowest rows and SUM formulas
 * over the children on parent rows (MEASURE is a row's unit of measure, "hộ", "%"); ROW_SUM and RATE columns are formulas across the same row on
 * every row (3=1+2, 5=4/3).
 *
 * @param group    the merged header over several columns, or null for a column headed on its own
 * @param refs     for ROW_SUM the columns added; for RATE the numerator then the denominator
 * @param subgroup a second merged header under the group ("Kế hoạch vốn" over Tổng số, NSTW, NSĐP), or null
 */
record ScheduleColumn(String group, String title, Kind kind, List<Integer> refs, int width, String subgroup) {

    public ScheduleColumn(String group, String title, Kind kind, List<Integer> refs, int width) {
        this(group, title, kind, refs, width, null);
    }

    /** The same column headed under a second merged header within its group. */
    public ScheduleColumn under(String newSubgroup) {
        return new ScheduleColumn(group, title, kind, refs, width, newSubgroup);
    }

    public enum Kind { LABEL, TT, MEASURE, VALUE, ROW_SUM, RATE, NOTE }

    public static ScheduleColumn value(String group, String title) {
        return new ScheduleColumn(group, title, Kind.VALUE, List.of(), 12);
    }

    public static ScheduleColumn rowSum(String group, String title, List<Integer> refs) {
        return new ScheduleColumn(group, title, Kind.ROW_SUM, refs, 12);
    }

    public static ScheduleColumn rate(String group, String title, int numerator, int denominator) {
        return new ScheduleColumn(group, title, Kind.RATE, List.of(numerator, denominator), 9);
    }

    /** A year's group heading: "Ước TH 2024" where any figure of it is an estimate, "Năm 2024" otherwise. */
    static String year(int year, Set<Integer> estimated) {
        return (estimated.contains(year) ? "Ước TH " : "Năm ") + year;
    }
}
