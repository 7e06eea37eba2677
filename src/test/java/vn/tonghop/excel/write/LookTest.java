package vn.tonghop.excel.write;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Look's equals and hashCode are written out; each part of a look must still tell two looks apart. */
class LookTest {

    @Test
    void looksBuiltAlikeAreEqualAndOneChangeInAnyPartMakesAnother() {
        Look base = Look.CELL.format(Look.Format.AMOUNT);
        assertThat(Look.CELL.format(Look.Format.AMOUNT)).isEqualTo(base).hasSameHashCodeAs(base);

        List<UnaryOperator<Look>> changes = List.of(Look::bold, Look::italic, l -> l.align(Look.Align.CENTER),
                l -> l.format(Look.Format.RATE), l -> new Look(l.isBold(), l.isItalic(), l.align(), l.format(), false,
                        l.wraps(), l.sizeDelta(), l.fill(), l.isEditable()),
                l -> new Look(l.isBold(), l.isItalic(), l.align(), l.format(), l.hasBorder(), false, l.sizeDelta(),
                        l.fill(), l.isEditable()),
                l -> new Look(l.isBold(), l.isItalic(), l.align(), l.format(), l.hasBorder(), l.wraps(), 2, l.fill(),
                        l.isEditable()),
                l -> l.fill(Look.Fill.ERROR),
                l -> new Look(l.isBold(), l.isItalic(), l.align(), l.format(), l.hasBorder(), l.wraps(), l.sizeDelta(),
                        l.fill(), true));
        for (UnaryOperator<Look> change : changes) {
            Look other = change.apply(base);
            assertThat(other).isNotEqualTo(base);
            assertThat(other.hashCode()).isNotEqualTo(base.hashCode());
        }
    }
}
