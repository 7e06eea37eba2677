package vn.tonghop.intake.table;

/** Where a sheet comes from: the file (its path under the input folder), the unit, the year. */
public record SheetPlace(String file, String sheet, String unitCode, Integer year) {
}
