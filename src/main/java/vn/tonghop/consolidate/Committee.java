package vn.tonghop.consolidate;

/** A commune's steering committee as reported; null fields were not given. */
public record Committee(String unitCode, Boolean established, String decision, Integer members, Integer reformed,
                        String note) {
}
