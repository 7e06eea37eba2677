package vn.tonghop.intake.committee;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tonghop.excel.SheetGrid;
import vn.tonghop.intake.table.HeaderFinder;
import vn.tonghop.intake.table.HeaderMatch;
import vn.tonghop.intake.table.UnitMatcher;
import vn.tonghop.testdata.Grids;
import vn.tonghop.testdata.TestConfig;

import static org.assertj.core.api.Assertions.assertThat;

class CommitteeSheetReaderTest {

    @ParameterizedTest
    @CsvSource(value = {"x|true", "X|true", "có|true", "Có|true", "đã|true", "1|true", "|false", "không|false", "chưa|false",
        "0|false", "đang làm|null", "✓|true", "√|true", "✔|true", "×|true", "true|true", "false|false", "☐|false", "-|false",
        "★|null", "Đã thành lập BCĐ|true", "Có (QĐ 45/QĐ-UBND)|true", "45/QĐ-UBND ngày 12/5/2022|true", "Đã TL|true",
        "Không thành lập|false", "Chưa có|false", "Chưa kiện toàn|null"}, delimiter = '|', nullValues = "null")
    void readsEstablishedAsClerksWriteIt(String text, Boolean expected) {
        assertThat(CommitteeSheetReader.established(text == null ? "" : text)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void readsACountTypedWithItsUnit() {
        SheetGrid grid = Grids.sheet("BCĐ")
                .row("TT", "Đơn vị", "Đã thành lập", "Quyết định thành lập", "Số thành viên", "Số lần kiện toàn")
                .row(1, "Mường So", "x", "45/QĐ-UBND", "11 người", "02 lần").build();
        HeaderMatch header = new HeaderFinder(TestConfig.jobs().headers()).find(grid).orElseThrow();
        var rows = new CommitteeSheetReader(new UnitMatcher(TestConfig.jobs().units())).read(grid, header, "03589", null);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.members()).isEqualTo(11);
            assertThat(r.reformed()).isEqualTo(2);
        });
    }
}
