package vn.tonghop.check;

import vn.tonghop.config.JobsConfig;

import java.util.List;
import java.util.Set;

/** What the indicator checks look at: every staged indicator figure in force, and the typed cumulatives. */
record IndicatorInput(JobsConfig config, List<StagedIndicator> values, List<StagedCumulative> cumulatives) {

    /** The figures of these units only. */
    public IndicatorInput of(Set<String> units) {
        return new IndicatorInput(config, values.stream().filter(v -> units.contains(v.unitCode())).toList(),
                cumulatives.stream().filter(c -> units.contains(c.unitCode())).toList());
    }
}
