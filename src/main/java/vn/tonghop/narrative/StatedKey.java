package vn.tonghop.narrative;

import java.util.StringJoiner;

/**
 * What a figure of the draft states: of which line of the schedules (the programme, a project or a sub-project),
 * which fund and source if it says one, which year or the whole period so far, and which measure.
 *
 * @param scope   "" for the whole programme, else a catalogue code
 * @param year    null for the period ("lũy kế", "giai đoạn 2021-2024")
 * @param measure plan, available, allocated, carry_in, disbursed or rate
 */
public record StatedKey(String scope, String fund, String source, Integer year, String measure) {

    /** As narrative.csv writes it: "DA1.1 ĐTPT 2022 disbursed", "toàn chương trình lũy kế allocated". */
    @Override
    public String toString() {
        StringJoiner s = new StringJoiner(" ");
        s.add(scope.isEmpty() ? "toàn chương trình" : scope);
        if (fund != null) {
            s.add(fund);
        }
        if (source != null) {
            s.add(source);
        }
        s.add(year == null ? "lũy kế" : String.valueOf(year));
        s.add(measure);
        return s.toString();
    }
}
