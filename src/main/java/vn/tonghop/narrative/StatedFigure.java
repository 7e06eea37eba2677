package vn.tonghop.narrative;

import java.math.BigDecimal;

/**
 * A figure as a draft states it: where it stands in its passage, as typed, and its value in its unit (money in
 * triệu đồng whatever the text's scale word; a percentage as typed).
 *
 * @param decimals the digits typed after the decimal mark: the precision the text claims
 * @param ratio    0 alone; 1 the part, 2 the whole of "66.313/71.570 triệu đồng"
 */
public record StatedFigure(int start, int end, String typed, BigDecimal value, Unit unit, int decimals, int ratio) {

    public enum Unit {
        MONEY, PERCENT, HOUSEHOLDS, PEOPLE;

        public String csv() {
            return switch (this) {
                case MONEY -> "triệu đồng";
                case PERCENT -> "%";
                case HOUSEHOLDS -> "hộ";
                case PEOPLE -> "người";
            };
        }
    }
}
