package vn.tonghop.consolidate;

/**
 * A commune's steering committee as reported; null fields were not given. {@code term} is the year its unit began
 * where its code meant another unit before (0 otherwise), as the sheet it came from was kept.
 */
public record Committee(String unitCode, int term, Boolean established, String decision, Integer members, Integer reformed,
                        String note) {
}
