package vn.tonghop.intake;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tonghop.testdata.CapitalWorkbookBuilder;
import vn.tonghop.testdata.Layout;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Whose report a sheet is, from its heading and the file's name, as communes head their forms. */
class UnitOfSheetTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource({
        "HEADER,         baocao_2023.xlsx, 03589",
        "UNDER_DISTRICT, baocao_2023.xlsx, 03589",
        "WITH_DISTRICT,  baocao_2023.xlsx, 03589",
        "UNDER_DISTRICT, NamXe_2023.xlsx,  03589",
        "DISTRICT_ONLY,  MuongSo_2023.xlsx, 03589",
        "DISTRICT_ONLY,  baocao_2023.xlsx, 109",
        "DISTRICT_ONLY,  PhongTho_2023.xlsx, 109",
        "HEADER,         PhongTho_2023.xlsx, 03589"})
    void theUnitIsTheOneTheHeadingNamesBeforeTheDistrict(Layout.UnitLine line, String fileName, String unit) throws IOException {
        Path file = dir.resolve(fileName);
        new CapitalWorkbookBuilder().layout(new Layout().unitLine(line)).write(file, LayoutVariantsTest.form());
        IntakeResult result = LayoutVariantsTest.take(file);
        assertThat(result.unitCode()).isEqualTo(unit);
    }
}
