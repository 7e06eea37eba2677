package vn.tonghop.check;

import org.junit.jupiter.api.Test;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.testdata.TestConfig;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks across a unit's forms: each fires on a contradiction and stays quiet on consistent forms. */
class CrossFormChecksTest {

    private static final String SET_UP = "Thành lập Ban Chỉ đạo các Chương trình MTQG xã Mường So";

    private static StagedCommittee committee(String unit, Boolean established, String decision) {
        return new StagedCommittee(unit, unit, unit + ".xlsx", "BCĐ", 8, established, decision);
    }

    private static StagedDocument document(String unit, String number, String summary) {
        return new StagedDocument(unit, unit + ".xlsx", "Văn bản", 8, number, "12/5/2022", summary,
                TestConfig.jobs().units().byCode(unit).map(u -> "UBND " + u.name()).orElse(""), number + "|" + unit);
    }

    private static List<Finding> committees(List<StagedCommittee> committees, List<StagedDocument> documents) {
        return new CommitteeDocumentsCheck().check(new FormsInput(TestConfig.jobs(), committees, documents));
    }

    @Test
    void aCommitteeNotSetUpAgainstItsOwnDecisionIsAConflict() {
        List<Finding> found = committees(List.of(committee("03589", false, "")),
                List.of(document("03589", "45/QĐ-UBND", SET_UP)));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.COMMITTEE_DOCUMENT_CONFLICT);
            assertThat(f.unitCode()).isEqualTo("03589");
            assertThat(f.message()).contains("chưa thành lập").contains("45/QĐ-UBND");
        });
        assertThat(committees(List.of(committee("03589", true, "")), List.of(document("03589", "45/QĐ-UBND", SET_UP))))
                .as("set up, but no decision given").hasSize(1);
    }

    @Test
    void aDecisionGivenWithNoneInTheDocumentsSentIsAConflict() {
        List<StagedDocument> plansOnly = List.of(document("03589", "12/KH-UBND", "Kế hoạch thực hiện Chương trình năm 2023"));
        assertThat(committees(List.of(committee("03589", true, "45/QĐ-UBND ngày 12/5/2022")), plansOnly)).hasSize(1);
    }

    @Test
    void consistentFormsAndFormsNotSentAreQuiet() {
        assertThat(committees(List.of(committee("03589", true, "45/QĐ-UBND ngày 12/5/2022")),
                List.of(document("03589", "45/QĐ-UBND", SET_UP)))).isEmpty();
        assertThat(committees(List.of(committee("03589", false, "")), List.of())).as("no 03/VB sent").isEmpty();
        assertThat(committees(List.of(committee("03589", false, "")),
                List.of(document("03589", "7/QĐ-UBND", "Thành lập tổ giúp việc Ban Chỉ đạo các Chương trình MTQG"))))
                .as("a working group is no committee").isEmpty();
        assertThat(committees(List.of(committee("03589", false, "")), List.of(document("03490", "45/QĐ-UBND", SET_UP))))
                .as("another commune's decision").isEmpty();
        StagedDocument districts = new StagedDocument("03589", "03589.xlsx", "Văn bản", 9, "970/QĐ-UBND", "08/4/2022",
                "Thành lập Ban Chỉ đạo các Chương trình MTQG huyện Phong Thổ", "UBND huyện Phong Thổ", "970|huyen");
        assertThat(committees(List.of(committee("03589", false, "")), List.of(districts)))
                .as("the district's committee, listed by the commune").isEmpty();
    }

    @Test
    void theCommunesWithACommitteeMustBeThoseWithADecision() {
        List<StagedCommittee> rows = List.of(committee("03589", true, "45/QĐ-UBND"), committee("03490", false, ""));
        List<StagedDocument> docs = List.of(document("03589", "45/QĐ-UBND", SET_UP), document("03490", "46/QĐ-UBND", SET_UP),
                document("109-LDTBXH", "970/QĐ-UBND", "Thành lập Ban Chỉ đạo các Chương trình MTQG huyện Phong Thổ"));
        List<Finding> found = new CommitteeCountCheck().check(new FormsInput(TestConfig.jobs(), rows, docs));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.COMMITTEE_COUNT_MISMATCH);
            assertThat(f.expected() + "/" + f.actual()).isEqualTo("2/1");
            assertThat(f.message()).contains("chỉ có quyết định: Xã Huổi Luông");
        });
        List<StagedCommittee> both = List.of(committee("03589", true, "45/QĐ-UBND"), committee("03490", true, "46/QĐ-UBND"));
        assertThat(new CommitteeCountCheck().check(new FormsInput(TestConfig.jobs(), both, docs)))
                .as("the district's own decision is not a commune's").isEmpty();
    }

    private static LeafAmount da2(String unit, int year, long disbursed) {
        BigDecimal d = BigDecimal.valueOf(disbursed);
        return new LeafAmount(unit, "DA2", "SN", "NSTW", year, BigDecimal.ZERO, d, d, BigDecimal.ZERO, BigDecimal.ZERO, 1);
    }

    private static StagedIndicator models(String unit, int year, String actual) {
        return new StagedIndicator(unit, unit + ".xlsx", "Chỉ tiêu", 12, "CT17", year, null,
                actual == null ? null : new BigDecimal(actual), null, 0, "D12", "E12", "F12");
    }

    private static List<Finding> spending(List<LeafAmount> amounts, List<StagedIndicator> values) {
        CheckInput capital = new CheckInput(TestConfig.jobs(), List.of(), amounts, Set.of(), List.of());
        return new SpendingResultCheck().check(capital, new IndicatorInput(TestConfig.jobs(), values, List.of()));
    }

    @Test
    void moneyOnLivelihoodModelsWithNoModelIsAConflictAndTheReverse() {
        assertThat(spending(List.of(da2("03589", 2023, 500)), List.of(models("03589", 2023, "0"))))
                .singleElement().satisfies(f -> {
                    assertThat(f.code()).isEqualTo(FindingCode.DISBURSEMENT_RESULT_CONFLICT);
                    assertThat(f.cell()).isEqualTo("E12");
                    assertThat(f.message()).contains("giải ngân 500 triệu đồng cho Dự án 2");
                });
        assertThat(spending(List.of(da2("03589", 2023, 0)), List.of(models("03589", 2023, "3")))).hasSize(1);
    }

    @Test
    void spendingAndResultsThatAgreeOrAreNotBothReportedAreQuiet() {
        assertThat(spending(List.of(da2("03589", 2023, 500)), List.of(models("03589", 2023, "2")))).isEmpty();
        assertThat(spending(List.of(da2("03589", 2023, 500)), List.of(models("03589", 2023, null)))).as("blank").isEmpty();
        assertThat(spending(List.of(), List.of(models("03589", 2023, "2")))).as("no 01/VỐN row").isEmpty();
        assertThat(spending(List.of(da2("03589", 2024, 500)), List.of(models("03589", 2023, "0")))).as("other year").isEmpty();
    }
}
