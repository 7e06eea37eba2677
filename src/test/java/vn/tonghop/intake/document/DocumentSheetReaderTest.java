package vn.tonghop.intake.document;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tonghop.excel.CellValue;
import vn.tonghop.excel.SheetGrid;
import vn.tonghop.intake.table.HeaderFinder;
import vn.tonghop.intake.table.HeaderMatch;
import vn.tonghop.testdata.Grids;
import vn.tonghop.testdata.TestConfig;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentSheetReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"08/4/2022", "8/4/2022", "08/04/22", "08-04-2022", "8.4.2022", "ngày 08 tháng 4 năm 2022", "Ngày 8 tháng 04 năm 2022",
        "2022-04-08", "2022/4/8"})
    void readsDatesInEveryFormClerksTypeThem(String text) {
        assertThat(DocumentSheetReader.date(new CellValue(0, 0, CellValue.Kind.TEXT, text, null, "General", "Arial")))
                .isEqualTo(LocalDate.of(2022, 4, 8));
    }

    @Test
    void readsADateCellAndLeavesNonsenseEmpty() {
        assertThat(DocumentSheetReader.date(new CellValue(0, 0, CellValue.Kind.NUMBER, null, new BigDecimal("44659"), "d/m/yyyy", "Arial")))
                .isEqualTo(LocalDate.of(2022, 4, 8));
        assertThat(DocumentSheetReader.date(new CellValue(0, 0, CellValue.Kind.TEXT, "31/02/2022", null, "General", "Arial"))).isNull();
        assertThat(DocumentSheetReader.date(new CellValue(0, 0, CellValue.Kind.TEXT, "chưa rõ", null, "General", "Arial"))).isNull();
    }

    /** "Số 45/…" in the number cell; the whole reference in the summary and no number; other header wordings. */
    @Test
    void findsTheNumberWhereverTheClerkTypedIt() {
        SheetGrid grid = Grids.sheet("Văn bản").row("UBND XÃ MƯỜNG SO")
                .row("TT", "Số/ký hiệu", "Ngày tháng ban hành", "Cơ quan ban hành", "Trích yếu văn bản")
                .row(1, "Số: 45/QĐ-UBND", "12/5/2022", null, "Thành lập Ban Chỉ đạo")
                .row(2, null, null, null, "Quyết định số 46/QĐ-UBND ngày 13/5/2022 về ban hành quy chế")
                .row(3, null, null, null, "Họp Ban Chỉ đạo quý II")
                .row(4, "Quyết định số 47/QĐ-UBND", "14/5/2022", null, "Phân công thành viên")
                .row(5, "Công văn 22/UBND-VX", "12/01/2023", null, "Hướng dẫn rà soát")
                .build();
        HeaderMatch header = new HeaderFinder(TestConfig.jobs().headers()).find(grid).orElseThrow();
        assertThat(header.form()).isEqualTo("03/VB");
        var rows = new DocumentSheetReader().read(grid, header, "Xã Mường So");
        assertThat(rows).extracting(DocumentRow::number, DocumentRow::date).containsExactly(
                Assertions.tuple("45/QĐ-UBND", LocalDate.of(2022, 5, 12)),
                Assertions.tuple("46/QĐ-UBND", LocalDate.of(2022, 5, 13)),
                Assertions.tuple("47/QĐ-UBND", LocalDate.of(2022, 5, 14)),
                Assertions.tuple("22/UBND-VX", LocalDate.of(2023, 1, 12)));
    }

    @Test
    void readsTheTableAndStopsAtTheSignature() {
        SheetGrid grid = Grids.sheet("Văn bản").row("UBND XÃ MƯỜNG SO").row("Biểu số 03/VB")
                .row("TT", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu nội dung")
                .row(1, "45/QĐ-UBND", "12/5/2022", "UBND xã Mường So", "Thành lập Ban Chỉ đạo")
                .row(2, "219a/KH-UBND", "01/7/2022", null, "Kế hoạch thực hiện")
                .blank().row(null, "NGƯỜI LẬP BIỂU").row(null, "Nguyễn Văn A").build();
        HeaderMatch header = new HeaderFinder(TestConfig.jobs().headers()).find(grid).orElseThrow();
        assertThat(header.form()).isEqualTo("03/VB");
        var rows = new DocumentSheetReader().read(grid, header, "Xã Mường So");
        assertThat(rows).extracting(DocumentRow::number).containsExactly("45/QĐ-UBND", "219a/KH-UBND");
        assertThat(rows.get(1).issuer()).isEqualTo("Xã Mường So");
        assertThat(new DocumentRow(1, "970/QĐ-UBND", null, "", "Ủy ban nhân dân huyện Phong Thổ", "", "").issuerKey())
                .isEqualTo(new DocumentRow(2, "970/QĐ–UBND ", null, "", "UBND huyện Phong Thổ", "", "").issuerKey());
    }

    @Test
    void aNumberTypedWithItsDateInOneCellIsSplit() {
        SheetGrid grid = Grids.sheet("Văn bản")
                .row("TT", "Số, ký hiệu", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu nội dung")
                .row(1, "45/QĐ-UBND ngày 12/5/2022", null, "UBND xã Mường So", "Thành lập Ban Chỉ đạo")
                .row(2, "46/QĐ-UBND, ngày 13 tháng 5 năm 2022", null, null, "Quy chế")
                .row(3, "47/QĐ-UBND ngày chưa rõ", null, null, "Kế hoạch").build();
        HeaderMatch header = new HeaderFinder(TestConfig.jobs().headers()).find(grid).orElseThrow();
        var rows = new DocumentSheetReader().read(grid, header, "Xã Mường So");
        assertThat(rows).extracting(DocumentRow::number).containsExactly("45/QĐ-UBND", "46/QĐ-UBND", "47/QĐ-UBND ngày chưa rõ");
        assertThat(rows).extracting(DocumentRow::date).containsExactly(LocalDate.of(2022, 5, 12), LocalDate.of(2022, 5, 13), null);
    }
}
