package vn.tonghop.finding;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Explained findings follow their root, and are not counted as tasks. */
class RootsTest {

    private static Finding at(FindingCode code, String cell) {
        return Finding.of(code).at("f.xlsx", "Chỉ tiêu", cell).message(code.name());
    }

    @Test
    void anExplainedFindingFollowsItsRootWhateverItsPlace() {
        Finding cumulative = at(FindingCode.CUMULATIVE_MISMATCH, "Q8").explainedBy("Chỉ tiêu!O8");
        Finding other = at(FindingCode.RATE_OUT_OF_RANGE, "B3");
        Finding root = at(FindingCode.OUTLIER, "O8").rootOf("1230", "Có lẽ là 1.230.");
        Finding rate = at(FindingCode.ACHIEVEMENT_MISMATCH, "P8").explainedBy("Chỉ tiêu!O8");
        Finding orphan = at(FindingCode.ACHIEVEMENT_MISMATCH, "P9").explainedBy("Chỉ tiêu!O9");
        assertThat(Roots.underRoots(List.of(cumulative, other, root, rate, orphan)))
                .containsExactly(other, root, cumulative, rate, orphan);
        assertThat(List.of(cumulative, other, root, rate).stream().filter(Roots::isTask)).containsExactly(other, root);
        assertThat(Roots.prefix(rate)).isEqualTo("↳ do ô Chỉ tiêu!O8: ");
        assertThat(root.message()).isEqualTo("OUTLIER Có lẽ là 1.230.");
    }
}
