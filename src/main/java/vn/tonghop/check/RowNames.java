package vn.tonghop.check;

import vn.tonghop.config.Catalogue;
import vn.tonghop.staging.RowRole;

/** How messages name a row: "Tiểu dự án 1 (Dự án 7), năm 2023", "dòng Tổng cộng, năm 2023". */
final class RowNames {

    private RowNames() {
    }

    static String of(StagedRow row, Catalogue catalogue) {
        String what;
        if (row.role() == RowRole.TOTAL) {
            what = "dòng Tổng cộng";
        } else if (row.leaf() == null) {
            what = "dòng \"" + row.label() + "\"";
        } else {
            what = catalogue.shortName(row.leaf());
        }
        return what + ", năm " + row.year();
    }
}
