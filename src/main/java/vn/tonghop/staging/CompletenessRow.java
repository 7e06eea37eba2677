package vn.tonghop.staging;

/** One line of completeness.csv: which unit sent which form for which year (null: owed once). */
public record CompletenessRow(String unitCode, String form, Integer year, Status status, String file) {

    public enum Status { received, rejected, missing }
}
