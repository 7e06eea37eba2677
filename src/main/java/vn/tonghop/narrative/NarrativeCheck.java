package vn.tonghop.narrative;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.consolidate.MediumTermPlan;
import vn.tonghop.consolidate.ScheduleFigures;
import vn.tonghop.excel.read.DocxText;
import vn.tonghop.finding.Amounts;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.finding.FindingStore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks each draft report in force against the consolidated schedules: a figure whose key the schedules hold and
 * whose value differs beyond the tolerances, at the precision the text typed, is NARRATIVE_MISMATCH; a total whose
 * parts do not add up is NARRATIVE_ARITHMETIC. Every figure found is kept for narrative.csv, matched or not.
 */
public final class NarrativeCheck {

    private final JdbcTemplate jdbc;
    private final JobsConfig config;
    private final NarrativeRepository repository;

    public NarrativeCheck(JdbcTemplate jdbc, JobsConfig config) {
        this.jdbc = jdbc;
        this.config = config;
        this.repository = new NarrativeRepository(jdbc);
    }

    public boolean anyDraft() {
        return repository.anyDraft();
    }

    /** Forgets the findings and figures of the night before: a draft taken out of the folder has none. */
    public void clear() {
        jdbc.update("DELETE FROM finding WHERE origin = 'narrative'");
        jdbc.update("DELETE FROM narrative_figure");
    }

    /** Replaces the findings and figures of the night before; returns the findings made. */
    public List<Finding> run(ScheduleFigures figures, MediumTermPlan plan) {
        clear();
        List<Integer> years = figures.years();
        if (years.isEmpty()) {
            return List.of();
        }
        ScheduleCells cells = new ScheduleCells(config, figures, plan);
        DraftReading reading = new DraftReading(config.narrative(), config.catalogue(), years.get(0), years.get(years.size() - 1));
        NarrativeArithmetic arithmetic = new NarrativeArithmetic(config.narrative().parts(), config.tolerances().amountPerChild());
        String district = config.units().district().code();
        List<Finding> findings = new ArrayList<>();
        List<NarrativeFigure> rows = new ArrayList<>();
        for (NarrativeRepository.Draft draft : repository.drafts()) {
            int seq = 0;
            for (ReadFigure r : reading.read(draft.passages())) {
                NarrativeFigure row = compare(draft.file(), ++seq, r, cells);
                rows.add(row);
                if (row.status().equals("mismatch")) {
                    findings.add(Finding.of(FindingCode.NARRATIVE_MISMATCH).unit(district).at(draft.file(), row.place(), row.span())
                            .leaf(r.key().scope().isEmpty() ? null : r.key().scope()).year(r.key().year())
                            .expected(Amounts.plain(row.consolidated())).actual(Amounts.plain(row.value()))
                            .message("Dự thảo ghi " + shown(r.figure()) + " (" + describe(r.key()) + "), số tổng hợp là "
                                    + row.cell() + ": " + shown(row.consolidated(), r.figure().decimals()) + "."));
                }
            }
            for (NarrativeArithmetic.Slip slip : arithmetic.slips(draft.passages())) {
                String parts = slip.parts().stream().map(StatedFigure::typed).collect(Collectors.joining(" + "));
                findings.add(Finding.of(FindingCode.NARRATIVE_ARITHMETIC).unit(district)
                        .at(draft.file(), slip.passage().place(), span(slip.passage().text(), slip.total()))
                        .expected(Amounts.plain(slip.sum())).actual(Amounts.plain(slip.total().value()))
                        .message("Tổng " + shown(slip.total()) + " không bằng các phần nêu sau đó: " + parts + " = "
                                + shown(slip.sum(), 3) + "."));
            }
        }
        repository.save(rows);
        new FindingStore(jdbc).insert("narrative", null, findings);
        return findings;
    }

    private NarrativeFigure compare(String file, int seq, ReadFigure r, ScheduleCells cells) {
        DocxText.Passage p = r.passage();
        StatedFigure f = r.figure();
        String span = span(p.text(), f);
        String key = r.key() == null ? null : r.key().toString();
        Optional<ScheduleCells.Held> held = r.key() == null ? Optional.empty() : cells.held(r.key());
        String status;
        String reason = r.unchecked();
        if (held.isEmpty()) {
            status = "unchecked";
            if (reason == null) {
                reason = "phụ lục không có số này";
            }
        } else {
            status = matches(f, held.get(), r.key().measure()) ? "match" : "mismatch";
        }
        return new NarrativeFigure(file, p.place(), p.paragraph(), p.table(), p.row(), p.column(), seq, span, f.value(),
                f.unit().csv(), key, held.map(ScheduleCells.Held::value).orElse(null), held.map(ScheduleCells.Held::cell).orElse(null),
                status, reason);
    }

    /** Within the rounding of what was typed, and for money the tolerance per figure added up. */
    private boolean matches(StatedFigure f, ScheduleCells.Held held, String measure) {
        if (measure.equals("rate")) {
            BigDecimal lastDigit = BigDecimal.ONE.movePointLeft(f.decimals());
            BigDecimal rounded = held.value().setScale(f.decimals(), RoundingMode.HALF_UP);
            return f.value().subtract(rounded).abs().compareTo(lastDigit.multiply(config.tolerances().rateLastDigitUnits())) <= 0;
        }
        BigDecimal half = BigDecimal.ONE.movePointLeft(f.decimals()).divide(BigDecimal.valueOf(2));
        BigDecimal tolerance = config.tolerances().amountPerChild().multiply(BigDecimal.valueOf(held.lines())).max(half);
        return f.value().subtract(held.value()).abs().compareTo(tolerance) <= 0
                || held.central() != null && f.value().subtract(held.central()).abs().compareTo(tolerance) <= 0;
    }

    /** The figure with up to 40 characters of its clause before it, as the reviewer will search for it. */
    static String span(String text, StatedFigure f) {
        int from = Math.max(0, f.start() - 40);
        int cut = Math.max(text.lastIndexOf(". ", f.start()), text.lastIndexOf("; ", f.start()));
        if (cut >= from) {
            from = cut + 2;
        }
        int space = text.indexOf(' ', from);
        if (from > 0 && space > 0 && space < f.start() && text.charAt(from - 1) != ' ') {
            from = space + 1;
        }
        return text.substring(from, f.end()).strip();
    }

    private static String shown(StatedFigure f) {
        return f.typed() + (f.unit() == StatedFigure.Unit.PERCENT ? "%" : " " + f.unit().csv());
    }

    /** At the precision the text typed (at most three decimals), written as the text writes it: 1.098, 79,74. */
    private static String shown(BigDecimal v, int decimals) {
        return Amounts.vn(v.setScale(Math.min(Math.max(decimals, 0), 3), RoundingMode.HALF_UP));
    }

    private static String describe(StatedKey key) {
        String measure = switch (key.measure()) {
            case "plan" -> "kế hoạch vốn trung hạn";
            case "available" -> "tổng số vốn";
            case "allocated" -> key.year() == null ? "vốn giao" : "vốn giao trong năm";
            case "carry_in" -> "vốn năm trước chuyển sang";
            case "disbursed" -> "giải ngân";
            default -> "tỷ lệ giải ngân";
        };
        String of = key.scope().isEmpty() ? "toàn chương trình" : key.scope().replace("DA", "dự án ");
        String fund = key.fund() == null ? "" : key.fund().equals("SN") ? ", vốn sự nghiệp" : ", vốn đầu tư";
        String when = key.year() == null ? ", lũy kế" : ", năm " + key.year();
        return measure + " " + of + fund + when;
    }
}
