package vn.tonghop.intake.document;

import vn.tonghop.text.Fold;

import java.time.LocalDate;

/** A document a unit listed in Biểu 03/VB; {@code date} is null when its text could not be read as a date. */
public record DocumentRow(int rowNo, String number, LocalDate date, String dateText, String issuer, String summary,
                          String note) {

    /** "970/QĐ-UBND" and "970/QĐ–UBND " are one number. */
    public String numberKey() {
        return Fold.key(number);
    }

    /** "UBND huyện Phong Thổ" and "Ủy ban nhân dân huyện Phong Thổ" are one issuer. */
    public String issuerKey() {
        return Fold.words(issuer).replace("uy ban nhan dan", "ubnd").replace(" ", "");
    }
}
