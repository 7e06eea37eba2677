package vn.tonghop.report;

import vn.tonghop.config.Units;
import vn.tonghop.consolidate.Document;
import vn.tonghop.consolidate.Fact;
import vn.tonghop.consolidate.IndicatorFact;
import vn.tonghop.finding.Finding;
import vn.tonghop.narrative.NarrativeFigure;
import vn.tonghop.staging.CompletenessRow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

/** The CSV files of the output contract, with exactly their columns. */
final class CsvReports {

    private final Units units;

    CsvReports(Units units) {
        this.units = units;
    }

    void facts(Path file, List<Fact> facts) throws IOException {
        try (CsvFile csv = new CsvFile(file, "unit_code", "unit_name", "leaf", "fund", "source", "year", "measure",
                "value", "file", "sheet", "cell")) {
            for (Fact f : facts) {
                csv.row(f.unitCode(), units.nameOf(f.unitCode(), f.year()), f.leaf(), f.fund(), f.source(), f.year(), f.measure(),
                        f.value(), f.file(), f.sheet(), f.cell());
            }
        }
    }

    void findings(Path file, List<Finding> findings) throws IOException {
        try (CsvFile csv = new CsvFile(file, "severity", "code", "unit_code", "unit_name", "file", "sheet", "cell",
                "leaf", "year", "expected", "actual", "message", "root_cell", "suggested")) {
            for (Finding f : findings) {
                csv.row(f.severity().label(), f.code().name(), f.unitCode(),
                        f.unitCode() == null ? null : units.nameOf(f.unitCode(), f.year()), f.file(), f.sheet(), f.cell(),
                        f.leaf(), f.year(), f.expected(), f.actual(), f.message(), f.rootCell(), f.suggested());
            }
        }
    }

    /** Every figure found in the drafts in force: what it states, what the schedules hold, and whether they agree. */
    void narrative(Path file, List<NarrativeFigure> figures) throws IOException {
        try (CsvFile csv = new CsvFile(file, "file", "place", "span", "value", "unit", "key", "consolidated", "cell",
                "status", "reason")) {
            for (NarrativeFigure f : figures) {
                csv.row(f.file(), f.place(), f.span(), f.value().toPlainString(), f.unit(), f.key(),
                        f.consolidated() == null ? null : f.consolidated().toPlainString(), f.cell(), f.status(), f.reason());
            }
        }
    }

    private static final DateTimeFormatter SEEN = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    void files(Path file, List<FileLedger.Row> rows) throws IOException {
        try (CsvFile csv = new CsvFile(file, "file", "sha256", "first_seen", "unit_code", "form", "year", "status", "reason")) {
            for (FileLedger.Row r : rows) {
                csv.row(r.file(), r.sha256(), SEEN.format(r.firstSeen().withNano(r.firstSeen().getNano() / 1_000_000 * 1_000_000)),
                        r.unitCode(), r.form(), r.year(), r.status(), r.reason());
            }
        }
    }

    void documents(Path file, List<Document> documents) throws IOException {
        try (CsvFile csv = new CsvFile(file, "number", "date", "issuer", "summary", "reported_by")) {
            for (Document d : documents) {
                csv.row(d.number(), d.date() == null ? null : d.date().toString(), d.issuer(), d.summary(),
                        String.join(";", d.reportedBy()));
            }
        }
    }

    /** Per unit in the units list's order, the district's own rows where the district sits in that list. */
    void indicators(Path file, List<IndicatorFact> facts, Units order) throws IOException {
        List<IndicatorFact> sorted = facts.stream().sorted(Comparator
                .comparingInt((IndicatorFact f) -> order.indexOf(f.unitCode()))
                .thenComparing(IndicatorFact::indicator).thenComparingInt(IndicatorFact::year)).toList();
        try (CsvFile csv = new CsvFile(file, "unit_code", "unit_name", "indicator", "year", "plan", "actual", "file",
                "sheet", "cell")) {
            for (IndicatorFact f : sorted) {
                csv.row(f.unitCode(), units.nameOf(f.unitCode(), f.year()), f.indicator(), f.year(), f.plan(), f.actual(), f.file(),
                        f.sheet(), f.cell());
            }
        }
    }

    void completeness(Path file, List<CompletenessRow> rows) throws IOException {
        try (CsvFile csv = new CsvFile(file, "unit_code", "unit_name", "form", "year", "status", "file")) {
            for (CompletenessRow r : rows) {
                csv.row(r.unitCode(), units.nameOf(r.unitCode(), r.year()), r.form(), r.year(), r.status().name(), r.file());
            }
        }
    }
}
