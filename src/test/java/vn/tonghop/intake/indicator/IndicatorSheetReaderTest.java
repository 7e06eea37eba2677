package vn.tonghop.intake.indicator;

import org.assertj.core.api.Assertions;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.tonghop.excel.SheetGrid;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.intake.table.HeaderFinder;
import vn.tonghop.intake.table.HeaderMatch;
import vn.tonghop.intake.table.SheetPlace;
import vn.tonghop.staging.Measure;
import vn.tonghop.testdata.Grids;
import vn.tonghop.testdata.TestConfig;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndicatorSheetReaderTest {

    private static final SheetPlace PLACE = new SheetPlace("xa/MuongSo.xlsx", "Chỉ tiêu", "03589", null);

    private static IndicatorSheet read(SheetGrid grid) {
        HeaderMatch header = new HeaderFinder(TestConfig.jobs().headers()).find(grid).orElseThrow();
        assertThat(header.form()).isEqualTo("02/CT");
        return new IndicatorSheetReader(TestConfig.jobs().indicators()).read(grid, header, PLACE);
    }

    /** The district's form: merged year groups over KH / TH / Tỷ lệ đạt, a column-number row, a cumulative. */
    @Test
    void readsMergedYearGroupsWithTheirRatesAndTheCumulativeSpan() {
        SheetGrid grid = Grids.sheet("Chỉ tiêu")
                .row("UBND XÃ MƯỜNG SO")
                .row("TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2022", null, null, "Ước TH 2024", null, null, "Tổng 2022-2024")
                .row(null, null, null, "KH", "TH", "Tỷ lệ đạt (%)", "Kế hoạch", "Ước thực hiện", "Tỷ lệ đạt (%)", null)
                .row("1", "2", "3", "4", "5", "6", "7", "8", "9", "10")
                .row("I", "Chỉ tiêu về giảm nghèo")
                .row("1", "Số hộ nghèo cuối năm", "hộ", 400, 380, "95,0", 350, 352, 100.57, 732)
                .row("2", "Tỷ lệ hộ nghèo (%)", "%", "32,5", "31,8", null, null, null, null, null)
                .row(null, "NGƯỜI LẬP BIỂU")
                .merge(1, 2, 0, 0).merge(1, 2, 1, 1).merge(1, 2, 2, 2).merge(1, 1, 3, 5).merge(1, 1, 6, 8).merge(1, 2, 9, 9)
                .build();
        IndicatorSheet sheet = read(grid);
        assertThat(sheet.findings()).isEmpty();
        assertThat(sheet.rows()).hasSize(2);
        IndicatorRow poor = sheet.rows().get(0);
        assertThat(poor.indicator()).isEqualTo("CT01");
        assertThat(poor.values()).extracting(IndicatorValue::year).containsExactly(2022, 2024);
        IndicatorValue y2022 = poor.values().get(0);
        assertThat(y2022.plan()).isEqualByComparingTo("400");
        assertThat(y2022.actual()).isEqualByComparingTo("380");
        assertThat(y2022.rate()).isEqualByComparingTo("95.0");
        assertThat(y2022.rateScale()).isEqualTo(1);
        assertThat(y2022.actualCell()).isEqualTo("E6");
        assertThat(poor.values().get(1).actualCell()).isEqualTo("H6");
        assertThat(poor.cumulative()).isEqualByComparingTo("732");
        assertThat(poor.cumulativeFirstYear()).isEqualTo(2022);
        assertThat(poor.cumulativeLastYear()).isEqualTo(2024);
        IndicatorRow rate = sheet.rows().get(1);
        assertThat(rate.indicator()).isEqualTo("CT04");
        assertThat(rate.values()).singleElement().satisfies(v -> assertThat(v.actual()).isEqualByComparingTo("31.8"));
    }

    /** "Năm 2022" centred across its three columns, not merged: each year still owns its plan, actual and rate. */
    @Test
    void aYearCentredAcrossItsColumnsWithoutAMergeHeadsThemAll() {
        SheetGrid grid = Grids.sheet("Chỉ tiêu")
                .row("TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2022", null, null, "Năm 2023", null, null, "Ghi chú")
                .row(null, null, null, "Kế hoạch", "Thực hiện", "Tỷ lệ đạt (%)", "Kế hoạch", "Thực hiện", "Tỷ lệ đạt (%)")
                .row("1", "Số hộ nghèo cuối năm", "hộ", 400, 380, 95, 350, 352, 100.57)
                .build();
        IndicatorRow poor = read(grid).rows().get(0);
        assertThat(poor.values()).extracting(IndicatorValue::year, IndicatorValue::actualCell, IndicatorValue::rateCell)
                .containsExactly(Assertions.tuple(2022, "E3", "F3"),
                        Assertions.tuple(2023, "H3", "I3"));
    }

    /** "498 hộ": the row's own unit typed after the figure is not part of it; another word still is. */
    @Test
    void aFigureTypedWithItsRowsUnitIsReadAndOtherWordsAreNot() {
        SheetGrid grid = Grids.sheet("Chỉ tiêu")
                .row("TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2022", null, null, "Năm 2023", null, null, "Ghi chú")
                .row(null, null, null, "Kế hoạch", "Thực hiện", "Tỷ lệ đạt (%)", "Kế hoạch", "Thực hiện", "Tỷ lệ đạt (%)")
                .row("1", "Số hộ nghèo cuối năm", "hộ", "400 hộ", "380 HỘ", 95, 350, "352 người", 100.57)
                .build();
        IndicatorSheet sheet = read(grid);
        assertThat(sheet.rows().get(0).values()).extracting(IndicatorValue::year, IndicatorValue::plan, IndicatorValue::actual)
                .containsExactly(Assertions.tuple(2022, new BigDecimal("400"), new BigDecimal("380")),
                        Assertions.tuple(2023, new BigDecimal("350"), null));
        assertThat(sheet.findings()).extracting(Finding::code, Finding::cell)
                .containsExactly(Assertions.tuple(FindingCode.NOT_A_NUMBER, "H3"));
    }

    @Test
    void figuresInAColumnOfNoYearAreNotLostWithoutAWord() {
        SheetGrid grid = Grids.sheet("Chỉ tiêu")
                .row("TT", "Chỉ tiêu", "Đơn vị tính", "KH 2023", "TH 2023", "Số liệu cũ")
                .row(1, "Số hộ nghèo cuối năm", "hộ", 400, 380, 410)
                .build();
        IndicatorSheet sheet = read(grid);
        assertThat(sheet.rows()).singleElement().satisfies(r -> assertThat(r.values()).hasSize(1));
        assertThat(sheet.findings()).extracting(Finding::code, Finding::cell)
                .containsExactly(Assertions.tuple(FindingCode.COLUMN_IGNORED, "F1"));
    }

    @Test
    void figuresBelowTheSignatureAreNotReadButSaid() {
        SheetGrid grid = Grids.sheet("Chỉ tiêu")
                .row("TT", "Chỉ tiêu", "Đơn vị tính", "KH 2023", "TH 2023")
                .row("1", "Số hộ nghèo cuối năm", "hộ", 400, 380)
                .row(null, "NGƯỜI LẬP BIỂU")
                .row("1", "Số hộ nghèo cuối năm", "hộ", 420, 401)
                .build();
        IndicatorSheet sheet = read(grid);
        assertThat(sheet.rows()).singleElement().satisfies(r -> assertThat(r.values().get(0).actual()).isEqualByComparingTo("380"));
        assertThat(sheet.findings()).extracting(Finding::code, Finding::cell)
                .containsExactly(Assertions.tuple(FindingCode.FIGURES_BELOW_TABLE, "D4"));
    }

    /** Single columns "KH 2023" / "TH 2023", codes instead of names, and a row naming nothing in the catalogue. */
    @Test
    void readsYearColumnsWithoutGroupsAndFlagsUnknownRows() {
        SheetGrid grid = Grids.sheet("Sheet1")
                .row("Đơn vị báo cáo: UBND xã Mường So")
                .row("STT", "Mã chỉ tiêu", "Nội dung chỉ tiêu", "ĐVT", "KH 2023", "TH 2023", "Ghi chú")
                .row(1, "CT6", "Thoát nghèo", "hộ", 50, 61)
                .row(2, null, "Số con gà được tiêm phòng", "con", 100, "12a")
                .build();
        IndicatorSheet sheet = read(grid);
        assertThat(sheet.rows()).singleElement().satisfies(r -> {
            assertThat(r.indicator()).isEqualTo("CT06");
            assertThat(r.values()).singleElement().satisfies(v -> {
                assertThat(v.year()).isEqualTo(2023);
                assertThat(v.plan()).isEqualByComparingTo("50");
                assertThat(v.actual()).isEqualByComparingTo("61");
            });
        });
        assertThat(sheet.findings()).extracting(Finding::code, Finding::cell)
                .containsExactlyInAnyOrder(Tuple.tuple(FindingCode.NOT_A_NUMBER, "F4"),
                        Tuple.tuple(FindingCode.CODE_UNKNOWN, "C4"));
    }

    /** Measure first, then the years under it. */
    @Test
    void readsPlanAndActualGroupsOverYears() {
        SheetGrid grid = Grids.sheet("Chỉ tiêu")
                .row("TT", "Chỉ tiêu", "ĐVT", "Kế hoạch", null, "Thực hiện", null, "So sánh TH/KH (%)", null)
                .row(null, null, null, "Năm 2023", "Năm 2024", "Năm 2023", "Năm 2024", "Năm 2023", "Năm 2024")
                .row(1, "Số hộ thoát nghèo", "hộ", 50, 60, 55, 57, "110", "95")
                .merge(0, 1, 0, 0).merge(0, 1, 1, 1).merge(0, 1, 2, 2).merge(0, 0, 3, 4).merge(0, 0, 5, 6).merge(0, 0, 7, 8)
                .build();
        IndicatorSheet sheet = read(grid);
        assertThat(sheet.findings()).isEmpty();
        assertThat(sheet.rows()).singleElement().satisfies(r -> {
            assertThat(r.indicator()).isEqualTo("CT06");
            assertThat(r.values()).extracting(IndicatorValue::year, v -> v.plan().intValue(), v -> v.actual().intValue(),
                    v -> v.rate().intValue(), IndicatorValue::rateCell)
                    .containsExactly(Tuple.tuple(2023, 50, 55, 110, "H3"),
                            Tuple.tuple(2024, 60, 57, 95, "I3"));
        });
    }

    @Test
    void aYearHeadingIsOneYearNotASpan() {
        assertThat(IndicatorSheetReader.yearOf("Năm 2023")).isEqualTo(2023);
        assertThat(IndicatorSheetReader.yearOf("Ước TH 2024")).isEqualTo(2024);
        assertThat(IndicatorSheetReader.yearOf("Dự kiến 2025")).isEqualTo(2025);
        assertThat(IndicatorSheetReader.yearOf("Tổng 2021-2024")).isNull();
        assertThat(IndicatorSheetReader.yearOf("Năm 2022 (31/12/2022)")).isEqualTo(2022);
        assertThat(IndicatorSheetReader.yearOf("Giai đoạn 2021-2025")).isNull();
        assertThat(IndicatorSheetReader.yearOf("Chỉ tiêu")).isNull();
    }

    @Test
    void aRowOfAnotherIndicatorKeepsItsOwnUnitsFigures() {
        List<IndicatorRow> rows = read(Grids.sheet("Chỉ tiêu")
                .row("TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2023")
                .row(null, null, null, "Thực hiện")
                .row(1, "Tỷ lệ lao động qua đào tạo", "%", "51,3")
                .merge(0, 1, 0, 0).merge(0, 1, 1, 1).merge(0, 1, 2, 2)
                .build()).rows();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.indicator()).isEqualTo("CT10");
            assertThat(r.values().get(0).actual()).isEqualByComparingTo("51.3");
        });
    }

    /** Extra rows a commune adds ("đầu năm", "phát sinh") name the catalogue's indicator too; the one that names it closest is read. */
    @Test
    void ofTwoRowsNamingOneIndicatorTheClosestIsReadAndTheOtherSaid() {
        SheetGrid grid = Grids.sheet("Chỉ tiêu")
                .row("TT", "Chỉ tiêu", "Mã", "Đơn vị tính", "Năm 2023")
                .row(null, null, null, null, "Thực hiện")
                .row("1", "Số hộ nghèo đầu năm", null, "hộ", 498)
                .row("2", "Số hộ nghèo phát sinh trong năm", null, "hộ", 12)
                .row("3", "Số hộ nghèo", "CT01", "hộ", 431)
                .row("4", "Số hộ cận nghèo cuối năm", null, "hộ", 181)
                .row("5", "Số hộ cận nghèo được hỗ trợ", null, "hộ", 90)
                .build();

        IndicatorSheet sheet = read(grid);

        assertThat(sheet.rows()).extracting(IndicatorRow::indicator, IndicatorRow::rowNo)
                .containsExactly(Tuple.tuple("CT01", 5), Tuple.tuple("CT02", 6));
        assertThat(sheet.rows().get(0).values().get(0).actual()).isEqualByComparingTo("431");
        assertThat(sheet.findings()).extracting(Finding::code, Finding::cell)
                .containsExactlyInAnyOrder(Tuple.tuple(FindingCode.CODE_UNKNOWN, "B3"),
                        Tuple.tuple(FindingCode.CODE_UNKNOWN, "B4"),
                        Tuple.tuple(FindingCode.CODE_UNKNOWN, "B7"));
        assertThat(sheet.findings().get(0).message()).contains("dòng 5", "CT01");
    }

    /** A year's sub-columns in other words: each still gives the plan, the actual and the typed rate. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            2023     | KH       | TH      | %
            Năm 2023 | KH giao  | Thực hiện | TH/KH (%)
            NĂM 2023 | Kế hoạch | Thực hiện | So với KH (%)
            Năm 2023 | Mục tiêu | Kết quả | Tỉ lệ
            """)
    void aYearsColumnsInOtherWords(String year, String plan, String actual, String rate) {
        SheetGrid grid = Grids.sheet("Chỉ tiêu").row("TT", "Chỉ tiêu", "Mã", "Đơn vị tính", year, null, null)
                .row(null, null, null, null, plan, actual, rate).row("1", "Số hộ nghèo", "CT01", "hộ", 500, 431, 86.2)
                .merge(0, 0, 4, 6).build();
        assertYear2023(read(grid));
    }

    /** One header row, the rate headed without a year: it is the rate of the year on its left. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            KH 2023           | TH 2023            | Tỷ lệ (%)
            KH năm 2023       | Ước TH năm 2023    | Tỷ lệ
            Năm 2023 (KH)     | Năm 2023 (TH)      | %
            """)
    void aRateWithoutAYearBesideItsYear(String plan, String actual, String rate) {
        SheetGrid grid = Grids.sheet("Chỉ tiêu").row("TT", "Chỉ tiêu", "Mã", "Đơn vị tính", plan, actual, rate)
                .row("1", "Số hộ nghèo", "CT01", "hộ", 500, 431, 86.2).build();
        assertYear2023(read(grid));
    }

    private static void assertYear2023(IndicatorSheet sheet) {
        assertThat(sheet.findings()).isEmpty();
        IndicatorValue v = sheet.rows().get(0).values().get(0);
        assertThat(v.year()).isEqualTo(2023);
        assertThat(v.plan()).isEqualByComparingTo("500");
        assertThat(v.actual()).isEqualByComparingTo("431");
        assertThat(v.rate()).isEqualByComparingTo("86.2");
    }
}
