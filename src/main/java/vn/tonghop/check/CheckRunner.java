package vn.tonghop.check;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.intake.Completeness;
import vn.tonghop.log.Laps;

import java.util.ArrayList;
import java.util.List;

/** Runs every rule over what is in force and replaces the previous run's check findings. */
public final class CheckRunner {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CheckRunner.class);

    private final JdbcTemplate jdbc;
    private final List<CapitalCheck> checks = List.of(new DisbursedOverAvailableCheck(), new AvailableMismatchCheck(),
            new RateMismatchCheck(), new CarryOutMismatchCheck(), new SubtotalCheck(), new CarryChainCheck(),
            new UnitSuspectCheck(), new AllocationRegisterCheck(), new MediumTermPlanCheck());
    private final List<IndicatorCheck> indicatorChecks = List.of(new AchievementCheck(), new CumulativeCheck(),
            new RangeCheck(), new OutlierCheck());

    public CheckRunner(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int run(JobsConfig config) {
        Laps time = new Laps();
        CheckInput input = new CheckRepository(jdbc).load(config);
        time.lap("load capital");
        List<Finding> findings = new ArrayList<>();
        for (CapitalCheck check : checks) {
            findings.addAll(check.check(input));
        }
        time.lap("capital rules");
        IndicatorInput indicators = new CheckRepository(jdbc).loadIndicators(config);
        for (IndicatorCheck check : indicatorChecks) {
            findings.addAll(check.check(indicators));
        }
        findings.addAll(new SupersededCheck(jdbc).check());
        findings.addAll(new MissingReportCheck().check(new Completeness(jdbc).rows(config)));
        time.lap("indicators and files");
        FindingStore store = new FindingStore(jdbc);
        store.deleteChecks();
        store.insert("check", null, findings);
        time.lap("store");
        log.info("check: {}", time);
        return findings.size();
    }
}
