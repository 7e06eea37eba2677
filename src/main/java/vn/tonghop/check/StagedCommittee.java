package vn.tonghop.check;

/** A row of a Biểu 04/BCĐ sheet in force: the unit it is about, the unit that sent it, and what it says. */
record StagedCommittee(String unitCode, String reporter, String file, String sheet, int rowNo, Boolean established,
                       String decision) {

    /** A commune's own row: the one its 03/VB is compared with. */
    boolean aboutItself() {
        return unitCode != null && unitCode.equals(reporter);
    }
}
