package vn.tonghop.check;

import vn.tonghop.config.JobsConfig;

import java.util.List;

/** What the indicator checks look at: every staged indicator figure in force, and the typed cumulatives. */
public record IndicatorInput(JobsConfig config, List<StagedIndicator> values, List<StagedCumulative> cumulatives) {
}
