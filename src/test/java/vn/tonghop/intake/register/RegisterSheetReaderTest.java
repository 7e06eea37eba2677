package vn.tonghop.intake.register;

import org.junit.jupiter.api.Test;
import vn.tonghop.excel.SheetGrid;
import vn.tonghop.intake.table.HeaderFinder;
import vn.tonghop.intake.table.HeaderMatch;
import vn.tonghop.intake.table.MoneyUnit;
import vn.tonghop.intake.table.SheetPlace;
import vn.tonghop.intake.table.UnitMatcher;
import vn.tonghop.testdata.Grids;
import vn.tonghop.testdata.TestConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RegisterSheetReaderTest {

    /** The year of an allocation typed as "Năm 2023" was not a number, and the line was left out of the comparison. */
    @Test
    void aYearTypedWithItsWordIsThatYear() {
        SheetGrid grid = Grids.sheet("Giao vốn").row("PHÒNG TÀI CHÍNH - KẾ HOẠCH").row("Biểu số 05/GV")
                .row("TT", "Đơn vị thực hiện", "Mã dự án", "Loại vốn", "Nguồn vốn", "Năm", "Số vốn giao", "Quyết định giao vốn")
                .row(1, "UBND xã Mường So", "DA2", "SN", "NSTW", "Năm 2023", 480, "12/QĐ-UBND")
                .row(2, "UBND xã Mường So", "DA3.1", "SN", "NSTW", 2023, 210, "12/QĐ-UBND").build();
        HeaderMatch header = new HeaderFinder(TestConfig.jobs().headers()).find(grid).orElseThrow();
        RegisterSheet sheet = new RegisterSheetReader(new UnitMatcher(TestConfig.jobs().units()), TestConfig.jobs().catalogue())
                .read(grid, header, MoneyUnit.TRIEU_DONG, new SheetPlace("tckh.xlsx", "Giao vốn", "109-TCKH", null));

        assertThat(sheet.findings()).isEmpty();
        assertThat(sheet.rows()).extracting(RegisterRow::node, RegisterRow::year).containsExactly(tuple("DA2", 2023), tuple("DA3.1", 2023));
    }
}
