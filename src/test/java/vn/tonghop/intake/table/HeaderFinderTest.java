package vn.tonghop.intake.table;

import org.junit.jupiter.api.Test;
import vn.tonghop.excel.SheetGrid;
import vn.tonghop.testdata.Grids;
import vn.tonghop.testdata.TestConfig;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

public class HeaderFinderTest {

    private final HeaderFinder finder = new HeaderFinder(TestConfig.jobs().headers());

    /** The header of the district's Biểu 01/VỐN, merged as in the samples. */
    public static Grids standardHeader(Grids g) {
        int top = g.nextRow();
        g.merge(top, top, 5, 7).merge(top, top, 8, 9);
        for (int c : new int[] {0, 1, 2, 3, 4, 10, 11, 12}) {
            g.merge(top, top + 1, c, c);
        }
        return g.row("TT", "Nội dung", "Mã", "Loại vốn", "Nguồn vốn", "Kế hoạch vốn", null, null, "Giải ngân", null,
                        "Chuyển nguồn sang năm sau", "Nộp trả, hủy dự toán", "Ghi chú")
                .row(null, null, null, null, null, "Năm trước chuyển sang", "Giao trong năm", "Tổng số", "Số tiền", "Tỷ lệ (%)")
                .row("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)", "(11)", "(12)", "(13)");
    }

    @Test
    void findsATwoRowMergedHeaderUnderTitleRowsAndSkipsTheColumnNumbers() {
        Grids g = Grids.sheet("2023").row("UBND XÃ MƯỜNG SO").row("Biểu số 01/VỐN").row("TÌNH HÌNH … NĂM 2023").blank();
        SheetGrid grid = standardHeader(g).row(null, "TỔNG CỘNG", null, null, null, 0, 10, 10, 5)
                .build();
        HeaderMatch m = finder.find(grid).orElseThrow();
        assertThat(m.form()).isEqualTo("01/VỐN");
        assertThat(m.firstRow()).isEqualTo(4);
        assertThat(m.lastRow()).isEqualTo(5);
        assertThat(m.dataRow()).isEqualTo(7);
        assertThat(m.columns()).containsEntry("tt", 0).containsEntry("content", 1).containsEntry("code", 2)
                .containsEntry("fund", 3).containsEntry("source", 4).containsEntry("carry_in", 5)
                .containsEntry("allocated", 6).containsEntry("available", 7).containsEntry("disbursed", 8)
                .containsEntry("rate", 9).containsEntry("carry_out", 10).containsEntry("returned", 11)
                .containsEntry("note", 12);
    }

    /** A clerk who centres "Kế hoạch vốn" across its columns instead of merging them, or unmerges the header. */
    @Test
    void aGroupTextWithoutAMergeHeadsTheSubColumnsToItsRightUpToTheNextHeader() {
        SheetGrid grid = Grids.sheet("2023")
                .row("TT", "Nội dung", "Mã", "Loại vốn", "Nguồn vốn", "Kế hoạch vốn", null, null, "Giải ngân", null,
                        "Chuyển nguồn sang năm sau", null, "Tổng số")
                .row(null, null, null, null, null, "Năm trước chuyển sang", "Giao trong năm", "Tổng số", "Số tiền",
                        "Tỷ lệ (%)", null, "Tổng số")
                .row(null, "TỔNG CỘNG", null, null, null, 0, 10, 10, 5, 50, 5).build();
        HeaderMatch m = finder.find(grid).orElseThrow();
        assertThat(m.columns()).containsEntry("available", 7).containsEntry("disbursed", 8).containsEntry("rate", 9)
                .containsEntry("carry_out", 10);
        // Across a column headed alone, "Tổng số" under nothing is no one's: it names no field.
        assertThat(m.columns()).doesNotContainValue(11).doesNotContainValue(12);
    }

    /** Last year's table copied, merges and all, under this year's: the sheet's table is the first. */
    @Test
    void aSecondTableStackedUnderTheFirstDoesNotTakeItsPlace() {
        Grids g = standardHeader(Grids.sheet("2023").row("UBND XÃ MƯỜNG SO"))
                .row(null, "TỔNG CỘNG", null, null, null, 0, 10, 10, 5)
                .row("I", "Dự án 2", "DA2", "SN", "NSTW", 0, 10, 10, 5)
                .row("NĂM 2022");
        SheetGrid grid = standardHeader(g).row(null, "TỔNG CỘNG", null, null, null, 0, 7, 7, 7).build();
        HeaderMatch m = finder.find(grid).orElseThrow();
        assertThat(m.firstRow()).isEqualTo(1);
        assertThat(m.dataRow()).isEqualTo(4);
    }

    /** Last year's allocation column hidden beside this year's: the one shown is read, wherever it stands. */
    @Test
    void aVisibleColumnIsPreferredToAHiddenOneOfTheSameName() {
        SheetGrid grid = Grids.sheet("x").row("Nội dung", "Giao trong năm", "Giao trong năm", "Giải ngân")
                .row("Dự án 2", 400, 480, 455).hideColumn(1).build();
        assertThat(finder.find(grid).orElseThrow().columns()).containsEntry("allocated", 2);
        assertThat(finder.find(grid).orElseThrow().ignored()).containsOnlyKeys(1);
    }

    @Test
    void findsReorderedColumnsWithOptionalOnesMissingInOneRow() {
        SheetGrid grid = Grids.sheet("x").row("Đơn vị báo cáo: Phòng TC-KH")
                .row("Giải ngân", "Giao trong năm", "STT", "Dự án, tiểu dự án", "Năm trước chuyển sang")
                .row(5, 10, "1", "Dự án 2", 0).build();
        HeaderMatch m = finder.find(grid).orElseThrow();
        assertThat(m.firstRow()).isEqualTo(1);
        assertThat(m.dataRow()).isEqualTo(2);
        assertThat(m.columns()).containsEntry("disbursed", 0).containsEntry("allocated", 1).containsEntry("tt", 2)
                .containsEntry("content", 3).containsEntry("carry_in", 4).doesNotContainKeys("rate", "code", "fund");
    }

    @Test
    void acceptsAllocationHeadersThatNameTheYear() {
        SheetGrid grid = Grids.sheet("x").row("Nội dung", "Vốn giao năm 2023", "Kết quả giải ngân").build();
        assertThat(finder.find(grid).orElseThrow().columns()).containsEntry("allocated", 1).containsEntry("disbursed", 2);
    }

    @Test
    void aSheetWithoutTheRequiredHeadersHasNoTable() {
        SheetGrid notes = Grids.sheet("Ghi chú").row("Ghi chú").row("Số liệu ước thực hiện đến 31/12").build();
        SheetGrid works = Grids.sheet("Công trình").row("TT", "Tên công trình", "Địa điểm xây dựng", "Năm khởi công").build();
        assertThat(finder.find(notes)).isEmpty();
        assertThat(finder.find(works)).isEmpty();
    }

    @Test
    void anIndicatorSheetIsBiểu02AndARegisterIsBiểu05() {
        SheetGrid indicators = Grids.sheet("Chỉ tiêu").row("TT", "Chỉ tiêu", "Đơn vị tính", "Năm 2022").build();
        SheetGrid register = Grids.sheet("Giao vốn").row("TT", "Chủ đầu tư", "Dự án, tiểu dự án", "Loại vốn", "Năm",
                "Kế hoạch vốn giao").build();
        SheetGrid plan = Grids.sheet("Kế hoạch trung hạn").row("Dự án", "Loại vốn", "Kế hoạch vốn trung hạn 2021-2025").build();
        assertThat(finder.find(indicators).orElseThrow().form()).isEqualTo("02/CT");
        assertThat(finder.find(register).orElseThrow().form()).isEqualTo("05/GV");
        assertThat(finder.find(plan).orElseThrow().form()).isEqualTo("05/GV trung hạn");
    }

    /** Last year's allocation kept beside this year's, both loosely "Giao năm": the sheet's year takes its own. */
    @Test
    void refittedForItsYearAColumnNamingAnotherYearIsLeftForTheOneNamingTheSheets() {
        SheetGrid grid = Grids.sheet("2023")
                .row("TT", "Nội dung", "Năm 2022 chuyển sang", "Giao năm 2022", "Giao năm 2023", "Giải ngân đến 31/01/2024",
                        "Chuyển nguồn sang năm 2024")
                .row(null, "TỔNG CỘNG", 5, 900, 10, 12, 3).build();
        HeaderMatch found = finder.find(grid).orElseThrow();
        assertThat(found.columns()).as("read without years, the first comes first").containsEntry("allocated", 3);

        HeaderMatch m = finder.refit(grid, found, HeaderYears.of(2023)).orElseThrow();

        assertThat(m.columns()).containsEntry("allocated", 4)
                .as("the year before, for money brought in").containsEntry("carry_in", 2)
                .as("a cut-off date is not the money's year").containsEntry("disbursed", 5)
                .as("the year after, for money carried out").containsEntry("carry_out", 6);
        assertThat(m.ignored()).containsOnlyKeys(3);
        assertThat(finder.refit(grid, found, HeaderYears.of(2024))).as("allocated in 2022 and 2023, none in 2024: no year's")
                .isEmpty();
    }

    /** Two years side by side, each a group over its own columns, as Biểu 02/CT is laid out. */
    @Test
    void aGroupNamingAYearHeadsOnlyThatYearsMoney() {
        SheetGrid grid = Grids.sheet("2023").merge(0, 0, 2, 3).merge(0, 0, 4, 5)
                .row("TT", "Nội dung", "Năm 2022", null, "Năm 2023", null)
                .row(null, null, "Giao trong năm", "Giải ngân", "Giao trong năm", "Giải ngân")
                .row(null, "TỔNG CỘNG", 900, 800, 10, 5).build();

        HeaderMatch m = finder.refit(grid, finder.find(grid).orElseThrow(), HeaderYears.of(2023)).orElseThrow();

        assertThat(m.columns()).containsEntry("allocated", 4).containsEntry("disbursed", 5);
    }

    /**
     * Column headers as clerks word them, each in the district's one-row header in place of the
     * field's own: the column must go to that field. Before these were aliases, a sheet headed "Đã giải
     * ngân" was no table at all, and "Tỉ lệ (%)" or "Kéo dài sang năm sau" columns were left out.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            content   | Danh mục dự án
            content   | Tên dự án, công trình
            content   | Tên dự án/tiểu dự án
            carry_in  | Kế hoạch năm trước chuyển sang
            carry_in  | Vốn kéo dài
            carry_in  | Dự toán năm trước chuyển sang
            allocated | Kế hoạch vốn năm 2023
            allocated | KH vốn giao
            allocated | Dự toán được giao
            allocated | Vốn phân bổ
            disbursed | Đã giải ngân
            disbursed | Vốn đã giải ngân
            disbursed | Giá trị giải ngân
            disbursed | Đã thanh toán
            rate      | Tỉ lệ (%)
            rate      | Tỷ lệ GN (%)
            carry_out | Kéo dài sang năm sau
            carry_out | Đề nghị chuyển nguồn sang năm 2024
            returned  | Nộp trả NSNN
            returned  | Thu hồi, nộp trả
            fund      | Tính chất vốn
            fund      | ĐTPT/SN
            source    | Nguồn ngân sách
            source    | Nguồn vốn (NSTW/NSĐP)
            """)
    void aClerksWordingOfAColumnNamesItsField(String field, String header) {
        String[] fields = {"tt", "content", "fund", "source", "carry_in", "allocated", "disbursed", "rate", "carry_out",
            "returned", "note"};
        Object[] row = {"TT", "Nội dung", "Loại vốn", "Nguồn vốn", "Năm trước chuyển sang", "Giao trong năm", "Giải ngân",
            "Tỷ lệ (%)", "Chuyển nguồn sang năm sau", "Nộp trả", "Ghi chú"};
        int col = Arrays.asList(fields).indexOf(field);
        row[col] = header;
        SheetGrid grid = Grids.sheet("2023").row("TÌNH HÌNH THỰC HIỆN KẾ HOẠCH VỐN NĂM 2023").row(row)
                .row(null, "TỔNG CỘNG", null, null, 0, 10, 5, 50, 5).build();

        HeaderMatch m = finder.find(grid).orElseThrow();

        assertThat(m.columns()).containsEntry(field, col).hasSize(fields.length);
    }

    /** "Kế hoạch vốn" is the allocation only where no column says "Giao trong năm" as written, wherever it stands. */
    @Test
    void aHeaderAsWrittenTakesItsFieldBeforeOneReadWithoutQualifiers() {
        SheetGrid grid = Grids.sheet("2023")
                .row("TT", "Nội dung", "Kế hoạch vốn năm 2023", "Năm trước chuyển sang", "Giao trong năm", "Giải ngân")
                .row(null, "TỔNG CỘNG", 110, 10, 100, 50).build();

        HeaderMatch m = finder.find(grid).orElseThrow();

        assertThat(m.columns()).containsEntry("allocated", 4).containsEntry("carry_in", 3);
        assertThat(m.ignored()).containsKey(2);
    }

    /** The same for the other forms' columns, each in its form's one-row header. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            03/VB  | number      | Số hiệu
            03/VB  | number      | Số và ký hiệu
            03/VB  | date        | Ngày tháng
            03/VB  | date        | Thời gian ban hành
            03/VB  | issuer      | Cơ quan ban hành văn bản
            03/VB  | summary     | Tên loại và trích yếu nội dung
            04/BCĐ | unit        | Tên xã
            04/BCĐ | established | Đã thành lập Ban chỉ đạo
            04/BCĐ | decision    | Số, ngày quyết định
            04/BCĐ | members     | Số lượng thành viên
            04/BCĐ | reformed    | Số lần kiện toàn, bổ sung
            05/GV  | unit        | Đơn vị được giao
            05/GV  | amount      | Kế hoạch vốn
            05/GV  | year        | Năm ngân sách
            05/GV  | decision    | Số, ngày QĐ giao vốn
            """)
    void aClerksWordingOfAnotherFormsColumnNamesItsField(String form, String field, String header) {
        Map<String, List<String>> forms = Map.of(
                "03/VB", List.of("tt=STT", "number=Số, ký hiệu", "date=Ngày ban hành", "issuer=Cơ quan ban hành",
                        "summary=Trích yếu", "note=Ghi chú"),
                "04/BCĐ", List.of("tt=TT", "unit=Đơn vị", "established=Đã thành lập", "decision=Quyết định thành lập",
                        "members=Số thành viên", "reformed=Số lần kiện toàn", "note=Ghi chú"),
                "05/GV", List.of("tt=TT", "unit=Đơn vị thực hiện", "code=Mã dự án", "fund=Loại vốn", "source=Nguồn vốn",
                        "year=Năm", "amount=Số vốn giao", "decision=Quyết định giao vốn"));
        List<String> columns = forms.get(form);
        Object[] row = columns.stream().map(c -> c.startsWith(field + "=") ? header : c.substring(c.indexOf('=') + 1)).toArray();
        SheetGrid grid = Grids.sheet("Sheet1").row("Biểu số " + form).row(row).row(1, "x", "x", "x", "x", 2023, 100).build();

        HeaderMatch m = finder.find(grid).orElseThrow();

        assertThat(m.form()).isEqualTo(form);
        assertThat(m.columns()).hasSize(columns.size())
                .containsEntry(field, columns.indexOf(columns.stream().filter(c -> c.startsWith(field + "=")).findFirst().orElseThrow()));
    }

    /** "Kế hoạch vốn" over "Tổng số" and "Trong đó", the latter over the parts: three header rows. */
    @Test
    void aThreeRowHeaderWithTrongDoNamesThePartsUnderTheirGroup() {
        SheetGrid grid = Grids.sheet("2023")
                .row("TT", "Nội dung", "Kế hoạch vốn năm 2023", null, null, "Giải ngân", null, "Ghi chú")
                .row(null, null, "Tổng số", "Trong đó", null, "Số tiền", "Tỷ lệ (%)", null)
                .row(null, null, null, "Năm trước chuyển sang", "Giao trong năm", null, null, null)
                .row(null, "TỔNG CỘNG", 110, 10, 100, 50, 45.45, null)
                .merge(0, 2, 0, 0).merge(0, 2, 1, 1).merge(0, 0, 2, 4).merge(0, 0, 5, 6).merge(0, 2, 7, 7)
                .merge(1, 2, 2, 2).merge(1, 1, 3, 4).merge(1, 2, 5, 5).merge(1, 2, 6, 6).build();

        HeaderMatch m = finder.find(grid).orElseThrow();

        assertThat(m.firstRow()).isEqualTo(0);
        assertThat(m.lastRow()).isEqualTo(2);
        assertThat(m.dataRow()).isEqualTo(3);
        assertThat(m.columns()).containsEntry("available", 2).containsEntry("carry_in", 3).containsEntry("allocated", 4)
                .containsEntry("disbursed", 5).containsEntry("rate", 6).hasSize(8);
    }

    /** A section title merged across the table right under a two-row header is the first data row, not a third header row. */
    @Test
    void aSectionTitleUnderTheHeaderStaysData() {
        SheetGrid grid = Grids.sheet("2023")
                .row("TT", "Nội dung", "Kế hoạch vốn", null, "Giải ngân", "Ghi chú")
                .row(null, null, "Năm trước chuyển sang", "Giao trong năm", null, null)
                .row("A", "A. VỐN ĐẦU TƯ PHÁT TRIỂN", null, null, null, null)
                .row("1", "Tiểu dự án 1", 0, 500, 450, null)
                .merge(0, 1, 0, 0).merge(0, 1, 1, 1).merge(0, 0, 2, 3).merge(0, 1, 4, 4).merge(0, 1, 5, 5).merge(2, 2, 1, 5)
                .build();

        HeaderMatch m = finder.find(grid).orElseThrow();

        assertThat(m.dataRow()).isEqualTo(2);
        assertThat(m.columns()).containsEntry("carry_in", 2).containsEntry("allocated", 3).containsEntry("disbursed", 4);
    }
}
