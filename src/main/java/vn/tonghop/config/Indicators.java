package vn.tonghop.config;

import vn.tonghop.text.Fold;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The indicator catalogue (jobs/indicators.csv): each indicator's unit, how district figures come
 * from unit figures (SUM, RATIO of two other indicators, NONE from one designated unit), who reports
 * it, and the range its values must stay in.
 */
public final class Indicators {

    public enum Aggregation { SUM, RATIO, NONE }

    /** One indicator; {@code reportedBy} is "communes" or a unit code; the range is null when open. */
    public record Indicator(String code, String name, String unit, Aggregation aggregation, String numerator,
                            String denominator, String reportedBy, BigDecimal rangeMin, BigDecimal rangeMax) {

        public boolean isPercentage() {
            return unit.contains("%");
        }

        public boolean byCommunes() {
            return "communes".equals(reportedBy);
        }
    }

    private static final Pattern CODE = Pattern.compile("^[A-Za-z]{1,4}\\s*\\d{1,3}$");

    private final Map<String, Indicator> byCode = new LinkedHashMap<>();
    /** Each indicator's name as {@link #match} compares it, worked out once, not once a row of every sheet. */
    private final Map<Indicator, String> spelt = new HashMap<>();

    public Indicators(List<Indicator> indicators) {
        indicators.forEach(i -> byCode.put(i.code(), i));
        indicators.forEach(i -> spelt.put(i, " " + Fold.yForI(Fold.words(i.name())) + " "));
        for (Indicator i : indicators) {
            if (i.aggregation() == Aggregation.RATIO && (!byCode.containsKey(i.numerator()) || !byCode.containsKey(i.denominator()))) {
                throw new ConfigException("indicators: " + i.code() + " is a RATIO of unknown indicators");
            }
        }
    }

    static Indicators load(Path file) {
        List<Indicator> list = new ArrayList<>();
        for (Map<String, String> row : CsvTable.read(file, "code", "name", "unit", "aggregation", "numerator",
                "denominator", "reported_by", "range")) {
            Aggregation aggregation;
            try {
                aggregation = Aggregation.valueOf(row.get("aggregation").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(file + ": " + row.get("code") + " has aggregation '" + row.get("aggregation")
                        + "'; use SUM, RATIO or NONE");
            }
            BigDecimal min = null;
            BigDecimal max = null;
            String range = row.get("range");
            if (!range.isEmpty()) {
                String[] ends = range.split("-", 2);
                try {
                    min = new BigDecimal(ends[0].strip());
                    max = new BigDecimal(ends[1].strip());
                } catch (RuntimeException e) {
                    throw new ConfigException(file + ": " + row.get("code") + " has range '" + range + "'; write it as 0-100");
                }
            }
            list.add(new Indicator(row.get("code"), row.get("name"), row.get("unit"), aggregation,
                    emptyToNull(row.get("numerator")), emptyToNull(row.get("denominator")), row.get("reported_by"), min, max));
        }
        return new Indicators(list);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    public List<Indicator> all() {
        return List.copyOf(byCode.values());
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.replace(" ", "").toUpperCase(Locale.ROOT)));
    }

    /** Whether a text looks like an indicator code ("CT08", "ct 8") rather than a name. */
    public static boolean looksLikeCode(String text) {
        return CODE.matcher(text.strip()).matches();
    }

    /**
     * The indicator a row names: by code ("CT08", also "CT8"), by its name folded, or by the longest
     * catalogue name the row's text contains ("Số hộ nghèo cuối năm" is CT01, "Tỷ lệ hộ nghèo (%)" CT04).
     */
    public Optional<Indicator> match(String code, String label) {
        if (code != null && !code.isBlank()) {
            String c = code.replace(" ", "").toUpperCase(Locale.ROOT);
            Optional<Indicator> byItsCode = find(c).or(() -> find(c.replaceFirst("^([A-Z]+)(\\d)$", "$10$2")));
            if (byItsCode.isPresent()) {
                return byItsCode;
            }
        }
        String w = " " + Fold.yForI(unnumbered(label)) + " ";
        return byCode.values().stream()
                .filter(i -> w.contains(spelt.get(i)))
                .max(Comparator.comparingInt(i -> spelt.get(i).length()));
    }

    /**
     * How closely a row names the indicator {@link #match} gave it, for choosing between two rows of a
     * sheet that name the same one: by its code, then by its name alone, then by the fewest other words
     * ("Số hộ nghèo cuối năm" is closer to "Số hộ nghèo" than "Số hộ nghèo được hỗ trợ nhà ở").
     */
    public int closeness(String code, String label, Indicator indicator) {
        if (code != null && !code.isBlank() && match(code, "").filter(indicator::equals).isPresent()) {
            return Integer.MAX_VALUE;
        }
        return Fold.words(indicator.name()).length() - unnumbered(label).length();
    }

    private static String unnumbered(String label) {
        return Fold.words(label).replaceFirst("^(?:[ivx]+|\\d+|[a-z])\\s+", "");
    }
}
