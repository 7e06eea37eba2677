package vn.tonghop.intake.table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.intake.IntakeResult;
import vn.tonghop.intake.LayoutVariantsTest;
import vn.tonghop.testdata.CapitalForm;
import vn.tonghop.testdata.CapitalWorkbookBuilder;
import vn.tonghop.testdata.Layout;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderYearsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} over {1} in {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            allocated | Kế hoạch vốn           | Giao năm 2023               | true
            allocated | Kế hoạch vốn năm 2023  | Giao năm 2022               | false
            allocated | Kế hoạch vốn năm 2023  | Giao trong năm              | true
            allocated | Năm 2022               | Giao trong năm              | false
            disbursed | Giải ngân đến 31/01/2024 | Số tiền                   | true
            carry_in  | Kế hoạch vốn năm 2023  | Năm 2022 chuyển sang        | true
            carry_in  | Kế hoạch vốn           | Năm 2021 chuyển sang        | false
            carry_out | -                      | Chuyển nguồn sang năm 2024  | true
            note      | Năm 2022               | Ghi chú                     | true
            """)
    void aColumnThatNamesYearsMustNameTheSheets(String field, String upper, String lower, boolean fits) {
        assertThat(HeaderYears.of(2023).allows(field, upper == null ? "" : upper, lower)).isEqualTo(fits);
    }

    /** A form copied from last year: the sheet is 2023's by its name, every money column still names 2022's. */
    @Test
    void aSheetWhoseMoneyColumnsNameAnotherYearWaitsWithYearUnknown() throws Exception {
        CapitalForm f = new CapitalForm("UBND XÃ MƯỜNG SO", 2022);
        f.total();
        f.project("I", "Dự án 2: Đa dạng hóa sinh kế, phát triển mô hình giảm nghèo", "DA2").fund("SN", "NSTW").money(0, 480, 455);
        Path file = dir.resolve("MuongSo_2023.xlsx");
        new CapitalWorkbookBuilder().layout(new Layout().qualifiedHeaders().yearOnlyInSheetName("Năm 2023")).write(file, List.of(f));

        IntakeResult result = LayoutVariantsTest.take(file);

        assertThat(result.sheets()).isEmpty();
        assertThat(result.findings()).filteredOn(x -> x.code() == FindingCode.YEAR_UNKNOWN).singleElement()
                .satisfies(x -> {
                    assertThat(x.year()).isEqualTo(2023);
                    assertThat(x.actual()).isEqualTo("Năm 2021 chuyển sang");
                    assertThat(x.cell()).isEqualTo("F7");
                    assertThat(x.message()).contains("ghi năm báo cáo 2023 nhưng cột \"Năm 2021 chuyển sang\" ghi năm 2021");
                });
    }
}
