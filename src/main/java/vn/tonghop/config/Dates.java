package vn.tonghop.config;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The dates of units' periods and of reports: ISO in jobs/, dd/MM/yyyy where a clerk reads them. */
public final class Dates {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    public static String shown(LocalDate day) {
        return SHOWN.format(day);
    }

    /** The last day of a report's period: its year, or the half-year it names (1 or 2; 0 for the whole year). */
    public static LocalDate periodEnd(int year, int half) {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    /** An ISO date of a configuration file, or null for an empty cell; refused naming the file and line. */
    static LocalDate parse(String text, String where) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ConfigException(where + ": '" + text + "' is not a date; write it as 2025-07-01");
        }
    }
}
