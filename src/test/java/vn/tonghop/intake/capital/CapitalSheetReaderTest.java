package vn.tonghop.intake.capital;

import org.junit.jupiter.api.Test;
import vn.tonghop.excel.SheetGrid;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.intake.table.HeaderFinder;
import vn.tonghop.intake.table.HeaderFinderTest;
import vn.tonghop.intake.table.MoneyUnit;
import vn.tonghop.intake.table.SheetPlace;
import vn.tonghop.staging.Measure;
import vn.tonghop.staging.RowRole;
import vn.tonghop.testdata.Grids;
import vn.tonghop.testdata.TestConfig;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CapitalSheetReaderTest {

    private final HeaderFinder finder = new HeaderFinder(TestConfig.jobs().headers());
    private final CapitalSheetReader reader = new CapitalSheetReader(TestConfig.jobs().catalogue());

    /** Rows start at Excel row 5: four header rows (title, two header rows, column numbers) come first. */
    private CapitalSheet read(MoneyUnit unit, Object[]... rows) {
        return read(unit, List.of(rows), List.<Object[]>of(SIGNATURE));
    }

    private static final Object[] SIGNATURE = {null, "NGƯỜI LẬP BIỂU", null, null, null, null, null, null, "THỦ TRƯỞNG ĐƠN VỊ"};

    /** The table's rows, then what the clerk put below them. */
    private CapitalSheet read(MoneyUnit unit, List<Object[]> table, List<Object[]> below) {
        Grids g = HeaderFinderTest.standardHeader(Grids.sheet("2023").row("UBND XÃ MƯỜNG SO"));
        table.forEach(g::row);
        g.blank();
        below.forEach(g::row);
        SheetGrid grid = g.build();
        return reader.read(grid, finder.find(grid).orElseThrow(), unit, new SheetPlace("f.xlsx", "2023", "03589", 2023));
    }

    private static Object[] r(Object... cells) {
        return cells;
    }

    @Test
    void typedSubtotalsSpanTheirLeavesAndDetailLinesBecomeTheLeaves() {
        CapitalSheet sheet = read(MoneyUnit.TRIEU_DONG,
                r(null, "TỔNG CỘNG", null, null, null, 0, 300, 300, 250),
                r("A", "VỐN ĐẦU TƯ PHÁT TRIỂN"),
                r("I", "Dự án 1: Hỗ trợ đầu tư …", "DA1", null, null, 0, 100, 100, 90),
                r("1", "Tiểu dự án 1: …", "DA1.1", null, null, 0, 100, 100, 90),
                r("B", "VỐN SỰ NGHIỆP"),
                r("I", "Dự án 1", null, null, null, 0, 200, 200, 160),
                r("2", "Tiểu dự án 2", null, null, null, 0, 200, 200, 160),
                r("-", "Duy tu đường bản Nà Củng", null, null, null, 0, 120, 120, 100),
                r("-", "Duy tu nhà văn hóa bản Pa Nỏ", null, null, "NSĐP", 0, 80, 80, 60));
        assertThat(sheet.rows()).extracting(CapitalRow::rowNo, CapitalRow::role, CapitalRow::leaf, CapitalRow::fund,
                CapitalRow::source, CapitalRow::spanFirst, CapitalRow::spanLast).containsExactly(
                tuple(5, RowRole.TOTAL, "TOTAL", null, null, 5, 13),
                tuple(7, RowRole.SUBTOTAL, "DA1", "ĐTPT", null, 8, 8),
                tuple(8, RowRole.LEAF, "DA1.1", "ĐTPT", "NSTW", 0, 0),
                tuple(10, RowRole.SUBTOTAL, "DA1", "SN", null, 11, 13),
                tuple(11, RowRole.SUBTOTAL, "DA1.2", "SN", null, 12, 13),
                tuple(12, RowRole.LEAF, "DA1.2", "SN", "NSTW", 0, 0),
                tuple(13, RowRole.LEAF, "DA1.2", "SN", "NSĐP", 0, 0));
        assertThat(sheet.findings()).isEmpty();
        assertThat(sheet.columns()).containsEntry(Measure.DISBURSED, "I").containsEntry(Measure.RATE, "J");
    }

    @Test
    void aLeafWithoutAnyFundTypeIsFlaggedAndKeptOutOfTheFunds() {
        CapitalSheet sheet = read(MoneyUnit.TRIEU_DONG, r("I", "Dự án 2: Đa dạng hóa sinh kế", "DA2", null, null, 0, 10, 10, 5));
        assertThat(sheet.rows()).singleElement().satisfies(row -> assertThat(row.fund()).isNull());
        assertThat(sheet.findings()).extracting(Finding::code, Finding::cell, Finding::leaf)
                .containsExactly(tuple(FindingCode.FUND_UNKNOWN, "D5", "DA2"));
    }

    @Test
    void aRowOfFiguresThatNamesNoProjectIsCodeUnknown() {
        CapitalSheet sheet = read(MoneyUnit.TRIEU_DONG, r("1", "Hỗ trợ khác", null, "SN", null, 0, 10, 10, 5),
                r("II", "Dự án 5", null, "SN", null, 0, 20, 20, 20));
        assertThat(sheet.rows()).extracting(CapitalRow::leaf).containsExactly("DA5");
        assertThat(sheet.findings()).extracting(Finding::code, Finding::cell).containsExactly(tuple(FindingCode.CODE_UNKNOWN, "B5"));
    }

    /**
     * A row shaped like a project or sub-project the catalogue lacks, directly under a leaf, was read as that
     * leaf's detail line: its money replaced the leaf's own and the district total lost the difference.
     */
    @Test
    void aProjectShapedRowTheCatalogueLacksIsCodeUnknownWhereverItStandsAndSaysHowMuch() {
        CapitalSheet sheet = read(MoneyUnit.TRIEU_DONG,
                r("I", "Dự án 4", "DA4", "SN", null, 0, 300, 300, 250),
                r("1", "Tiểu dự án 3", null, "SN", null, 0, 300, 300, 250),
                r("2", "Tiểu dự án 5 (Dự án 4)", null, "SN", null, 0, 70, 70, 60),
                r("-", "Duy tu đường bản Nà Củng", null, "SN", null, 0, 30, 30, 20),
                r("II", "Dự án 8: Hỗ trợ khác", null, "SN", null, 0, 40, 40, 40),
                r("III", "Nội dung bổ sung", "DA3.4", "SN", null, 0, 15, 15, 15),
                r("IV", "Dự án 2", null, "SN", null, 0, 20, 20, 20));
        assertThat(sheet.rows()).filteredOn(row -> row.role() == RowRole.LEAF)
                .extracting(CapitalRow::leaf, row -> row.value(Measure.ALLOCATED).intValue())
                .containsExactly(tuple("DA4.3", 300), tuple("DA2", 20));
        assertThat(sheet.findings()).extracting(Finding::code, Finding::cell, Finding::leaf).containsExactly(
                tuple(FindingCode.CODE_UNKNOWN, "B7", "DA4.5"),
                tuple(FindingCode.CODE_UNKNOWN, "B8", null),
                tuple(FindingCode.CODE_UNKNOWN, "B9", "DA8"),
                tuple(FindingCode.CODE_UNKNOWN, "B10", "DA3.4"));
        assertThat(sheet.findings().get(0).message())
                .contains("DA4.5", "không có trong danh mục", "giao trong năm 70", "giải ngân 60 triệu đồng");
        assertThat(sheet.findings().get(1).message()).contains("giao trong năm 30", "giải ngân 20 triệu đồng");
    }

    @Test
    void aBareNumberInTheCodeColumnIsNoUnknownProject() {
        CapitalSheet sheet = read(MoneyUnit.TRIEU_DONG,
                r("I", "Dự án 2", "DA2", "SN", null, 0, 100, 100, 90),
                r("-", "Mô hình nuôi dê", "12", "SN", null, 0, 100, 100, 90));
        assertThat(sheet.findings()).isEmpty();
        assertThat(sheet.rows()).filteredOn(row -> row.role() == RowRole.LEAF).extracting(CapitalRow::leaf)
                .containsExactly("DA2");
    }

    @Test
    void badCellsBecomeFindingsAndTheRestOfTheRowIsKept() {
        CapitalSheet sheet = read(MoneyUnit.TRIEU_DONG,
                r("I", "Dự án 2", "DA2", "SN", null, "12a", 10, "#REF!", -5));
        CapitalRow row = sheet.rows().get(0);
        assertThat(row.value(Measure.CARRY_IN)).isNull();
        assertThat(row.value(Measure.ALLOCATED)).isEqualByComparingTo("10");
        assertThat(row.value(Measure.DISBURSED)).isEqualByComparingTo("-5");
        assertThat(row.unreadable()).isTrue();
        List<Finding> findings = sheet.findings();
        assertThat(findings).extracting(Finding::code, Finding::cell, Finding::leaf).containsExactlyInAnyOrder(
                tuple(FindingCode.NOT_A_NUMBER, "F5", "DA2"),
                tuple(FindingCode.FORMULA_ERROR, "H5", "DA2"),
                tuple(FindingCode.NEGATIVE_AMOUNT, "I5", "DA2"));
        assertThat(findings).allSatisfy(f -> assertThat(f.message()).isNotBlank());
    }

    @Test
    void amountsInDongAreConvertedExactlyAndRatesAreNot() {
        CapitalSheet sheet = read(MoneyUnit.DONG,
                r("I", "Dự án 2", "DA2", "SN", "NSTW", "0", "505.000.000", "505.000.000", "390.000.000", "77,23", "115.000.000"));
        CapitalRow row = sheet.rows().get(0);
        assertThat(row.value(Measure.ALLOCATED)).isEqualByComparingTo("505");
        assertThat(row.value(Measure.DISBURSED)).isEqualByComparingTo("390");
        assertThat(row.value(Measure.RATE)).isEqualByComparingTo("77.23");
        assertThat(row.rateScale()).isEqualTo(2);
        assertThat(row.value(Measure.CARRY_OUT)).isEqualByComparingTo("115");
    }

    @Test
    void aSheetMixingBothConventionsReadsEachColumnItsOwnWayAndFlagsWhatCouldBeEither() {
        CapitalSheet sheet = read(MoneyUnit.TRIEU_DONG,
                r("I", "Dự án 2", "DA2", "SN", null, "1.250", "1,250.5", "2,500.5", "12.5"),
                r("II", "Dự án 5", "DA5", "SN", null, "1.250.000", "2,000.25", "1,250", "1,250.75"));
        assertThat(sheet.rows().get(0).value(Measure.CARRY_IN)).isEqualByComparingTo("1250");
        assertThat(sheet.rows().get(0).value(Measure.ALLOCATED)).isEqualByComparingTo("1250.5");
        assertThat(sheet.rows().get(1).value(Measure.AVAILABLE)).isEqualByComparingTo("1250");
        assertThat(sheet.findings()).extracting(Finding::code, Finding::cell).containsExactlyInAnyOrder(
                tuple(FindingCode.AMBIGUOUS_NUMBER, "F5"), tuple(FindingCode.AMBIGUOUS_NUMBER, "H6"));
    }

    /** "TỔNG CỘNG" and section titles typed from the TT column, running over the empty content cell. */
    @Test
    void aTotalOrSectionTitleTypedInTheTtColumnIsRead() {
        CapitalSheet sheet = read(MoneyUnit.TRIEU_DONG,
                r("TỔNG CỘNG", null, null, null, null, 0, 300, 300, 250),
                r("A. VỐN ĐẦU TƯ PHÁT TRIỂN"),
                r("I", "Dự án 1", "DA1", null, null, 0, 100, 100, 90),
                r("1", "Tiểu dự án 1", "DA1.1", null, null, 0, 100, 100, 90),
                r("B. VỐN SỰ NGHIỆP"),
                r("II", "Dự án 2", "DA2", null, null, 0, 200, 200, 160));
        assertThat(sheet.rows()).extracting(CapitalRow::role, CapitalRow::leaf, CapitalRow::fund).containsExactly(
                tuple(RowRole.TOTAL, "TOTAL", null), tuple(RowRole.SUBTOTAL, "DA1", "ĐTPT"),
                tuple(RowRole.LEAF, "DA1.1", "ĐTPT"), tuple(RowRole.LEAF, "DA2", "SN"));
        assertThat(sheet.findings()).isEmpty();
    }

    @Test
    void aRowOfFiguresWithNoNameAtAllSaysWhichRow() {
        CapitalSheet sheet = read(MoneyUnit.TRIEU_DONG, r("2", null, null, "SN", null, 0, 10, 10, 5));
        assertThat(sheet.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.CODE_UNKNOWN);
            assertThat(f.message()).startsWith("Dòng 5 có số liệu nhưng không ghi tên dự án");
        });
    }

    /** An old line hidden beside its new one: counted, as Excel's SUM counts it, and said, since nobody sees it. */
    @Test
    void aHiddenRowOfFiguresIsReadAndSaid() {
        Grids g = HeaderFinderTest.standardHeader(Grids.sheet("2023").row("UBND XÃ MƯỜNG SO"))
                .row("II", "Dự án 2", "DA2", "SN", null, 0, 400, 400, 300).hidden()
                .row("II", "Dự án 2", "DA2", "SN", null, 0, 480, 480, 455)
                .row("III", "Dự án 5", null, null, null).hidden();
        SheetGrid grid = g.build();
        CapitalSheet sheet = reader.read(grid, finder.find(grid).orElseThrow(), MoneyUnit.TRIEU_DONG,
                new SheetPlace("f.xlsx", "2023", "03589", 2023));
        assertThat(sheet.rows()).extracting(CapitalRow::rowNo).containsExactly(5, 6);
        assertThat(sheet.findings()).extracting(Finding::code, Finding::cell, Finding::leaf)
                .containsExactly(tuple(FindingCode.HIDDEN_ROW, "B5", "DA2"));
    }

    /** "SN" and "NSTW" typed once and merged down over the rows of several projects, as clerks often do. */
    @Test
    void aFundMergedDownOverSeveralRowsIsEachRowsButATitleMergedAcrossIsNot() {
        Grids g = HeaderFinderTest.standardHeader(Grids.sheet("2023").row("UBND XÃ MƯỜNG SO"));
        int first = g.nextRow();
        g.merge(first, first + 2, 3, 3).merge(first, first + 1, 4, 4).merge(first + 3, first + 3, 1, 12)
                .row("I", "Dự án 2", "DA2", "SN", "NSTW", 0, 480, 480, 455)
                .row("II", "Dự án 5", "DA5", null, null, 0, 100, 100, 90)
                .row("III", "Dự án 6", "DA6", null, "NSĐP", 0, 50, 50, 50)
                .row(null, "Vốn đầu tư phát triển: xem biểu riêng");
        SheetGrid grid = g.build();
        CapitalSheet sheet = reader.read(grid, finder.find(grid).orElseThrow(), MoneyUnit.TRIEU_DONG,
                new SheetPlace("f.xlsx", "2023", "03589", 2023));
        assertThat(sheet.rows()).extracting(CapitalRow::leaf, CapitalRow::fund, CapitalRow::source).containsExactly(
                tuple("DA2", "SN", "NSTW"), tuple("DA5", "SN", "NSTW"), tuple("DA6", "SN", "NSĐP"));
        assertThat(sheet.findings()).isEmpty();
        assertThat(grid.ownTextOrAbove(first + 3, 3)).as("a merge across the row is a title, no one's fund").isEmpty();
        assertThat(grid.ownTextOrAbove(first + 1, 3)).isEqualTo("SN");
    }

    /** "Trong đó" lines: a part of the leaf above unless they add up to it, when they split it by source. */
    @Test
    void ofWhichLinesSplitALeafOnlyWhenTheyAddUpToIt() {
        CapitalSheet partial = read(MoneyUnit.TRIEU_DONG,
                r("1", "Tiểu dự án 1", "DA3.1", "SN", "NSTW", 35, 210, 245, 245),
                r("-", "Trong đó: vốn đối ứng địa phương", null, null, "NSĐP", 0, 45, 45, 45),
                r("II", "Dự án 1", "DA1", "SN", null, 0, 100, 100, 90),
                r(null, "Trong đó: vốn đầu tư", null, null, null, 0, 60, 60, 50));
        CapitalSheet whole = read(MoneyUnit.TRIEU_DONG,
                r("1", "Tiểu dự án 1", "DA3.1", "SN", null, 35, 210, 245, 245),
                r(null, "Trong đó:"),
                r("-", "Vốn NSTW", null, null, "NSTW", 35, 165, 200, 200),
                r("-", "Vốn NSĐP", null, null, "NSĐP", 0, 45, 45, 45));

        assertThat(partial.rows()).extracting(CapitalRow::role, CapitalRow::leaf, CapitalRow::source)
                .containsExactly(tuple(RowRole.LEAF, "DA3.1", "NSTW"), tuple(RowRole.SUBTOTAL, "DA1", null));
        // Under a project that is no leaf, a "Trong đó" line is a part of the project's own figures, not an unknown row.
        assertThat(partial.findings()).isEmpty();
        assertThat(whole.rows()).extracting(CapitalRow::role, CapitalRow::source)
                .containsExactly(tuple(RowRole.SUBTOTAL, null), tuple(RowRole.LEAF, "NSTW"), tuple(RowRole.LEAF, "NSĐP"));
    }

    /**
     * A leaf split by source in lines that name the source in words, not in the source column: after "Trong
     * đó:", after a dash, or both. Such lines were read as section titles ("NGÂN SÁCH ĐỊA PHƯƠNG"), which gave
     * nine false SUBTOTAL_MISMATCH errors and consolidated the local share as central money.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
    void sourceLinesInWordsSplitTheLeafAbove(boolean trongDo) {
        List<Object[]> table = new ArrayList<>();
        table.add(r("II", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", "DA2", "SN", null, 0, 480, 480, 455));
        if (trongDo) {
            table.add(r(null, "Trong đó:"));
        }
        table.add(r(trongDo ? null : "-", (trongDo ? "" : "- ") + "Ngân sách trung ương", null, null, null, 0, 400, 400, 380));
        table.add(r(trongDo ? null : "-", (trongDo ? "" : "- ") + "Ngân sách địa phương", null, null, null, 0, 80, 80, 75));
        table.add(r("III", "Dự án 5", "DA5", "SN", "NSTW", 0, 20, 20, 20));

        CapitalSheet sheet = read(MoneyUnit.TRIEU_DONG, table, List.<Object[]>of(SIGNATURE));

        assertThat(sheet.findings()).isEmpty();
        assertThat(sheet.rows()).extracting(CapitalRow::role, CapitalRow::leaf, CapitalRow::source)
                .containsExactly(tuple(RowRole.SUBTOTAL, "DA2", null), tuple(RowRole.LEAF, "DA2", "NSTW"),
                        tuple(RowRole.LEAF, "DA2", "NSĐP"), tuple(RowRole.LEAF, "DA5", "NSTW"));
    }

    /** The same by fund type, after "Trong đó:"; a dashed "- Vốn sự nghiệp" alone may head the rows after it, and stays a title. */
    @Test
    void fundLinesAfterTrongDoSplitTheLeafAbove() {
        CapitalSheet sheet = read(MoneyUnit.TRIEU_DONG,
                r("1", "Tiểu dự án 1", "DA1.1", null, "NSTW", 0, 640, 640, 600),
                r(null, "Trong đó:"),
                r("-", "Vốn đầu tư phát triển", null, null, null, 0, 500, 500, 470),
                r("-", "Vốn sự nghiệp", null, null, null, 0, 140, 140, 130));
        assertThat(sheet.findings()).isEmpty();
        assertThat(sheet.rows()).extracting(CapitalRow::role, CapitalRow::fund, CapitalRow::source)
                .containsExactly(tuple(RowRole.SUBTOTAL, null, "NSTW"), tuple(RowRole.LEAF, "ĐTPT", "NSTW"),
                        tuple(RowRole.LEAF, "SN", "NSTW"));
    }

    /** Under no leaf, or without a dash or "Trong đó", a line naming a source is still a section title. */
    @Test
    void aSourceSectionTitleIsStillOne() {
        CapitalSheet sheet = read(MoneyUnit.TRIEU_DONG,
                r("A", "NGÂN SÁCH TRUNG ƯƠNG"),
                r("I", "Dự án 2", "DA2", "SN", null, 0, 480, 480, 455),
                r("B", "NGÂN SÁCH ĐỊA PHƯƠNG"),
                r("I", "Dự án 2", "DA2", "SN", null, 0, 80, 80, 75));
        assertThat(sheet.rows()).extracting(CapitalRow::role, CapitalRow::leaf, CapitalRow::source)
                .containsExactly(tuple(RowRole.LEAF, "DA2", "NSTW"), tuple(RowRole.LEAF, "DA2", "NSĐP"));
    }

    @Test
    void theSignatureBlockEndsTheTableAndFiguresBelowItAreNotReadButSaid() {
        CapitalSheet sheet = read(MoneyUnit.TRIEU_DONG, List.<Object[]>of(r("I", "Dự án 5", "DA5", "SN", null, 0, 20, 20, 20)),
                List.<Object[]>of(SIGNATURE, r("Mường So, ngày 15/01/2024", null, null, null, null, null, null, null, 45306),
                        r("NĂM 2022"), r(null, "Dự án 2", "DA2", "SN", null, 0, 999, 999, 999)));
        assertThat(sheet.rows()).extracting(CapitalRow::leaf).containsExactly("DA5");
        assertThat(sheet.findings()).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple(FindingCode.FIGURES_BELOW_TABLE, "F10"));
        assertThat(sheet.findings().get(0).message()).contains("dòng 10", "phần chữ ký (dòng 7)");
    }

    @Test
    void aSecondTableStackedWithoutASignatureIsNotAddedToTheFirst() {
        List<Object[]> table = List.<Object[]>of(r(null, "TỔNG CỘNG", null, null, null, 0, 20, 20, 20),
                r("I", "Dự án 5", "DA5", "SN", null, 0, 20, 20, 20));
        List<Object[]> total2022 = List.<Object[]>of(r("BÁO CÁO NĂM 2022"), r(null, "TỔNG CỘNG", null, null, null, 0, 7, 7, 7),
                r("I", "Dự án 5", "DA5", "SN", null, 0, 7, 7, 7));
        Object[][] header = {
            r("TT", "Nội dung", "Mã", "Loại vốn", "Nguồn vốn", "Kế hoạch vốn", null, null, "Giải ngân"),
            r(null, null, null, null, null, "Năm trước chuyển sang", "Giao trong năm", "Tổng số", "Số tiền")};
        List<Object[]> withHeader = new ArrayList<Object[]>(List.<Object[]>of(r("BÁO CÁO NĂM 2022")));
        withHeader.addAll(List.of(header));
        withHeader.addAll(total2022.subList(1, 3));

        CapitalSheet underItsHeader = read(MoneyUnit.TRIEU_DONG, table, withHeader);
        CapitalSheet underItsTotal = read(MoneyUnit.TRIEU_DONG, table, total2022);

        assertThat(underItsHeader.rows()).extracting(CapitalRow::rowNo).containsExactly(5, 6);
        assertThat(underItsHeader.findings()).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple(FindingCode.FIGURES_BELOW_TABLE, "F11"));
        assertThat(underItsHeader.findings().get(0).message()).contains("tiêu đề của một bảng khác");
        // Under a second total, its own figures are no loss: the rows under it are.
        assertThat(underItsTotal.rows()).extracting(CapitalRow::rowNo).containsExactly(5, 6);
        assertThat(underItsTotal.findings()).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple(FindingCode.FIGURES_BELOW_TABLE, "F10"));
    }

    @Test
    void aTotalRepeatedAtTheFootOrSectionTotalsEndNothing() {
        CapitalSheet repeated = read(MoneyUnit.TRIEU_DONG, List.<Object[]>of(r(null, "TỔNG CỘNG", null, null, null, 0, 20, 20, 20),
                r("I", "Dự án 5", "DA5", "SN", null, 0, 20, 20, 20), r(null, "Tổng cộng", null, null, null, 0, 20, 20, 20)),
                List.<Object[]>of(SIGNATURE));
        CapitalSheet sections = read(MoneyUnit.TRIEU_DONG, List.<Object[]>of(r(null, "TỔNG CỘNG", null, null, null, 0, 30, 30, 30),
                r(null, "Tổng cộng vốn sự nghiệp", null, "SN", null, 0, 30, 30, 30),
                r("I", "Dự án 5", "DA5", "SN", null, 0, 20, 20, 20), r("II", "Dự án 2", "DA2", "SN", null, 0, 10, 10, 10)),
                List.<Object[]>of(SIGNATURE));

        assertThat(repeated.rows()).extracting(CapitalRow::rowNo).containsExactly(5, 6);
        assertThat(repeated.findings()).isEmpty();
        assertThat(sections.rows()).extracting(CapitalRow::leaf).containsSubsequence("DA5", "DA2");
        assertThat(sections.findings()).extracting(Finding::code).doesNotContain(FindingCode.FIGURES_BELOW_TABLE);
    }

    /**
     * A sheet with a total but no "Giao trong năm": the allocation is the total less the money brought in.
     * It was read as 0, and the carry-out as minus the disbursement, without a finding.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(booleans = {false, true})
    void withoutAnAllocationColumnTheAllocationIsTheTotalLessTheMoneyBroughtIn(boolean carryIn) {
        Grids g = Grids.sheet("2023").row("UBND XÃ MƯỜNG SO");
        g.row(carryIn ? new Object[] {"TT", "Nội dung", "Loại vốn", "Năm trước chuyển sang", "Tổng kế hoạch vốn", "Giải ngân"}
                : new Object[] {"TT", "Nội dung", "Loại vốn", "Tổng kế hoạch vốn", "Giải ngân"});
        g.row(carryIn ? new Object[] {"1", "Dự án 2", "SN", 35, 480, 455} : new Object[] {"1", "Dự án 2", "SN", 480, 455});
        SheetGrid grid = g.build();

        CapitalSheet sheet = reader.read(grid, finder.find(grid).orElseThrow(), MoneyUnit.TRIEU_DONG,
                new SheetPlace("f.xlsx", "2023", "03589", 2023));

        assertThat(sheet.rows()).singleElement().satisfies(r -> {
            assertThat(r.values().get(Measure.ALLOCATED)).isEqualByComparingTo(carryIn ? "445" : "480");
            assertThat(r.values().get(Measure.AVAILABLE)).isEqualByComparingTo("480");
        });
        assertThat(sheet.findings()).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple(FindingCode.ALLOCATION_FROM_TOTAL, carryIn ? "E2" : "D2"));
    }
}
