package vn.tonghop.consolidate;

import java.time.LocalDate;
import java.util.List;

/** One distinct document of Phụ lục I and documents.csv, with the units that listed it. */
public record Document(String number, LocalDate date, String issuer, String summary, List<String> reportedBy) {
}
