package vn.tonghop.config;

import org.springframework.scheduling.support.CronExpression;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * When {@code serve} runs the night (jobs/schedule.properties): a cron expression, how often it looks for new
 * files, and how many nights' sets output/runs/ keeps besides the last of each month.
 */
public record Schedule(CronExpression cron, long pollSeconds, int keepNights) {

    public static Schedule defaults() {
        return new Schedule(CronExpression.parse("0 0 2 * * *"), 10, 30);
    }

    static Schedule load(Path file) {
        if (!Files.isRegularFile(file)) {
            return defaults();
        }
        Properties p = Tolerances.PropertiesFile.read(file);
        try {
            return new Schedule(CronExpression.parse(p.getProperty("cron", "0 0 2 * * *").strip()),
                    Long.parseLong(p.getProperty("poll.seconds", "10").strip()),
                    keep(Integer.parseInt(p.getProperty("runs.keep", "30").strip())));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        }
    }

    private static int keep(int nights) {
        if (nights < 1) {
            throw new IllegalArgumentException("runs.keep must be at least 1 (the night just written), not " + nights);
        }
        return nights;
    }
}
