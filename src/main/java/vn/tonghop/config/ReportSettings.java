package vn.tonghop.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What the printed schedules say about who issues and signs them (jobs/report.properties), and the basis date
 * whose units the schedules by unit list (null: the last day of the latest year consolidated).
 */
public record ReportSettings(String issuer, String districtName, String attachmentLine, List<String> signatureLeft,
                             List<String> signatureRight, String fontName, short fontSize, LocalDate basisDate) {

    static ReportSettings load(Path file) {
        Properties p = Tolerances.PropertiesFile.read(file);
        return new ReportSettings(
                p.getProperty("issuer", "").strip(),
                p.getProperty("district.name", "").strip(),
                p.getProperty("attachment.line", "").strip(),
                lines(p.getProperty("signature.left.title", "NGƯỜI LẬP BIỂU")),
                lines(p.getProperty("signature.right.title", "")),
                p.getProperty("font.name", "Times New Roman").strip(),
                Short.parseShort(p.getProperty("font.size", "12").strip()),
                Dates.parse(p.getProperty("report.basis-date", ""), file + ", report.basis-date"));
    }

    private static List<String> lines(String value) {
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
