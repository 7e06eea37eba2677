package vn.tonghop.check;

import vn.tonghop.config.Unit;
import vn.tonghop.text.Fold;

/** A document a unit listed in a Biểu 03/VB sheet in force; one document is its number and issuer, folded. */
record StagedDocument(String reporter, String file, String sheet, int rowNo, String number, String dateText, String summary,
                      String issuer, String key) {

    /**
     * Whether its issuer or summary names the unit ("UBND xã Mường So", "… xã Mường So"): a commune that lists the
     * district's decision setting up the district's committee has not set up its own.
     */
    boolean names(Unit unit) {
        String place = Fold.words(unit.name()).replaceFirst("^(xa|thi tran|phuong) ", "");
        return !place.isBlank() && (" " + Fold.words(issuer + " " + summary) + " ").contains(" " + place + " ");
    }
}
