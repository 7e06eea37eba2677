package vn.tonghop.check;

import vn.tonghop.config.JobsConfig;

import java.util.List;
import java.util.Set;

/**
 * What the money checks look at: the staged rows of every sheet in force, the amounts per leaf,
 * which unit reported Biểu 01/VỐN for which year ("unit|year"), and the allocation register in force.
 */
public record CheckInput(JobsConfig config, List<StagedRow> rows, List<LeafAmount> amounts, Set<String> reportedYears,
                         List<RegisterEntry> register) {

    public static String unitYear(String unit, int year) {
        return unit + "|" + year;
    }
}
