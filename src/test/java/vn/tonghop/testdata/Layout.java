package vn.tonghop.testdata;

import java.util.ArrayList;
import java.util.List;

/**
 * How a clerk laid out and typed a Biểu 01/VỐN workbook: every distortion that forms.md and
 * domain.md describe, each a switch, so variants can be combined. The default is the district's form.
 */
public final class Layout {

    public enum ColumnNumbers { PAREN, LETTERS, RELATIONS, NONE }

    public enum Numbers { NUMERIC, TEXT_VIETNAMESE, TEXT_ENGLISH }

    public enum Money { TRIEU, NGHIN, DONG }

    public enum Encoding { UNICODE, TCVN3, VNI }

    /**
     * How the sheet names its unit: a first line, a labelled line under the district's, the unit's line
     * under the district's, the unit and its district on one line, only the district's (the file name
     * then says whose it is), or nothing.
     */
    public enum UnitLine { HEADER, LABELLED, UNDER_DISTRICT, WITH_DISTRICT, DISTRICT_ONLY, NONE }

    public enum Labels { STANDARD, ABBREVIATED, NAMES_ONLY }

    boolean xls;
    int titleRows;
    boolean unknownColumn;
    boolean reordered;
    boolean oneRowHeader;
    boolean codeColumn = true;
    boolean fundColumn = true;
    ColumnNumbers columnNumbers = ColumnNumbers.PAREN;
    String sheetName;
    boolean yearLine = true;
    boolean yearInTitle = true;
    boolean spacers;
    boolean notesSheet;
    Numbers numbers = Numbers.NUMERIC;
    Money money = Money.TRIEU;
    List<String> moneyLine;
    Encoding encoding = Encoding.UNICODE;
    UnitLine unitLine = UnitLine.HEADER;
    Labels labels = Labels.STANDARD;
    boolean rateAsFraction;
    boolean formulas;
    boolean unsavedFormulas;
    boolean qualifiedHeaders;
    boolean centredGroups;
    boolean unitInHeader;
    boolean lastYearAllocation;
    boolean fundMergedDown;
    String totalLabel;
    final List<String> names = new ArrayList<>();

    /** A short name for test reports: the switches that differ from the district's form. */
    public String describe() {
        return names.isEmpty() ? "clean" : String.join("+", names);
    }

    @Override
    public String toString() {
        return describe();
    }

    private Layout named(String name) {
        names.add(name);
        return this;
    }

    public Layout xls() {
        xls = true;
        return named("xls");
    }

    public Layout titleRows(int n) {
        titleRows = n;
        return named("title rows");
    }

    public Layout unknownColumn() {
        unknownColumn = true;
        return named("inserted column");
    }

    public Layout reordered() {
        reordered = true;
        oneRowHeader = true;
        return named("columns reordered");
    }

    public Layout oneRowHeader() {
        oneRowHeader = true;
        return named("one-row header");
    }

    public Layout noCodeColumn() {
        codeColumn = false;
        return named("no code column");
    }

    public Layout noFundColumn() {
        fundColumn = false;
        return named("fund from sections");
    }

    public Layout columnNumbers(ColumnNumbers c) {
        columnNumbers = c;
        return named("column numbers " + c);
    }

    public Layout sheetName(String name) {
        sheetName = name;
        return named("sheet '" + name + "'");
    }

    /** The year only in the title: no "Năm báo cáo" line. */
    public Layout yearOnlyInTitle() {
        yearLine = false;
        return named("year in title only");
    }

    /** The year only in the sheet name. */
    public Layout yearOnlyInSheetName(String name) {
        yearLine = false;
        yearInTitle = false;
        sheetName = name;
        return named("year in sheet name '" + name + "' only");
    }

    public Layout spacers() {
        spacers = true;
        return named("blank spacer rows");
    }

    public Layout notesSheet() {
        notesSheet = true;
        return named("notes sheet");
    }

    public Layout numbers(Numbers n) {
        numbers = n;
        return named("numbers " + n);
    }

    public Layout money(Money m) {
        money = m;
        return named("money in " + m);
    }

    /** The money unit's line as a clerk types it, one text a cell: "ĐVT: 1.000.000 đồng", or "ĐVT:" | "Đồng". */
    public Layout moneyLine(Money m, String... cells) {
        money = m;
        moneyLine = List.of(cells);
        return named("money in " + m + " as '" + String.join("' | '", cells) + "'");
    }

    public Layout encoding(Encoding e) {
        encoding = e;
        return named("font " + e);
    }

    public Layout unitLine(UnitLine u) {
        unitLine = u;
        return named("unit " + u);
    }

    public Layout labels(Labels l) {
        labels = l;
        return named("labels " + l);
    }

    public Layout rateAsFraction() {
        rateAsFraction = true;
        return named("rates as % fractions");
    }

    public Layout formulas() {
        formulas = true;
        return named("subtotal formulas");
    }

    /** Subtotal formulas without their results, as programs that fill in a template save them. No .xls has that. */
    public Layout unsavedFormulas() {
        formulas = true;
        unsavedFormulas = true;
        return named("subtotal formulas, results not saved");
    }

    public boolean hasXlsTwin() {
        return !unsavedFormulas;
    }

    /** Group headers ("Kế hoạch vốn") centred across their sub-columns, not merged, and no other merge. */
    public Layout centredGroups() {
        centredGroups = true;
        return named("centred groups");
    }

    /** Headers that name the year, the cut-off date or the money unit: "Giao trong năm 2023", "Số tiền (triệu đồng)". */
    public Layout qualifiedHeaders() {
        qualifiedHeaders = true;
        return named("qualified headers");
    }

    /** No "Đơn vị tính" line: the money columns' headers name the unit in brackets. */
    public Layout unitInHeader() {
        unitInHeader = true;
        return named("unit in header");
    }

    /** The grand total's label, "Cộng" or "Tổng số" instead of "TỔNG CỘNG". */
    public Layout totalLabel(String label) {
        totalLabel = label;
        return named("total labelled " + label);
    }

    /** Last year's allocation kept in an inserted column before this year's, both headed with their year. */
    public Layout lastYearAllocation() {
        lastYearAllocation = true;
        return named("last year's allocation in an inserted column");
    }

    /** The fund type and source typed once and merged down over the rows that share them. */
    public Layout fundMergedDown() {
        fundMergedDown = true;
        return named("fund merged down");
    }
}
