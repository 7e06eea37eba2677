package vn.tonghop.testdata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A Biểu 01/VỐN sheet as a clerk fills it, before it becomes a workbook. Subtotal rows (projects,
 * TỔNG CỘNG) are computed from the leaf rows below them unless a test plants a wrong figure.
 */
public final class CapitalForm {

    public enum Kind { TOTAL, SECTION, PROJECT, LEAF, DETAIL }

    /** One row. Money in triệu đồng; typed overrides stand for a clerk's slip. */
    public static final class Line {
        final Kind kind;
        final String tt;
        final String label;
        final String code;
        String fund;
        String source;
        BigDecimal carryIn = BigDecimal.ZERO;
        BigDecimal allocated = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        BigDecimal returned = BigDecimal.ZERO;
        BigDecimal typedAvailable;
        BigDecimal typedDisbursed;
        String typedRate;
        BigDecimal typedCarryOut;
        boolean blankCarryOut;
        String rawCell;
        String rawCellField;

        Line(Kind kind, String tt, String label, String code) {
            this.kind = kind;
            this.tt = tt;
            this.label = label;
            this.code = code;
        }

        public Line money(long carryIn, long allocated, long disbursed) {
            this.carryIn = BigDecimal.valueOf(carryIn);
            this.allocated = BigDecimal.valueOf(allocated);
            this.disbursed = BigDecimal.valueOf(disbursed);
            return this;
        }

        public Line fund(String fund, String source) {
            this.fund = fund;
            this.source = source;
            return this;
        }

        public Line returned(long v) {
            this.returned = BigDecimal.valueOf(v);
            return this;
        }

        /** A clerk's own "Tổng số", typed instead of carry_in + allocated. */
        public Line typedAvailable(long v) {
            this.typedAvailable = BigDecimal.valueOf(v);
            return this;
        }

        /** A subtotal's disbursement typed differently from the sum of its children. */
        public Line typedDisbursed(long v) {
            this.typedDisbursed = BigDecimal.valueOf(v);
            return this;
        }

        /** The rate exactly as typed, e.g. "81,82" or 81.82. */
        public Line typedRate(String v) {
            this.typedRate = v;
            return this;
        }

        public Line typedCarryOut(long v) {
            this.typedCarryOut = BigDecimal.valueOf(v);
            return this;
        }

        public Line blankCarryOut() {
            this.blankCarryOut = true;
            return this;
        }

        /** Replaces one figure cell with raw text ("12a", "#REF!"). */
        public Line rawCell(String field, String text) {
            this.rawCellField = field;
            this.rawCell = text;
            return this;
        }

        BigDecimal available() {
            return carryIn.add(allocated);
        }

        BigDecimal carryOut() {
            return available().subtract(disbursed).subtract(returned);
        }
    }

    final String unitLine;
    final int year;
    final String moneyUnit;
    final String sheetName;
    final List<Line> lines = new ArrayList<>();

    public CapitalForm(String unitLine, int year, String moneyUnit, String sheetName) {
        this.unitLine = unitLine;
        this.year = year;
        this.moneyUnit = moneyUnit;
        this.sheetName = sheetName;
    }

    public CapitalForm(String unitLine, int year) {
        this(unitLine, year, "Triệu đồng", String.valueOf(year));
    }

    public Line total() {
        return add(new Line(Kind.TOTAL, "", "TỔNG CỘNG", null));
    }

    public Line section(String tt, String title) {
        return add(new Line(Kind.SECTION, tt, title, null));
    }

    public Line project(String tt, String label, String code) {
        return add(new Line(Kind.PROJECT, tt, label, code));
    }

    public Line leaf(String tt, String label, String code) {
        return add(new Line(Kind.LEAF, tt, label, code));
    }

    public Line detail(String label) {
        return add(new Line(Kind.DETAIL, "-", label, null));
    }

    private Line add(Line line) {
        lines.add(line);
        return line;
    }

    /** The lines that hold money of their own, which a subtotal line adds up as a clerk's spreadsheet would. */
    List<Line> childrenOf(int index) {
        Line parent = lines.get(index);
        List<Line> out = new ArrayList<>();
        for (int j = index + 1; j < lines.size(); j++) {
            Line l = lines.get(j);
            boolean ends = switch (parent.kind) {
                case TOTAL -> false;
                case PROJECT -> l.kind == Kind.PROJECT || l.kind == Kind.SECTION || l.kind == Kind.TOTAL;
                default -> l.kind != Kind.DETAIL;
            };
            if (ends) {
                break;
            }
            if (isMoneyLine(j)) {
                out.add(l);
            }
        }
        if (parent.kind == Kind.TOTAL) {
            out.clear();
            for (int j = 0; j < lines.size(); j++) {
                if (isMoneyLine(j)) {
                    out.add(lines.get(j));
                }
            }
        }
        return out;
    }

    boolean isSubtotal(int index) {
        Kind kind = lines.get(index).kind;
        return kind == Kind.TOTAL || ((kind == Kind.PROJECT || kind == Kind.LEAF) && hasParts(index));
    }

    private boolean isMoneyLine(int index) {
        Kind kind = lines.get(index).kind;
        return kind == Kind.DETAIL || ((kind == Kind.LEAF || kind == Kind.PROJECT) && !hasParts(index));
    }

    /** A project followed by its sub-projects or works, or a sub-project followed by works. */
    private boolean hasParts(int index) {
        if (index + 1 >= lines.size()) {
            return false;
        }
        Kind next = lines.get(index + 1).kind;
        return next == Kind.DETAIL || (lines.get(index).kind == Kind.PROJECT && next == Kind.LEAF);
    }
}
