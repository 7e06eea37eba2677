package vn.tonghop.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.config.Layouts;
import vn.tonghop.consolidate.BasisLines;
import vn.tonghop.consolidate.BasisUnits;
import vn.tonghop.consolidate.CommitteeRepository;
import vn.tonghop.consolidate.Document;
import vn.tonghop.consolidate.DocumentRepository;
import vn.tonghop.consolidate.Fact;
import vn.tonghop.consolidate.FactRepository;
import vn.tonghop.consolidate.IndicatorFact;
import vn.tonghop.consolidate.IndicatorRepository;
import vn.tonghop.consolidate.MediumTermPlan;
import vn.tonghop.consolidate.ScheduleFigures;
import vn.tonghop.excel.read.DocxText;
import vn.tonghop.excel.write.XlsxDocument;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingStore;
import vn.tonghop.log.Laps;
import vn.tonghop.narrative.NarrativeCheck;
import vn.tonghop.narrative.NarrativeFigure;
import vn.tonghop.narrative.NarrativeRepository;
import vn.tonghop.staging.Completeness;
import vn.tonghop.staging.CompletenessRow;
import vn.tonghop.staging.Fund;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Writes the whole consolidated set (the workbooks, CSV files, index.html, the clerks' copies) into a folder. */
public final class ReportWriter {

    private static final Logger log = LoggerFactory.getLogger(ReportWriter.class);

    private final JdbcTemplate jdbc;

    public ReportWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Makes a first workbook on a thread of its own and returns at once (see XlsxDocument.warmUp). For a
     * step that keeps one core busy before the report; a warm-up that fails costs the report nothing but
     * the time it would have saved.
     */
    public static void warmUpInBackground() {
        BackgroundTasks.start("report warm-up", 1, List.of(() -> {
            long started = System.nanoTime();
            try {
                long bytes = XlsxDocument.warmUp();
                log.info("report warm-up: a workbook of {} bytes in {} ms", bytes, (System.nanoTime() - started) / 1_000_000);
            } catch (IOException | RuntimeException e) {
                log.warn("report warm-up failed; the report makes its own first workbook", e);
            }
            return null;
        }));
    }

    public void write(Path folder, Path archive, JobsConfig config, RunInfo run) throws IOException {
        Laps time = new Laps();
        // The schedules' totals take a few seconds on a national night: added up on a connection of their own, from
        // the start, over what the consolidation step committed (the basis lines included).
        BackgroundTasks<ScheduleFigures> totals = BackgroundTasks.start("schedule totals", 1,
                List.of(() -> ScheduleFigures.read(jdbc)));
        Supplier<ScheduleFigures> figures = () -> {
            try {
                return totals.await().get(0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        BasisUnits basis = new BasisLines(jdbc).basis(config);
        // A draft is checked against the schedules before the findings are read, so every output counts its findings.
        NarrativeCheck narrative = new NarrativeCheck(jdbc, config);
        if (narrative.anyDraft()) {
            narrative.run(figures.get(), new IndicatorRepository(jdbc).mediumTermPlan());
            time.lap("the draft against the schedules");
        } else {
            narrative.clear();
        }
        List<Finding> findings = sorted(new FindingStore(jdbc).inForce(), config);
        List<ReceivedFile> files = new ReportRepository(jdbc).files();
        List<FileLedger.Row> ledger = new FileLedger(jdbc).rows();
        time.lap("findings and files");
        // The clerks' copies run on their own pool, on the cores the rest leaves idle.
        BackgroundTasks<Void> returned = new ReturnedCopies().start(folder.resolve("returned"), archive, config.units(),
                files, findings);
        try {
            writeAllButCopies(folder, config, run, time, findings, files, ledger, basis, figures);
        } catch (IOException | RuntimeException e) {
            returned.cancel();
            totals.cancel();
            throw e;
        }
        returned.await();
        time.lap("returned copies, after the rest");
        log.info("report: {}", time);
    }

    private void writeAllButCopies(Path folder, JobsConfig config, RunInfo run, Laps time, List<Finding> findings,
                              List<ReceivedFile> files, List<FileLedger.Row> ledger, BasisUnits basis,
                              Supplier<ScheduleFigures> figures) throws IOException {
        Map<String, Integer> fileCounts = FileLedger.counts(ledger);
        IndicatorRepository indicatorRepository = new IndicatorRepository(jdbc);
        List<IndicatorFact> indicators = indicatorRepository.all();
        List<Document> documents = new DocumentRepository(jdbc).distinct();
        MediumTermPlan plan = indicatorRepository.mediumTermPlan();
        List<String> poverty = config.layouts().povertyIndicators();
        Map<String, BigDecimal> povertyActuals = indicatorRepository.actualsByLine(poverty,
                poverty.stream().filter(code -> IndicatorSchedules.carried(config.indicators(), code)).toList(),
                config.units().district().code());
        time.lap("indicators and documents");
        // The schedules workbook is the longest part and needs nothing the others write: it has a core of its
        // own, and writes the schedules that need no facts while this thread reads them.
        CompletableFuture<List<Fact>> read = new CompletableFuture<>();
        BackgroundTasks<String> workbook = BackgroundTasks.start("TongHop.xlsx", 1, List.of(() -> {
            Laps own = new Laps();
            writeWorkbook(folder.resolve("TongHop.xlsx"), config, run, findings, files, fileCounts, read::join, figures,
                    indicators, povertyActuals, plan, documents, basis);
            own.lap("TongHop.xlsx, alongside");
            return own.toString();
        }));
        BackgroundTasks<String> errors = startErrorWorkbook(folder, config, findings, files);
        try {
            List<Fact> facts;
            try {
                facts = new FactRepository(jdbc).all();
                read.complete(facts);
            } catch (RuntimeException e) {
                read.completeExceptionally(e);
                throw e;
            }
            time.lap("facts");
            writeCsvAndIndex(folder, config, run, time, findings, files, ledger, fileCounts, facts, figures, indicators,
                    documents);
        } catch (IOException | RuntimeException e) {
            workbook.cancel();
            errors.cancel();
            throw e;
        }
        String ownErrors;
        try {
            ownErrors = errors.await().get(0);
        } catch (IOException e) {
            workbook.cancel();
            throw e;
        }
        time.lap("then waiting for BaoCaoLoi.xlsx (" + ownErrors + ")");
        String own = workbook.await().get(0);
        time.lap("then waiting for TongHop.xlsx (" + own + ")");
    }

    /** The CSV files and index.html. */
    private void writeCsvAndIndex(Path folder, JobsConfig config, RunInfo run, Laps time, List<Finding> findings,
                                List<ReceivedFile> files, List<FileLedger.Row> ledger, Map<String, Integer> fileCounts,
                                List<Fact> facts, Supplier<ScheduleFigures> figures,
                                List<IndicatorFact> indicators, List<Document> documents) throws IOException {
        CsvReports csv = new CsvReports(config.units());
        csv.files(folder.resolve("files.csv"), ledger);
        csv.facts(folder.resolve("facts.csv"), facts);
        csv.findings(folder.resolve("findings.csv"), findings);
        List<CompletenessRow> completeness = new Completeness(jdbc).rows(config);
        csv.completeness(folder.resolve("completeness.csv"), completeness);
        csv.documents(folder.resolve("documents.csv"), documents);
        csv.indicators(folder.resolve("indicators.csv"), indicators, config.units());
        List<NarrativeFigure> narrative = new NarrativeRepository(jdbc).figures();
        csv.narrative(folder.resolve("narrative.csv"), narrative);
        time.lap("completeness and CSV");
        new IndexPage().write(folder.resolve("index.html"), config, run, files, fileCounts, findings,
                completeness, facts, figures.get(), narrative);
        time.lap("index.html");
    }

    /** BaoCaoLoi.xlsx, on a thread of its own: it needs nothing but the findings, and the CSV files keep this one busy. */
    private static BackgroundTasks<String> startErrorWorkbook(Path folder, JobsConfig config, List<Finding> findings,
                                                        List<ReceivedFile> files) {
        return BackgroundTasks.start("BaoCaoLoi.xlsx", 1, List.of(() -> {
            Laps own = new Laps();
            Map<String, String> archiveByFile = new HashMap<>();
            files.stream().filter(f -> f.archiveName() != null).forEach(f -> archiveByFile.put(f.path(), f.archiveName()));
            new ErrorWorkbook().write(folder.resolve("BaoCaoLoi.xlsx"), config.units(), findings, archiveByFile,
                    config.report().fontName());
            own.lap("BaoCaoLoi.xlsx, alongside");
            return own.toString();
        }));
    }

    /** The facts are asked for only when the first capital schedule is written. */
    private void writeWorkbook(Path file, JobsConfig config, RunInfo run, List<Finding> findings, List<ReceivedFile> files,
                               Map<String, Integer> fileCounts, Supplier<List<Fact>> facts, Supplier<ScheduleFigures> figures,
                               List<IndicatorFact> indicators, Map<String, BigDecimal> povertyActuals,
                               MediumTermPlan mediumTermPlan, List<Document> documents, BasisUnits basis)
            throws IOException {
        try (XlsxDocument doc = XlsxDocument.report(config.report().fontName(), config.report().fontSize())) {
            new CoverSheet().write(doc, run, config.report().issuer(), config.units(), files, fileCounts, findings, basis);
            ScheduleSheet schedules = new ScheduleSheet(doc, config.report());
            Supplier<CapitalSchedules> capital = once(() -> new CapitalSchedules(config, facts.get(), figures.get(), findings,
                    mediumTermPlan, basis, new FactRepository(jdbc).estimatedYears()));
            IndicatorSchedules indicatorSheets = new IndicatorSchedules(config, indicators, povertyActuals, findings, basis,
                    new IndicatorRepository(jdbc).estimatedYears());
            Map<String, Consumer<Layouts.Schedule>> writers = Map.of(
                    "pl1", s -> new DocumentsSheet().write(schedules, s, config.units(), documents),
                    "pl2", s -> indicatorSheets.writeTargets(schedules, s),
                    "bieu2", s -> indicatorSheets.writePovertyByCommune(schedules, s),
                    "bcd", s -> new CommitteesSheet().write(schedules, s, basis, new CommitteeRepository(jdbc).byUnit()),
                    "pl4", s -> capital.get().writeByProject(schedules, s),
                    "byunit", s -> capital.get().writeByUnit(schedules, s),
                    "pl5", s -> capital.get().writeByFund(schedules, s, Fund.DTPT),
                    "pl6", s -> capital.get().writeByFund(schedules, s, Fund.SN));
            for (String key : config.layouts().order()) {
                writers.get(key).accept(config.layouts().schedule(key));
            }
            doc.save(file);
        }
    }

    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T made;

            @Override
            public T get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }

    /** Most severe first, then by unit in the configured order, then by place. */
    static List<Finding> sorted(List<Finding> findings, JobsConfig config) {
        Comparator<Finding> bySeverity = Comparator.comparing(Finding::severity);
        Comparator<Finding> byUnit = Comparator.comparingInt(f -> config.units().indexOf(f.unitCode()));
        return findings.stream().sorted(bySeverity.thenComparing(byUnit)
                .thenComparing(f -> nz(f.file())).thenComparing(f -> numbered(f.sheet()))
                .thenComparing(f -> f.cell() == null || !f.cell().matches("[A-Z]{1,3}\\d{1,7}") ? 0
                        : Integer.parseInt(f.cell().replaceAll("\\D", "")))
                .thenComparing(f -> nz(f.cell())).thenComparing(f -> f.code().name())
                // The rest only orders findings that share a cell, so that the order never depends on the staging order.
                .thenComparing(f -> nz(f.leaf())).thenComparing(f -> f.year() == null ? 0 : f.year())
                .thenComparing(f -> nz(f.message())).thenComparing(f -> nz(f.expected()))
                .thenComparing(f -> nz(f.actual()))).toList();
    }

    /** A draft's "đoạn 9" before its "đoạn 10": its numbers compared as numbers; a sheet's name as it is. */
    private static String numbered(String sheet) {
        if (DocxText.Passage.at(sheet).isEmpty()) {
            return nz(sheet);
        }
        return NUMBER.matcher(sheet).replaceAll(m -> "0".repeat(Math.max(0, 9 - m.group().length())) + m.group());
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
