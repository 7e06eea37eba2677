package vn.tonghop.check;

import vn.tonghop.config.JobsConfig;

import java.util.List;
import java.util.Set;

/** What the checks across a unit's forms look at besides capital and indicators: committees and documents. */
record FormsInput(JobsConfig config, List<StagedCommittee> committees, List<StagedDocument> documents) {

    /** Those these units sent. */
    FormsInput of(Set<String> units) {
        return new FormsInput(config, committees.stream().filter(c -> units.contains(c.reporter())).toList(),
                documents.stream().filter(d -> units.contains(d.reporter())).toList());
    }
}
