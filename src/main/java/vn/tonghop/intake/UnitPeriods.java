package vn.tonghop.intake;

import vn.tonghop.config.Dates;
import vn.tonghop.config.Unit;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;
import vn.tonghop.intake.table.UnitMatcher;

import java.time.LocalDate;
import java.util.stream.Collectors;

/** The findings of a unit resolved by a report's period: one closed or not yet set up, or a name of two units. */
final class UnitPeriods {

    private UnitPeriods() {
    }

    /** UNIT_CLOSED or UNIT_NOT_YET: the sheet is not taken, since its figures would go to a unit not in force. */
    static Finding outOfForce(UnitMatcher.Resolution r, LocalDate periodEnd, String file, String sheet) {
        Unit unit = r.unit();
        boolean closed = r.kind() == UnitMatcher.Resolution.Kind.CLOSED;
        String when = closed ? "chỉ hoạt động đến ngày " + Dates.shown(unit.validTo())
                : "chỉ được thành lập từ ngày " + Dates.shown(unit.validFrom());
        return Finding.of(closed ? FindingCode.UNIT_CLOSED : FindingCode.UNIT_NOT_YET).unit(unit.code())
                .at(file, sheet, null).year(periodEnd.getYear()).actual(unit.name())
                .message("Trang tính \"" + sheet + "\" báo cáo kỳ kết thúc ngày " + Dates.shown(periodEnd) + " dưới tên "
                        + unit.dated() + ", nhưng đơn vị này " + when + ", nên số liệu chưa được tổng hợp. "
                        + (closed ? "Nếu đây là báo cáo của đơn vị mới sau sắp xếp, hãy ghi tên đơn vị mới ở đầu biểu;"
                                + " nếu là báo cáo của đơn vị cũ, hãy ghi đúng kỳ báo cáo (năm, 6 tháng) rồi gửi lại."
                                : "Hãy ghi đúng kỳ báo cáo, hoặc tên đơn vị đang hoạt động trong kỳ đó, rồi gửi lại."));
    }

    static boolean isOutOfForce(Finding f) {
        return f.code() == FindingCode.UNIT_CLOSED || f.code() == FindingCode.UNIT_NOT_YET;
    }

    /** UNIT_RESOLVED_BY_DATE: the name or code also meant other units; the message names them all. */
    static Finding resolvedByDate(UnitMatcher.Resolution r, LocalDate periodEnd, String file, String sheet) {
        String others = r.otherMeanings().stream().map(Unit::dated).collect(Collectors.joining("; "));
        return Finding.of(FindingCode.UNIT_RESOLVED_BY_DATE).unit(r.code()).at(file, sheet, null)
                .year(periodEnd.getYear()).actual(r.unit().name())
                .message("Tên hoặc mã đơn vị ở trang tính \"" + sheet + "\" dùng cho nhiều đơn vị qua các thời kỳ; theo"
                        + " kỳ báo cáo (kết thúc ngày " + Dates.shown(periodEnd) + ") đây là " + r.unit().dated()
                        + ", không phải " + others + ".");
    }
}
