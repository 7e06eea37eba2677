package vn.tonghop.narrative;

import vn.tonghop.excel.read.DocxText;
import vn.tonghop.text.Fold;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Totals stated with their parts: "248.045 triệu đồng, trong đó vốn đầu tư 197.770 triệu đồng; vốn sự nghiệp
 * 50.527 triệu đồng". The total is the last figure of the unit before the phrase; the parts are the figures of that
 * unit after it in the same sentence and at the same depth of brackets as the first, or, where the paragraph ends
 * with the phrase, the first such figure of each bullet that follows.
 */
public final class NarrativeArithmetic {

    /** A total and the parts that do not add up to it. */
    public record Slip(DocxText.Passage passage, StatedFigure total, List<StatedFigure> parts, BigDecimal sum) {
    }

    private final List<String> phrases;
    private final BigDecimal perPart;
    private final NumberReader numbers = new NumberReader();

    /** {@code perPart}: the rounding a typed sum may carry per part (tolerances' amount.per.child). */
    public NarrativeArithmetic(List<String> phrases, BigDecimal perPart) {
        this.phrases = phrases;
        this.perPart = perPart;
    }

    public List<Slip> slips(List<DocxText.Passage> passages) {
        List<Slip> slips = new ArrayList<>();
        for (int k = 0; k < passages.size(); k++) {
            String text = passages.get(k).text();
            String folded = Fold.inPlace(text);
            List<StatedFigure> figures = numbers.read(text);
            for (String phrase : phrases) {
                int from = 0;
                int at;
                while ((at = (" " + folded + " ").indexOf(" " + phrase + " ", from)) >= 0) {
                    from = at + 1;
                    int p = at;
                    for (StatedFigure.Unit unit : List.of(StatedFigure.Unit.MONEY, StatedFigure.Unit.HOUSEHOLDS,
                            StatedFigure.Unit.PEOPLE)) {
                        StatedFigure total = null;
                        for (StatedFigure f : figures) {
                            if (f.unit() == unit && f.end() <= p && f.ratio() == 0
                                    && Brackets.opened(text, f.end(), p) >= 0) {
                                total = f;
                            }
                        }
                        if (total == null) {
                            continue;
                        }
                        List<StatedFigure> parts = partsAfter(text, figures, unit, p + phrase.length());
                        if (parts.isEmpty() && text.substring(p + phrase.length()).strip().matches("[:.]?")) {
                            parts = bullets(passages, k + 1, unit);
                        }
                        check(slips, passages.get(k), total, parts, unit);
                    }
                }
            }
        }
        return slips;
    }

    private void check(List<Slip> slips, DocxText.Passage passage, StatedFigure total, List<StatedFigure> parts,
                       StatedFigure.Unit unit) {
        if (parts.size() < 2) {
            return;
        }
        BigDecimal sum = parts.stream().map(StatedFigure::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal tolerance = unit == StatedFigure.Unit.MONEY ? perPart.multiply(BigDecimal.valueOf(parts.size()))
                : BigDecimal.ZERO;
        if (sum.subtract(total.value()).abs().compareTo(tolerance) > 0) {
            slips.add(new Slip(passage, total, parts, sum));
        }
    }

    private static List<StatedFigure> partsAfter(String text, List<StatedFigure> figures, StatedFigure.Unit unit, int from) {
        int end = sentenceEnd(text, from);
        List<StatedFigure> parts = new ArrayList<>();
        int depth = Integer.MIN_VALUE;
        for (StatedFigure f : figures) {
            if (f.unit() != unit || f.start() < from || f.start() >= end || f.ratio() != 0) {
                continue;
            }
            int d = Brackets.opened(text, from, f.start());
            if (depth == Integer.MIN_VALUE) {
                depth = d;
            }
            if (d == depth) {
                parts.add(f);
            } else if (d < depth) {
                break;
            }
        }
        return parts;
    }

    /** The first figure of the unit in each bullet ("- …", "+ …") that follows, up to the first that is not one. */
    private List<StatedFigure> bullets(List<DocxText.Passage> passages, int first, StatedFigure.Unit unit) {
        List<StatedFigure> parts = new ArrayList<>();
        Character marker = null;
        for (int k = first; k < passages.size(); k++) {
            String text = passages.get(k).text().strip();
            if (!text.matches("^[-+•–].*") || marker != null && text.charAt(0) != marker) {
                break;
            }
            marker = text.charAt(0);
            numbers.read(text).stream().filter(f -> f.unit() == unit && f.ratio() == 0).findFirst().ifPresent(parts::add);
        }
        return parts;
    }

    /** Where the sentence ends: a full stop before a capital letter, or the paragraph's end. */
    private static int sentenceEnd(String text, int from) {
        for (int i = from; i + 2 < text.length(); i++) {
            if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))) {
                return i;
            }
        }
        return text.length();
    }
}
