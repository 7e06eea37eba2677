package vn.tonghop.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of a draft's sentence, in Vietnamese notation: a dot groups thousands ("248.045"), a comma
 * marks decimals ("81,82%", "1.493,825"); a dot not followed by three digits was meant as a decimal mark ("30.05%").
 * Only a number followed by its unit is a figure (triệu đồng, tỷ đồng, đồng, %, hộ, người), so dates, document
 * numbers ("413/QĐ-UBND"), legal references, years, headings and list numbers ("Tiểu dự án 1,2") are not.
 */
public final class NumberReader {

    private static final String NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:[,.]\\d+)?";
    /** A number, or two as a part of a whole ("66.313/71.570"), then its unit. */
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\p{L}\\d/.,])(" + NUMBER + ")(?:\\s*/\\s*(" + NUMBER + "))?(?![\\d/])\\s*"
            + "(%+|triệu\\s+đồng|triệu|tỷ\\s+đồng|tỷ|tỉ\\s+đồng|tỉ|đồng|hộ|người)(?![\\p{L}])(?!\\s+lệ)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);

    public List<StatedFigure> read(String text) {
        List<StatedFigure> figures = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String unitWord = m.group(3).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (m.group(2) == null) {
                add(figures, m.start(1), m.end(1), m.group(1), unitWord, 0);
            } else {
                add(figures, m.start(1), m.end(1), m.group(1), unitWord, 1);
                add(figures, m.start(2), m.end(2), m.group(2), unitWord, 2);
            }
        }
        return figures;
    }

    private static void add(List<StatedFigure> figures, int start, int end, String typed, String unitWord, int ratio) {
        String plain;
        int decimals;
        int comma = typed.indexOf(',');
        if (comma >= 0) {
            plain = typed.substring(0, comma).replace(".", "") + "." + typed.substring(comma + 1);
            decimals = typed.length() - comma - 1;
        } else if (typed.matches("\\d{1,3}(\\.\\d{3})+")) {
            plain = typed.replace(".", "");
            decimals = 0;
        } else {
            plain = typed;
            decimals = typed.contains(".") ? typed.length() - typed.indexOf('.') - 1 : 0;
        }
        BigDecimal value = new BigDecimal(plain);
        StatedFigure.Unit unit;
        switch (unitWord.replace("tỉ", "tỷ")) {
            case "triệu đồng", "triệu" -> unit = StatedFigure.Unit.MONEY;
            case "tỷ đồng", "tỷ" -> {
                unit = StatedFigure.Unit.MONEY;
                value = value.multiply(THOUSAND);
                decimals = Math.max(0, decimals - 3);
            }
            case "đồng" -> {
                unit = StatedFigure.Unit.MONEY;
                value = value.divide(MILLION);
                decimals = decimals + 6;
            }
            case "hộ" -> unit = StatedFigure.Unit.HOUSEHOLDS;
            case "người" -> unit = StatedFigure.Unit.PEOPLE;
            default -> unit = StatedFigure.Unit.PERCENT;
        }
        figures.add(new StatedFigure(start, end, typed, value, unit, decimals, ratio));
    }
}
