package vn.tonghop.check;

/** A document a unit listed in a Biểu 03/VB sheet in force; one document is its number and issuer, folded. */
record StagedDocument(String reporter, String file, String sheet, int rowNo, String number, String dateText, String summary,
                      String key) {
}
