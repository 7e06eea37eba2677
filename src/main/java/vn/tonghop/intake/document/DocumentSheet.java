package vn.tonghop.intake.document;

import java.util.List;

/** A Biểu 03/VB sheet as read: the documents one unit listed. */
public record DocumentSheet(String sheetName, String unitCode, List<DocumentRow> rows) {
}
