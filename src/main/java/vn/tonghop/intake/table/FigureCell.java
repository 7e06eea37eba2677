package vn.tonghop.intake.table;

import vn.tonghop.finding.Amounts;
import vn.tonghop.finding.Finding;
import vn.tonghop.finding.FindingCode;

import java.util.Optional;

/** What is wrong with a figure cell that holds no usable number, said the same way on every form. */
public final class FigureCell {

    private FigureCell() {
    }

    public static Optional<Finding> problem(CellNumber n, String ref, SheetPlace place) {
        return switch (n.status()) {
            case FORMULA_ERROR -> Optional.of(Finding.of(FindingCode.FORMULA_ERROR).unit(place.unitCode())
                    .at(place.file(), place.sheet(), ref).year(place.year()).actual(n.raw())
                    .message("Ô " + ref + " báo lỗi công thức " + n.raw() + ", nên không có số liệu; số liệu này"
                            + " không được tính vào tổng. Hãy sửa công thức hoặc nhập số trực tiếp."));
            case NOT_A_NUMBER -> Optional.of(Finding.of(FindingCode.NOT_A_NUMBER).unit(place.unitCode())
                    .at(place.file(), place.sheet(), ref).year(place.year()).actual(n.raw())
                    .message("Ô " + ref + " ghi \"" + shorten(n.raw()) + "\", không đọc được là một số, nên không"
                            + " được tính vào tổng. Hãy chỉ nhập số (ví dụ 1.250 hoặc 64,76)."));
            default -> Optional.empty();
        };
    }

    public static Finding ambiguous(CellNumber n, String ref, SheetPlace place) {
        return Finding.of(FindingCode.AMBIGUOUS_NUMBER).unit(place.unitCode())
                .at(place.file(), place.sheet(), ref).year(place.year()).actual(n.raw())
                .message("Ô " + ref + " ghi \"" + n.raw() + "\", có thể hiểu theo hai cách vì trang tính"
                        + " dùng lẫn dấu chấm và dấu phẩy; đã đọc là " + Amounts.vn(n.value())
                        + " theo cách ghi của cột. Hãy ghi thống nhất một kiểu.");
    }

    public static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}
