package vn.tonghop.check;

import vn.tonghop.config.Unit;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * COMMITTEE_DOCUMENT_CONFLICT: a commune's Biểu 04/BCĐ says its steering committee is not set up, or gives no
 * decision, while its own Biểu 03/VB lists a decision setting one up; or it gives a decision while its 03/VB, sent,
 * lists none. One of the two forms is wrong, and only the clerk knows which.
 */
final class CommitteeDocumentsCheck {

    List<Finding> check(FormsInput input) {
        Map<String, List<StagedDocument>> byUnit = input.documents().stream()
                .collect(Collectors.groupingBy(StagedDocument::reporter));
        List<Finding> out = new ArrayList<>();
        for (StagedCommittee c : input.committees()) {
            List<StagedDocument> own = byUnit.get(c.unitCode());
            if (!c.aboutItself() || own == null) {
                continue;
            }
            Optional<Unit> unit = input.config().units().byCode(c.unitCode());
            Optional<StagedDocument> decision = own.stream().filter(d -> input.config().crossChecks().setsUpCommittee(d.summary())
                    && unit.filter(d::names).isPresent()).findFirst();
            boolean noDecision = c.decision() == null || c.decision().isBlank();
            String where = "dòng " + c.rowNo() + " trang \"" + c.sheet() + "\"";
            if (decision.isPresent() && (Boolean.FALSE.equals(c.established()) || noDecision)) {
                StagedDocument d = decision.get();
                out.add(finding(c).expected(d.number()).actual(Boolean.FALSE.equals(c.established()) ? "chưa" : "")
                        .message("Biểu 04/BCĐ (" + where + ") ghi Ban Chỉ đạo "
                                + (Boolean.FALSE.equals(c.established()) ? "chưa thành lập" : "không có quyết định thành lập")
                                + ", nhưng Biểu 03/VB của đơn vị có văn bản " + d.number()
                                + (d.dateText() == null || d.dateText().isBlank() ? "" : " ngày " + d.dateText())
                                + " \"" + shorten(d.summary()) + "\" (tệp " + d.file() + "). Hãy sửa biểu nào ghi sai."));
            } else if (decision.isEmpty() && Boolean.TRUE.equals(c.established()) && !noDecision) {
                out.add(finding(c).actual(c.decision())
                        .message("Biểu 04/BCĐ (" + where + ") ghi Ban Chỉ đạo đã thành lập theo " + c.decision()
                                + ", nhưng Biểu 03/VB của đơn vị không có văn bản thành lập, kiện toàn Ban Chỉ đạo nào."
                                + " Hãy bổ sung văn bản đó vào Biểu 03/VB, hoặc sửa Biểu 04/BCĐ."));
            }
        }
        return out;
    }

    private static Finding.Builder finding(StagedCommittee c) {
        return Finding.of(FindingCode.COMMITTEE_DOCUMENT_CONFLICT).unit(c.unitCode()).at(c.file(), c.sheet(), null);
    }

    private static String shorten(String text) {
        return text == null ? "" : text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
