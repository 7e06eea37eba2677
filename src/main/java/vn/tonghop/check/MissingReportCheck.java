package vn.tonghop.check;

import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.staging.CompletenessRow;

import java.util.List;

/** MISSING_REPORT: a unit owes a form for a year and nothing usable came. */
final class MissingReportCheck {

    public List<Finding> check(List<CompletenessRow> completeness) {
        return completeness.stream()
                .filter(r -> r.status() != CompletenessRow.Status.received)
                .map(r -> Finding.of(FindingCode.MISSING_REPORT).unit(r.unitCode()).at(r.file(), null, null).year(r.year())
                        .expected(r.form()).actual(r.status().name())
                        .message("Chưa nhận được biểu " + r.form() + (r.year() == null ? "" : " năm " + r.year())
                                + (r.status() == CompletenessRow.Status.rejected
                                        ? ": tệp đã gửi không đọc được, hãy gửi lại."
                                        : ". Hãy gửi biểu về thư mục tiếp nhận.")))
                .toList();
    }
}
