package vn.tonghop.intake.draft;

import vn.tonghop.excel.read.DocxText;

/** A draft of the district's report, taken as the district's form owed once ({@link #FORM}), passage by passage. */
public record DraftSheet(String unitCode, String name, DocxText text) {

    /** The form code files.csv and received_sheet give a draft. */
    public static final String FORM = "DỰ THẢO BC";
}
