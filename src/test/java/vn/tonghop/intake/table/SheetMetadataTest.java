package vn.tonghop.intake.table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tonghop.excel.SheetGrid;
import vn.tonghop.testdata.Grids;

import static org.assertj.core.api.Assertions.assertThat;

class SheetMetadataTest {

    @Test
    void readsUnitYearAndMoneyUnitFromTheRowsAboveTheTable() {
        SheetGrid grid = Grids.sheet("Sheet1").row("UBND XÃ MƯỜNG SO").row("Biểu số 01/VỐN")
                .row("Năm báo cáo: 2023").row("Đơn vị tính: Đồng").row("TT").build();
        SheetMetadata meta = SheetMetadata.read(grid, 4);
        assertThat(meta.unitCandidates()).contains("UBND XÃ MƯỜNG SO");
        assertThat(meta.year()).contains(2023);
        assertThat(meta.moneyUnit()).contains(MoneyUnit.DONG);
    }

    @Test
    void aMoneyUnitLabelAloneInItsCellNamesTheUnitInTheNextCell() {
        SheetGrid apart = Grids.sheet("2023").row("UBND XÃ MƯỜNG SO").row("ĐVT:", "Đồng").row("TT").build();
        assertThat(SheetMetadata.read(apart, 2).moneyUnit()).contains(MoneyUnit.DONG);
        SheetGrid nextRow = Grids.sheet("2023").row("ĐVT:").row("Đồng").row("TT").build();
        assertThat(SheetMetadata.read(nextRow, 2).moneyUnit()).isEmpty();
    }

    @Test
    void aLabelledUnitComesFirst() {
        SheetGrid grid = Grids.sheet("s").row("UBND HUYỆN PHONG THỔ").row("Đơn vị báo cáo: UBND xã Nậm Xe").row("TT").build();
        assertThat(SheetMetadata.read(grid, 2).unitCandidates()).first().isEqualTo("UBND xã Nậm Xe");
    }

    @Test
    void takesTheYearFromTheTitleThenFromTheSheetName() {
        SheetGrid titled = Grids.sheet("Biểu 01").row("TÌNH HÌNH THỰC HIỆN KẾ HOẠCH VỐN … NĂM 2024").row("TT").build();
        assertThat(SheetMetadata.read(titled, 1).year()).contains(2024);
        for (String name : new String[] {"2023", "Năm 2023", "Biểu 01 (2023)", "Nam 2023"}) {
            SheetGrid named = Grids.sheet(name).row("UBND XÃ NẬM XE").row("TT").build();
            assertThat(SheetMetadata.read(named, 1).year()).as(name).contains(2023);
        }
    }

    @Test
    void aTitleInOtherWordsStillNamesTheYear() {
        for (String title : new String[] {"TÌNH HÌNH THỰC HIỆN KẾ HOẠCH VỐN NĂM NGÂN SÁCH 2023",
            "GIẢI NGÂN VỐN CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG NĂM 2023", "THỰC HIỆN KẾ HOẠCH VỐN NĂM 2023"}) {
            SheetGrid grid = Grids.sheet("Sheet1").row("UBND XÃ NẬM XE").row(title).row("TT").build();
            assertThat(SheetMetadata.read(grid, 2).year()).as(title).contains(2023);
        }
        SheetGrid twoYears = Grids.sheet("Sheet1").row("GIẢI NGÂN VỐN NĂM 2023").row("Vốn năm 2022 chuyển sang").row("TT").build();
        assertThat(SheetMetadata.read(twoYears, 2).year()).isEmpty();
    }

    @Test
    void aSheetWithoutAYearHasNone() {
        SheetGrid grid = Grids.sheet("Sheet1").row("UBND XÃ NẬM XE").row("GIAI ĐOẠN 2021-2025").row("TT").build();
        assertThat(SheetMetadata.read(grid, 2).year()).isEmpty();
        assertThat(SheetMetadata.read(grid, 2).moneyUnit()).isEmpty();
    }

    @Test
    void withoutAUnitLineTheHeaderBracketsNameTheUnitWhenTheyAgree() {
        SheetGrid named = Grids.sheet("2023").row("UBND XÃ NẬM XE")
                .row("TT", "Nội dung (Dự án, tiểu dự án)", "Giao trong năm (đồng)", "Giải ngân (ĐVT: đồng)", "Tỷ lệ (%)").build();
        assertThat(SheetMetadata.read(named, 1, 1).moneyUnit()).contains(MoneyUnit.DONG);
        SheetGrid disagree = Grids.sheet("2023").row("UBND XÃ NẬM XE")
                .row("TT", "Nội dung", "Giao trong năm (đồng)", "Giải ngân (triệu đồng)").build();
        assertThat(SheetMetadata.read(disagree, 1, 1).moneyUnit()).isEmpty();
        SheetGrid lineWins = Grids.sheet("2023").row("Đơn vị tính: triệu đồng").row("TT", "Giải ngân (đồng)").build();
        assertThat(SheetMetadata.read(lineWins, 1, 1).moneyUnit()).contains(MoneyUnit.TRIEU_DONG);
    }

    @Test
    void aLabelAndATitleThatNameDifferentYearsGiveNoYear() {
        SheetGrid copied = Grids.sheet("2024").row("UBND XÃ MƯỜNG SO")
                .row("TÌNH HÌNH THỰC HIỆN KẾ HOẠCH VỐN … NĂM 2024").row("Năm báo cáo: 2023").row("TT").build();
        SheetMetadata meta = SheetMetadata.read(copied, 3);
        assertThat(meta.year()).isEmpty();
        assertThat(meta.yearConflict()).contains(new SheetMetadata.YearConflict(2023, 2024, "A3"));
        SheetGrid agreeing = Grids.sheet("2023").row("TÌNH HÌNH … NĂM 2024").row("Năm báo cáo: 2024").row("TT").build();
        assertThat(SheetMetadata.read(agreeing, 2).year()).as("a stale tab name is not a conflict").contains(2024);
        assertThat(SheetMetadata.read(agreeing, 2).yearConflict()).isEmpty();
    }

    /** A 2023 report is sent in 2024: the date it was sent is not the year it reports. */
    @Test
    void theDateAReportWasSentIsNoConflict() {
        SheetGrid sent = Grids.sheet("2023").row("UBND XÃ MƯỜNG SO").row("Biểu số 01/VỐN")
                .row("TÌNH HÌNH THỰC HIỆN KẾ HOẠCH VỐN NĂM 2023")
                .row("(Kèm theo Báo cáo số 12/BC-UBND ngày 15 tháng 01 năm 2024 của UBND xã Mường So)")
                .row("Năm báo cáo: 2023").row("TT").build();
        assertThat(SheetMetadata.read(sent, 5).yearConflict()).isEmpty();
        assertThat(SheetMetadata.read(sent, 5).year()).contains(2023);
        SheetGrid untitled = Grids.sheet("Sheet1").row("UBND XÃ MƯỜNG SO")
                .row("Báo cáo số 12/BC-UBND ngày 15/01/2024 về kết quả giải ngân năm 2023").row("TT").build();
        assertThat(SheetMetadata.read(untitled, 2).year()).as("the year reported, not the date").contains(2023);
        SheetGrid attached = Grids.sheet("2023").row("UBND XÃ MƯỜNG SO")
                .row("(Kèm theo Báo cáo số 12/BC-UBND ngày 15 tháng 01 năm 2024)").row("Năm báo cáo: 2023").row("TT").build();
        assertThat(SheetMetadata.read(attached, 3).year()).contains(2023);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ƯỚC THỰC HIỆN NĂM 2024|true", "Ước TH 2024|true", "Ước giải ngân|true", "Kỳ báo cáo: ước 6 tháng|true",
        "Năm 2024|false", "Nước sạch nông thôn|false", "TÌNH HÌNH THỰC HIỆN NĂM 2024|false", "Thực hiện|false"})
    void anEstimateIsSaidInWords(String text, boolean estimate) {
        assertThat(SheetMetadata.estimate(text)).isEqualTo(estimate);
    }
}
