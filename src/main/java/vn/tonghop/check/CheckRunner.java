package vn.tonghop.check;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.intake.Completeness;

import java.util.ArrayList;
import java.util.List;

/** Runs every rule over what is in force and replaces the previous run's check findings. */
public final class CheckRunner {

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
        CheckInput input = new CheckRepository(jdbc).load(config);
        List<Finding> findings = new ArrayList<>();
        for (CapitalCheck check : checks) {
            findings.addAll(check.check(input));
        }
        IndicatorInput indicators = new CheckRepository(jdbc).loadIndicators(config);
        for (IndicatorCheck check : indicatorChecks) {
            findings.addAll(check.check(indicators));
        }
        findings.addAll(new SupersededCheck(jdbc).check());
        findings.addAll(new MissingReportCheck().check(new Completeness(jdbc).rows(config)));
        FindingStore store = new FindingStore(jdbc);
        store.deleteChecks();
        store.insert("check", null, findings);
        return findings.size();
    }
}
