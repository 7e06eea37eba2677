package vn.tonghop.intake.committee;

/**
 * One line of Biểu 04/BCĐ: a commune's steering committee. {@code established} is null when the
 * cell says neither yes nor no; {@code unitCode} is null when the name matches no unit.
 */
public record CommitteeRow(int rowNo, String unitText, String unitCode, Boolean established, String decision,
                           Integer members, Integer reformed, String note) {
}
