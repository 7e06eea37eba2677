package vn.tonghop.testdata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

        /** Figures with decimals, as text: "12.5". */
        public Line money(String carryIn, String allocated, String disbursed) {
            this.carryIn = new BigDecimal(carryIn);
            this.allocated = new BigDecimal(allocated);
            this.disbursed = new BigDecimal(disbursed);
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
    /** A line under the title naming a part of the year ("Kỳ báo cáo: 6 tháng đầu năm 2025"); null: the year. */
    String periodLine;

    public CapitalForm(String unitLine, int year, String moneyUnit, String sheetName) {
        this.unitLine = unitLine;
        this.year = year;
        this.moneyUnit = moneyUnit;
        this.sheetName = sheetName;
    }

    public CapitalForm period(String line) {
        this.periodLine = line;
        return this;
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

    /** The indexes of the lines that hold money of their own and that a subtotal line adds up. */
    List<Integer> childIndexes(int index) {
        Line parent = lines.get(index);
        List<Integer> out = new ArrayList<>();
        for (int j = parent.kind == Kind.TOTAL ? 0 : index + 1; j < lines.size(); j++) {
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
                out.add(j);
            }
        }
        return out;
    }

    /** The figures a line shows, triệu đồng: its own, or its children's sums, with the clerk's slips typed over them. */
    public record Figures(BigDecimal carryIn, BigDecimal allocated, BigDecimal available, BigDecimal disbursed,
                          BigDecimal rate, BigDecimal carryOut, BigDecimal returned) {
    }

    Figures figures(int index) {
        Line line = lines.get(index);
        BigDecimal ci = line.carryIn;
        BigDecimal al = line.allocated;
        BigDecimal di = line.disbursed;
        BigDecimal re = line.returned;
        if (isSubtotal(index)) {
            ci = BigDecimal.ZERO;
            al = BigDecimal.ZERO;
            di = BigDecimal.ZERO;
            re = BigDecimal.ZERO;
            for (int child : childIndexes(index)) {
                Line c = lines.get(child);
                ci = ci.add(c.carryIn);
                al = al.add(c.allocated);
                di = di.add(c.disbursed);
                re = re.add(c.returned);
            }
        }
        if (line.typedDisbursed != null) {
            di = line.typedDisbursed;
        }
        BigDecimal available = ci.add(al);
        BigDecimal rate = available.signum() == 0 ? null
                : di.multiply(BigDecimal.valueOf(100)).divide(available, 2, RoundingMode.HALF_UP);
        BigDecimal carryOut = line.blankCarryOut ? null
                : line.typedCarryOut != null ? line.typedCarryOut : available.subtract(di).subtract(re);
        return new Figures(ci, al, line.typedAvailable != null ? line.typedAvailable : available, di, rate, carryOut, re);
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

    /** One allocation as Phòng Tài chính – Kế hoạch registers it: leaf code, fund, source, year, amount. */
    public record Allocation(String code, String fund, String source, int year, BigDecimal amount) {
    }

    /** The allocations this sheet reports per leaf, fund and source, as the register would hold them. */
    public List<Allocation> allocations() {
        Map<String, Allocation> out = new LinkedHashMap<>();
        String sectionFund = null;
        Line leaf = null;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind == Kind.SECTION) {
                sectionFund = l.label.contains("ĐẦU TƯ") ? "ĐTPT" : "SN";
                continue;
            }
            if (l.kind == Kind.LEAF || l.kind == Kind.PROJECT) {
                leaf = l;
            }
            if (!isMoneyLine(i) || leaf == null || l.allocated.signum() == 0) {
                continue;
            }
            String fund = leaf.fund != null ? leaf.fund : sectionFund;
            String source = leaf.source != null ? leaf.source : "NSTW";
            String key = leaf.code + "|" + fund + "|" + source;
            Allocation before = out.get(key);
            out.put(key, new Allocation(leaf.code, fund, source, year,
                    before == null ? l.allocated : before.amount().add(l.allocated)));
        }
        return List.copyOf(out.values());
    }
}
