package vn.tonghop.check;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.finding.FindingStore;
import vn.tonghop.log.Laps;
import vn.tonghop.staging.Completeness;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the rules over what is in force and replaces the findings they made before. A rule that looks
 * at one unit at a time runs only for the units whose sheets in force changed (unit_pending), unless
 * jobs/ or the program changed since the stored findings were made; a rule that compares a unit with
 * others, or with the district's registers, runs over every unit every night.
 */
public final class CheckRunner {

    private static final Logger log = LoggerFactory.getLogger(CheckRunner.class);

    /** The codes of the rules that look beyond one unit. */
    static final Set<FindingCode> ACROSS_UNITS = EnumSet.of(FindingCode.ALLOCATION_MISMATCH,
            FindingCode.ALLOCATION_UNREGISTERED, FindingCode.OVER_MEDIUM_TERM_PLAN, FindingCode.OUTLIER,
            FindingCode.SUPERSEDED, FindingCode.MISSING_REPORT, FindingCode.COMMITTEE_COUNT_MISMATCH);

    private final JdbcTemplate jdbc;
    private final List<CapitalCheck> eachUnit = List.of(new DisbursedOverAvailableCheck(), new AvailableMismatchCheck(),
            new RateMismatchCheck(), new CarryOutMismatchCheck(), new SubtotalCheck(), new CarryChainCheck(),
            new UnitSuspectCheck());
    /** Both compare with the registers of the finance office, and find nothing without one. */
    private final List<CapitalCheck> withRegister = List.of(new AllocationRegisterCheck(), new MediumTermPlanCheck());
    private final List<IndicatorCheck> indicatorsEachUnit = List.of(new AchievementCheck(), new CumulativeCheck(),
            new RangeCheck());
    private final IndicatorCheck outliers = new OutlierCheck();

    public CheckRunner(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns how many findings it stored. */
    public int run(JobsConfig config) {
        Laps time = new Laps();
        CheckBasis basis = new CheckBasis(jdbc);
        String fingerprint = CheckBasis.of(config);
        boolean everyUnit = !fingerprint.equals(basis.stored());
        Set<String> pending = new HashSet<>(jdbc.queryForList("SELECT unit_code FROM unit_pending", String.class));
        CheckRepository repository = new CheckRepository(jdbc);
        CheckInput input = everyUnit ? repository.load(config) : repository.loadPending(config);
        time.lap(everyUnit ? "load every unit" : "load " + pending.size() + " units");

        List<Finding> ofUnits = new ArrayList<>();
        List<Finding> across = new ArrayList<>();
        for (CapitalCheck check : eachUnit) {
            ofUnits.addAll(check.check(input));
        }
        if (!input.register().isEmpty()) {
            CheckInput all = everyUnit ? input : repository.load(config);
            for (CapitalCheck check : withRegister) {
                across.addAll(check.check(all));
            }
        }
        time.lap("capital rules");
        IndicatorInput indicators = repository.loadIndicators(config);
        for (IndicatorCheck check : indicatorsEachUnit) {
            ofUnits.addAll(check.check(everyUnit ? indicators : indicators.of(pending)));
        }
        across.addAll(outliers.check(indicators));
        // Across a unit's forms: its committee against its documents, its money against its results.
        FormsInput forms = repository.loadForms(config);
        ofUnits.addAll(new CommitteeDocumentsCheck().check(everyUnit ? forms : forms.of(pending)));
        ofUnits.addAll(new SpendingResultCheck().check(input, everyUnit ? indicators : indicators.of(pending)));
        across.addAll(new CommitteeCountCheck().check(forms));
        across.addAll(new SupersededCheck(jdbc).check());
        across.addAll(new MissingReportCheck().check(new Completeness(jdbc).rows(config)));
        // One typed value behind several findings: they name its cell, and its own finding says what fits.
        List<Finding> all = new ArrayList<>(ofUnits);
        all.addAll(across);
        List<RootCauses.Root> found = new ArrayList<>(RootCauses.ofIndicators(indicators));
        found.addAll(RootCauses.ofCapital(input));
        List<RootCauses.Root> roots = RootCauses.standing(found, all);
        ofUnits = new ArrayList<>(RootCauses.apply(roots, ofUnits));
        across = RootCauses.apply(roots, across);
        ofUnits.addAll(RootCauses.ownFindings(roots, all, everyUnit ? null : pending));
        time.lap("indicators and files");

        verify(ofUnits, across, everyUnit ? null : pending);
        FindingStore store = new FindingStore(jdbc);
        if (everyUnit) {
            store.deleteChecks();
        } else {
            store.deleteChecks(ACROSS_UNITS);
        }
        store.insert("check", null, ofUnits);
        store.insert("check", null, across);
        basis.store(fingerprint);
        time.lap("store");
        log.info("check: {}", time);
        return ofUnits.size() + across.size();
    }

    /**
     * A finding filed under the wrong kind of rule would be kept, or deleted, on the wrong nights: a
     * mistake in this program, which must stop the night rather than leave stale findings behind.
     */
    private static void verify(List<Finding> ofUnits, List<Finding> across, Set<String> scope) {
        for (Finding f : ofUnits) {
            if (ACROSS_UNITS.contains(f.code()) || f.unitCode() == null || (scope != null && !scope.contains(f.unitCode()))) {
                throw new IllegalStateException(f.code() + " about " + f.unitCode() + " is not a finding of one checked unit");
            }
        }
        for (Finding f : across) {
            if (!ACROSS_UNITS.contains(f.code())) {
                throw new IllegalStateException(f.code() + " is not listed among the codes that look beyond one unit");
            }
        }
    }
}
