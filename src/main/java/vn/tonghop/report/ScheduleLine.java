package vn.tonghop.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A row of a schedule: its figures, and its children if it has any. A parent's figures are the consolidated
 * totals its SUM formulas cache; it never adds its children up.
 */
final class ScheduleLine {

    public enum Level { TOTAL, PROJECT, LEAF, UNIT }

    private final String tt;
    private final String label;
    private final Level level;
    /*
     * By column, null where there is none. An array, not a map: looking figures up by a boxed column was a
     * fifth of TongHop.xlsx's time on a national night.
     */
    private BigDecimal[] values = new BigDecimal[0];
    private final List<ScheduleLine> children = new ArrayList<>();
    private final Map<Integer, List<String>> comments = new HashMap<>();
    private BigDecimal[] fixed = new BigDecimal[0];
    private boolean decimals;
    private String measure = "";

    public ScheduleLine(String tt, String label, Level level) {
        this.tt = tt;
        this.label = label;
        this.level = level;
    }

    public ScheduleLine add(ScheduleLine child) {
        children.add(child);
        return child;
    }

    /** A figure of the row; for a parent, the total of its children as consolidation added it up. */
    public ScheduleLine put(int column, BigDecimal value) {
        if (value != null) {
            values = room(values, column);
            values[column] = value;
        }
        return this;
    }

    /**
     * A parent's own figure where its children have none to add up: a medium-term plan given for a
     * whole project, not per sub-project. It is written as a number instead of a SUM formula.
     */
    public ScheduleLine fix(int column, BigDecimal value) {
        if (value != null) {
            fixed = room(fixed, column);
            fixed[column] = value;
        }
        return this;
    }

    private static BigDecimal[] room(BigDecimal[] figures, int column) {
        return column < figures.length ? figures : Arrays.copyOf(figures, Math.max(column + 1, figures.length * 2));
    }

    /** Figures shown with two decimals (percentages) rather than as whole numbers. */
    public ScheduleLine withDecimals() {
        decimals = true;
        return this;
    }

    /** The row's unit of measure, for schedules with a "Đơn vị tính" column. */
    public ScheduleLine measure(String unitOfMeasure) {
        measure = unitOfMeasure;
        return this;
    }

    String measure() {
        return measure;
    }

    boolean decimals() {
        return decimals;
    }

    BigDecimal fixed(int column) {
        return column < fixed.length ? fixed[column] : null;
    }

    /** Marks a cell whose figure rests on a flagged one. */
    public void comment(int column, String text) {
        List<String> list = comments.computeIfAbsent(column, c -> new ArrayList<>());
        if (!list.contains(text)) {
            list.add(text);
        }
    }

    public String tt() {
        return tt;
    }

    public String label() {
        return label;
    }

    public Level level() {
        return level;
    }

    public List<ScheduleLine> children() {
        return children;
    }

    public Map<Integer, List<String>> comments() {
        return comments;
    }

    BigDecimal value(int column) {
        return column < values.length ? values[column] : null;
    }
}
