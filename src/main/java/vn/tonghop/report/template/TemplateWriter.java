package vn.tonghop.report.template;

import vn.tonghop.config.JobsConfig;
import vn.tonghop.config.Unit;
import vn.tonghop.text.Fold;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Blank forms for every unit, one per form it owes and, for Biểu 01/VỐN, per year: header filled
 * in, input cells unlocked, the rest protected, so that what comes back filled reads without a finding.
 * A form owed once (02/CT, 03/VB, 04/BCĐ, 05/GV) is dated the latest year any unit owes a form for.
 */
public final class TemplateWriter {

    private final JobsConfig config;
    private final Map<String, FormTemplate> templates;

    public TemplateWriter(JobsConfig config) {
        this.config = config;
        this.templates = Map.of(
                "01/VỐN", new CapitalTemplate(config),
                "02/CT", new IndicatorTemplate(config),
                "03/VB", new DocumentTemplate(config),
                "04/BCĐ", new CommitteeTemplate(config),
                "05/GV", new AllocationTemplate(config));
    }

    /** Writes every form; returns the files written. */
    public List<Path> writeAll(Path folder) throws IOException {
        int latest = latestYear();
        List<Path> written = new ArrayList<>();
        for (Unit unit : config.units().all()) {
            for (Unit.OwedForm owed : unit.owed()) {
                FormTemplate template = templates.get(owed.form());
                if (template == null) {
                    continue;
                }
                String stem = unit.code() + "_" + Fold.words(unit.name()).replace(' ', '_') + "_"
                        + Fold.words(owed.form()).replace(" ", "").toUpperCase(Locale.ROOT);
                if (owed.years().isEmpty()) {
                    written.add(write(template, folder.resolve(stem + ".xlsx"), unit, latest));
                }
                for (int year : owed.years()) {
                    written.add(write(template, folder.resolve(stem + "_" + year + ".xlsx"), unit, year));
                }
            }
        }
        return written;
    }

    private static Path write(FormTemplate template, Path file, Unit unit, int year) throws IOException {
        template.write(file, unit, year);
        return file;
    }

    private int latestYear() {
        return config.units().all().stream().flatMap(u -> u.owed().stream()).flatMap(o -> o.years().stream())
                .max(Integer::compare).orElse(config.tolerances().lastYear());
    }
}
