package vn.tonghop.intake.committee;

import java.util.List;

/** A Biểu 04/BCĐ sheet as read. */
public record CommitteeSheet(String sheetName, String unitCode, List<CommitteeRow> rows) {
}
