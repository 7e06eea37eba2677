package vn.tonghop.intake.capital;

import vn.tonghop.config.Catalogue;
import vn.tonghop.excel.CellRef;
import vn.tonghop.excel.CellValue;
import vn.tonghop.excel.SheetGrid;
import vn.tonghop.finding.Amounts;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.intake.table.CellNumber;
import vn.tonghop.intake.table.FigureCell;
import vn.tonghop.intake.table.FiguresBelowTable;
import vn.tonghop.intake.table.Funds;
import vn.tonghop.intake.table.HeaderMatch;
import vn.tonghop.intake.table.HeaderYears;
import vn.tonghop.intake.table.LeafResolver;
import vn.tonghop.intake.table.MoneyUnit;
import vn.tonghop.intake.table.NumberColumns;
import vn.tonghop.intake.table.RowText;
import vn.tonghop.intake.table.SheetPlace;
import vn.tonghop.staging.Fund;
import vn.tonghop.staging.Measure;
import vn.tonghop.staging.RowRole;
import vn.tonghop.text.Fold;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the rows of a Biểu 01/VỐN table into staged rows: which catalogue leaf each row books
 * money to, its fund type and source, and which typed rows are subtotals to be compared rather
 * than added. A bad cell becomes a finding; the rest of the row and the sheet are still read.
 */
public final class CapitalSheetReader {

    private enum Kind { TOTAL, SECTION_SUM, SECTION_TITLE, NODE, DETAIL }

    /** A row on its way to being staged; its role is known only once the rows below it are read. */
    private static final class Draft {
        final int rowNo;
        final String tt;
        final String label;
        final Map<Measure, BigDecimal> values;
        final int rateScale;
        final List<Finding> cellFindings;
        Kind kind;
        String code;
        Draft parent;
        Draft projectRow;
        String ownFund;
        String ownSource;
        String sectionFund;
        String sectionSource;
        /** A detail under "Trong đó" (of which): a part of its leaf, not necessarily all of it. */
        boolean ofWhich;

        Draft(int rowNo, String tt, String label, Map<Measure, BigDecimal> values, int rateScale,
              List<Finding> cellFindings) {
            this.rowNo = rowNo;
            this.tt = tt;
            this.label = label;
            this.values = values;
            this.rateScale = rateScale;
            this.cellFindings = cellFindings;
        }

        boolean hasFigures() {
            return !values.isEmpty();
        }
    }

    private final Catalogue catalogue;
    private final LeafResolver leaves;

    public CapitalSheetReader(Catalogue catalogue) {
        this.catalogue = catalogue;
        this.leaves = new LeafResolver(catalogue);
    }

    public CapitalSheet read(SheetGrid grid, HeaderMatch header, MoneyUnit moneyUnit, SheetPlace place) {
        Map<Measure, Integer> columns = new EnumMap<>(Measure.class);
        Map<Measure, String> letters = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            Integer col = header.column(m.field());
            if (col != null) {
                columns.put(m, col);
                letters.put(m, CellRef.column(col));
            }
        }
        NumberColumns numbers = new NumberColumns(grid, columns.values(), header.dataRow());
        List<Finding> findings = new ArrayList<>();
        header.ignored().forEach((col, label) -> findings.add(Finding.of(FindingCode.COLUMN_IGNORED).unit(place.unitCode())
                .at(place.file(), place.sheet(), CellRef.name(header.firstRow(), col)).year(place.year()).actual(label)
                .message("Cột " + CellRef.column(col) + " \"" + shorten(label) + "\" " + whyIgnored(grid, header, col, place.year()))));
        if (columns.containsKey(Measure.AVAILABLE) && !columns.containsKey(Measure.ALLOCATED)) {
            findings.add(allocationFromTotal(grid, header, place, columns.containsKey(Measure.CARRY_IN)));
        }
        List<Draft> drafts = withoutPartialBreakdowns(readDrafts(grid, header, moneyUnit, place, columns, numbers, findings));
        List<CapitalRow> rows = resolve(drafts, header, place, findings);
        return new CapitalSheet(place.sheet(), place.year(), place.unitCode(), moneyUnit, letters, rows, findings, grid.hidden(),
                false);
    }

    private static Finding allocationFromTotal(SheetGrid grid, HeaderMatch header, SheetPlace place, boolean carryIn) {
        int col = header.column("available");
        String total = shorten(Fold.clean(grid.text(header.lastRow(), col).isBlank() ? grid.text(header.firstRow(), col)
                : grid.text(header.lastRow(), col)));
        return Finding.of(FindingCode.ALLOCATION_FROM_TOTAL).unit(place.unitCode())
                .at(place.file(), place.sheet(), CellRef.name(header.firstRow(), col)).year(place.year()).actual(total)
                .message("Biểu không có cột \"Giao trong năm\", nên vốn giao trong năm được tính bằng cột \"" + total + "\""
                        + (carryIn ? " trừ vốn năm trước chuyển sang." : " (biểu cũng không có cột \"Năm trước chuyển sang\","
                        + " nên coi như không có vốn năm trước chuyển sang).") + " Hãy ghi đủ các cột của biểu mẫu rồi gửi lại"
                        + " nếu cách tính này không đúng.");
    }

    private static String whyIgnored(SheetGrid grid, HeaderMatch header, int col, int year) {
        if (grid.colHidden(col)) {
            return "đang bị ẩn và không được đọc: biểu đọc cột cùng tên đang hiện.";
        }
        Set<Integer> named = HeaderYears.named(grid, header, col);
        if (!named.isEmpty() && !named.contains(year)) {
            return "ghi năm " + HeaderYears.list(named) + ", không phải năm báo cáo " + year + ", nên không được đọc.";
        }
        return "không thuộc biểu 01/VỐN nên không được đọc.";
    }

    private List<Draft> readDrafts(SheetGrid grid, HeaderMatch header, MoneyUnit moneyUnit, SheetPlace place,
                                   Map<Measure, Integer> columns, NumberColumns numbers, List<Finding> findings) {
        List<Draft> drafts = new ArrayList<>();
        String sectionFund = null;
        String sectionSource = null;
        Draft openLeaf = null;
        Draft openProject = null;
        boolean totalAbove = false;
        Draft ofWhichUnder = null;
        for (int r = header.dataRow(); r <= grid.lastRow(); r++) {
            String label = CapitalTableRows.label(grid, header, r);
            String end = CapitalTableRows.end(grid, header, r, label, totalAbove);
            if (end != null) {
                // A second total's own figures are not a table's: a total repeated at the foot is no loss.
                int from = RowText.isPlainGrandTotal(label) ? r + 1 : r;
                FiguresBelowTable.find(grid, from, end, columns.values(), place, "01/VỐN").ifPresent(findings::add);
                break;
            }
            Map<Measure, BigDecimal> values = new EnumMap<>(Measure.class);
            List<Finding> cellFindings = new ArrayList<>();
            int rateScale = readFigures(grid, r, moneyUnit, place, columns, numbers, values, cellFindings);
            if (!values.isEmpty() && grid.rowHidden(r)) {
                cellFindings.add(Finding.of(FindingCode.HIDDEN_ROW).unit(place.unitCode())
                        .at(place.file(), place.sheet(), CellRef.name(r, header.column("content"))).year(place.year())
                        .message("Dòng " + (r + 1) + " đang bị ẩn nhưng có số liệu, và số liệu đó vẫn được tổng hợp"
                                + " (hàm SUM của Excel cũng cộng dòng ẩn). Nếu đây là số liệu cũ, hãy xóa dòng này;"
                                + " nếu không, hãy bỏ ẩn để người duyệt nhìn thấy."));
            }
            String codeText = grid.ownText(r, header.column("code"));
            if (label.isEmpty() && codeText.isBlank() && values.isEmpty() && cellFindings.isEmpty()) {
                continue;
            }
            Draft d = new Draft(r + 1, Fold.clean(grid.ownText(r, header.column("tt"))), label, values, rateScale, cellFindings);
            d.ownFund = Funds.fund(grid.ownTextOrAbove(r, header.column("fund"))).orElse(null);
            d.ownSource = Funds.source(grid.ownTextOrAbove(r, header.column("source"))).orElse(null);
            // "Cộng" closes the section above it; above every other row there is none, and it is the total.
            if (RowText.isGrandTotal(label) || RowText.isSectionSum(label) && drafts.isEmpty()) {
                d.kind = Kind.TOTAL;
                totalAbove = true;
            } else if (RowText.isSectionSum(label)) {
                d.kind = Kind.SECTION_SUM;
            } else if (codeText.isBlank() && RowText.isSectionTitle(label) && !partOfLeaf(openLeaf, ofWhichUnder, d.tt, label)) {
                d.kind = Kind.SECTION_TITLE;
                Optional<String> fund = Funds.fund(label);
                Optional<String> source = Funds.source(label);
                if (fund.isPresent()) {
                    sectionFund = fund.get();
                    sectionSource = source.orElse(null);
                } else {
                    sectionSource = source.orElse(sectionSource);
                }
                openLeaf = null;
                openProject = null;
            } else {
                String project = openProject == null ? null : openProject.code;
                Optional<String> node = leaves.fromCode(codeText).or(() -> leaves.fromText(label, project));
                Optional<String> unknown = node.isPresent() ? Optional.empty()
                        : unknownNode(codeText, label, project, r, header, place, values, findings);
                if (node.isPresent()) {
                    d.kind = Kind.NODE;
                    d.code = node.get();
                    Catalogue.Node n = catalogue.find(d.code).orElseThrow();
                    if (n.isProject()) {
                        openProject = d;
                        openLeaf = catalogue.isLeaf(d.code) ? d : null;
                    } else {
                        if (openProject == null || !n.parent().equals(openProject.code)) {
                            openProject = null;
                        }
                        openLeaf = d;
                    }
                } else if (unknown.isPresent()) {
                    // Lines below an unknown project or sub-project are not the open leaf's either.
                    openLeaf = null;
                    openProject = unknown.get().contains(".") ? openProject : null;
                    emit(cellFindings, null, findings);
                    continue;
                } else if (openLeaf != null) {
                    d.kind = Kind.DETAIL;
                    d.code = openLeaf.code;
                    d.parent = openLeaf;
                    boolean part = partOfLeaf(openLeaf, ofWhichUnder, d.tt, label);
                    boolean ofWhich = RowText.isOfWhich(label) || part;
                    ofWhichUnder = ofWhich && (values.isEmpty() || part) ? openLeaf : ofWhichUnder;
                    d.ofWhich = ofWhich || ofWhichUnder == openLeaf;
                    if (part) {
                        // "Trong đó: - NSTW 80 - NSĐP 20": the leaf's money by source or fund type, one line each.
                        d.ownFund = d.ownFund != null ? d.ownFund : Funds.fund(label).orElse(null);
                        d.ownSource = d.ownSource != null ? d.ownSource : Funds.source(label).orElse(null);
                    }
                } else if (RowText.isOfWhich(label)) {
                    // "Trong đó: vốn ĐTPT …" under a project: a part of figures its own row already holds.
                    emit(cellFindings, null, findings);
                    continue;
                } else {
                    if (!values.isEmpty()) {
                        String named = label.isEmpty() ? codeText.strip() : label;
                        findings.add(Finding.of(FindingCode.CODE_UNKNOWN).unit(place.unitCode())
                                .at(place.file(), place.sheet(), CellRef.name(r, header.column("content")))
                                .year(place.year()).actual(named)
                                .message((named.isEmpty() ? "Dòng " + (r + 1) + " có số liệu nhưng không ghi tên dự án,"
                                        + " tiểu dự án nào" : "Dòng \"" + shorten(named) + "\" không thuộc dự án, tiểu dự"
                                        + " án nào trong danh mục Chương trình") + ", nên số liệu của dòng này ("
                                        + leftOut(values) + ") không được tổng hợp. Hãy ghi rõ mã (ví dụ DA4.3) hoặc tên"
                                        + " dự án, tiểu dự án."));
                    }
                    emit(cellFindings, null, findings);
                    continue;
                }
            }
            d.sectionFund = sectionFund;
            d.sectionSource = sectionSource;
            d.projectRow = openProject;
            drafts.add(d);
        }
        return drafts;
    }

    /**
     * CODE_UNKNOWN for a row whose code or label has the shape of a project or sub-project the catalogue
     * lacks; its figures stay out of every total, and the finding says how much. Returns the code it names,
     * or nothing for any other row.
     */
    private Optional<String> unknownNode(String codeText, String label, String project, int r, HeaderMatch header,
                                         SheetPlace place, Map<Measure, BigDecimal> values, List<Finding> findings) {
        Optional<String> shape = leaves.unknownShape(codeText, label, project);
        if (shape.isEmpty()) {
            return shape;
        }
        String named = label.isEmpty() ? codeText.strip() : label;
        findings.add(Finding.of(FindingCode.CODE_UNKNOWN).unit(place.unitCode())
                .at(place.file(), place.sheet(), CellRef.name(r, label.isEmpty() && header.has("code")
                        ? header.column("code") : header.column("content")))
                .year(place.year()).leaf(shape.get()).actual(named)
                .message("Dòng \"" + shorten(named) + "\" ghi " + shape.get().replace("TDA", "tiểu dự án ")
                        + ", không có trong danh mục dự án, tiểu dự án của Chương trình, nên "
                        + (values.isEmpty() ? "dòng này không được tổng hợp"
                                : "số liệu của dòng này (" + leftOut(values) + ") không được cộng vào tổng nào")
                        + ". Hãy kiểm tra lại mã hoặc tên dự án, tiểu dự án rồi gửi lại."));
        return shape;
    }

    /** The money a row typed, zeros aside, as a message names it: "giao trong năm 120, giải ngân 100 triệu đồng". */
    static String leftOut(Map<Measure, BigDecimal> values) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Measure, BigDecimal> e : values.entrySet()) {
            if (e.getKey().isMoney() && e.getValue().signum() != 0) {
                parts.add(e.getKey().shown() + " " + Amounts.vn(e.getValue()));
            }
        }
        return parts.isEmpty() ? "không có số tiền" : String.join(", ", parts) + " triệu đồng";
    }

    /** Reads the row's figure cells into {@code values}; returns the number of decimals typed in the rate. */
    private static int readFigures(SheetGrid grid, int r, MoneyUnit moneyUnit, SheetPlace place,
                                   Map<Measure, Integer> columns, NumberColumns numbers,
                                   Map<Measure, BigDecimal> values, List<Finding> cellFindings) {
        int rateScale = 0;
        for (Map.Entry<Measure, Integer> e : columns.entrySet()) {
            Measure m = e.getKey();
            CellValue cell = grid.own(r, e.getValue());
            CellNumber n = CellNumber.of(cell, numbers.of(e.getValue()), m == Measure.RATE);
            String ref = CellRef.name(r, e.getValue());
            FigureCell.problem(n, ref, place).ifPresent(cellFindings::add);
            if (!n.isNumber()) {
                continue;
            }
            BigDecimal v = m.isMoney() ? moneyUnit.toTrieu(n.value()) : n.value();
            values.put(m, v);
            if (m == Measure.RATE) {
                rateScale = n.typedScale();
            }
            if (m.isMoney() && v.signum() < 0) {
                cellFindings.add(Finding.of(FindingCode.NEGATIVE_AMOUNT).unit(place.unitCode())
                        .at(place.file(), place.sheet(), ref).year(place.year())
                        .expected("0").actual(Amounts.plain(v))
                        .message("Ô " + ref + " ghi số tiền âm (" + Amounts.vn(v) + " triệu đồng). Số tiền"
                                + " không thể âm; hãy kiểm tra lại."));
            }
            if (numbers.isAmbiguous(cell)) {
                cellFindings.add(FigureCell.ambiguous(n, ref, place));
            }
        }
        BigDecimal total = values.get(Measure.AVAILABLE);
        if (total != null && !columns.containsKey(Measure.ALLOCATED)) {
            // The sheet-level ALLOCATION_FROM_TOTAL note says so.
            values.put(Measure.ALLOCATED, total.subtract(values.getOrDefault(Measure.CARRY_IN, BigDecimal.ZERO)));
        }
        return rateScale;
    }

    private List<CapitalRow> resolve(List<Draft> drafts, HeaderMatch header, SheetPlace place, List<Finding> findings) {
        List<CapitalRow> rows = new ArrayList<>();
        int first = drafts.isEmpty() ? 0 : drafts.get(0).rowNo;
        int last = drafts.isEmpty() ? 0 : drafts.get(drafts.size() - 1).rowNo;
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            emit(d.cellFindings, d.code, findings);
            switch (d.kind) {
                case TOTAL -> rows.add(row(d, RowRole.TOTAL, "TOTAL", first, last));
                case SECTION_SUM -> rows.add(row(d, RowRole.SUBTOTAL, null, sectionStart(drafts, i, first), d.rowNo - 1));
                case SECTION_TITLE -> {
                    if (d.hasFigures()) {
                        rows.add(row(d, RowRole.SUBTOTAL, null, d.rowNo + 1, spanEnd(drafts, i, last, true)));
                    }
                }
                case NODE -> {
                    List<Draft> details = details(drafts, i);
                    if (!catalogue.isLeaf(d.code)) {
                        rows.add(row(d, RowRole.SUBTOTAL, d.code, d.rowNo + 1, spanEnd(drafts, i, last, false)));
                    } else if (!details.isEmpty()) {
                        rows.add(row(d, RowRole.SUBTOTAL, d.code, d.rowNo + 1, details.get(details.size() - 1).rowNo));
                    } else if (d.hasFigures()) {
                        rows.add(leaf(d, header, place, findings));
                    }
                }
                case DETAIL -> {
                    if (d.hasFigures()) {
                        rows.add(leaf(d, header, place, findings));
                    }
                }
            }
        }
        return rows;
    }

    private CapitalRow leaf(Draft d, HeaderMatch header, SheetPlace place, List<Finding> findings) {
        String fund = firstOf(d.ownFund, d.sectionFund, d.parent == null ? null : d.parent.ownFund,
                d.projectRow == null ? null : d.projectRow.ownFund);
        String source = firstOf(d.ownSource, d.sectionSource, d.parent == null ? null : d.parent.ownSource,
                d.projectRow == null ? null : d.projectRow.ownSource, Fund.NSTW);
        if (fund == null) {
            Integer col = header.has("fund") ? header.column("fund") : header.column("content");
            findings.add(Finding.of(FindingCode.FUND_UNKNOWN).unit(place.unitCode())
                    .at(place.file(), place.sheet(), CellRef.name(d.rowNo - 1, col)).leaf(d.code).year(place.year())
                    .message("Dòng \"" + shorten(d.label) + "\" (" + catalogue.shortName(d.code) + ") không ghi loại vốn,"
                            + " nên không xếp được vào vốn đầu tư phát triển hay vốn sự nghiệp và chưa được tổng hợp."
                            + " Hãy ghi ĐTPT hoặc SN ở cột Loại vốn, hoặc đặt dòng dưới mục \"Vốn đầu tư phát triển\""
                            + " / \"Vốn sự nghiệp\"."));
        }
        return new CapitalRow(d.rowNo, d.tt, d.label, RowRole.LEAF, d.code, fund, source, 0, 0, d.values, d.rateScale,
                !d.cellFindings.isEmpty() && d.cellFindings.stream().anyMatch(CapitalSheetReader::unreadable));
    }

    /**
     * A line of a leaf's money by fund type or source, not a section title such as "B. VỐN SỰ NGHIỆP": under
     * an open leaf, any line a section title could be after "Trong đó:" ("- Vốn ĐTPT", "- Vốn sự nghiệp"), and
     * a line naming only a source ("- Ngân sách địa phương") after a dash. A dashed fund line is left a title:
     * "- Vốn sự nghiệp:" between two sub-projects heads the rows after it.
     */
    private static boolean partOfLeaf(Draft openLeaf, Draft ofWhichUnder, String tt, String label) {
        if (openLeaf == null || !RowText.isSectionTitle(RowText.isOfWhich(label) ? afterOfWhich(label) : label)) {
            return false;
        }
        boolean dashed = tt.matches("[-+*–]") || label.startsWith("-") || label.startsWith("+") || label.startsWith("–");
        return ofWhichUnder == openLeaf || dashed && Funds.source(label).isPresent() && Funds.fund(label).isEmpty();
    }

    /** "Trong đó: vốn NSĐP" without its "Trong đó". */
    private static String afterOfWhich(String label) {
        return label.replaceFirst("^(?iu)\\s*trong\\s+đó\\s*:?\\s*", "");
    }

    private static CapitalRow row(Draft d, RowRole role, String leaf, int spanFirst, int spanLast) {
        String fund = firstOf(d.ownFund, d.sectionFund);
        String source = firstOf(d.ownSource, d.sectionSource);
        return new CapitalRow(d.rowNo, d.tt, d.label, role, leaf, fund, source, spanFirst, spanLast, d.values, d.rateScale,
                d.cellFindings.stream().anyMatch(CapitalSheetReader::unreadable));
    }

    /**
     * A leaf's "Trong đó" lines that do not add up to it are a partial breakdown ("Trong đó: vốn đối ứng
     * 45" under 245): its own row holds the money, and they are left out. Lines that add up to it (within
     * one triệu a line) are a whole breakdown, by source say, and stand for it as any detail lines do.
     */
    private List<Draft> withoutPartialBreakdowns(List<Draft> drafts) {
        Set<Draft> partial = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            List<Draft> details = d.kind == Kind.NODE ? details(drafts, i) : List.of();
            if (!details.isEmpty() && details.stream().allMatch(x -> x.ofWhich) && !addsUp(d, details)) {
                partial.addAll(details);
            }
        }
        return partial.isEmpty() ? drafts : drafts.stream().filter(d -> !partial.contains(d)).toList();
    }

    private static boolean addsUp(Draft leaf, List<Draft> details) {
        BigDecimal slack = BigDecimal.valueOf(details.size());
        for (Map.Entry<Measure, BigDecimal> e : leaf.values.entrySet()) {
            if (!e.getKey().isMoney()) {
                continue;
            }
            BigDecimal sum = details.stream().map(x -> x.values.getOrDefault(e.getKey(), BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.subtract(e.getValue()).abs().compareTo(slack) > 0) {
                return false;
            }
        }
        return true;
    }

    private static List<Draft> details(List<Draft> drafts, int i) {
        List<Draft> out = new ArrayList<>();
        for (int j = i + 1; j < drafts.size() && drafts.get(j).parent == drafts.get(i); j++) {
            if (drafts.get(j).hasFigures()) {
                out.add(drafts.get(j));
            }
        }
        return out;
    }

    /** A project's span ends before the next project, fund section or total; a section's before the next section or total. */
    private int spanEnd(List<Draft> drafts, int i, int last, boolean section) {
        for (int j = i + 1; j < drafts.size(); j++) {
            Draft d = drafts.get(j);
            boolean ends = d.kind == Kind.TOTAL || d.kind == Kind.SECTION_TITLE || d.kind == Kind.SECTION_SUM
                    || (!section && d.kind == Kind.NODE && catalogue.find(d.code).orElseThrow().isProject());
            if (ends) {
                return d.rowNo - 1;
            }
        }
        return last;
    }

    private static int sectionStart(List<Draft> drafts, int i, int first) {
        for (int j = i - 1; j >= 0; j--) {
            if (drafts.get(j).kind == Kind.SECTION_TITLE || drafts.get(j).kind == Kind.SECTION_SUM) {
                return drafts.get(j).rowNo + 1;
            }
        }
        return first;
    }

    private static boolean unreadable(Finding f) {
        return f.code() == FindingCode.NOT_A_NUMBER || f.code() == FindingCode.FORMULA_ERROR;
    }

    private static void emit(List<Finding> pending, String leaf, List<Finding> findings) {
        for (Finding f : pending) {
            findings.add(f.withLeaf(leaf));
        }
    }

    @SafeVarargs
    private static <T> T firstOf(T... options) {
        for (T t : options) {
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    static String shorten(String text) {
        return FigureCell.shorten(text);
    }
}
