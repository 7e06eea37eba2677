package vn.tonghop.report.template;

import vn.tonghop.config.Indicators;
import vn.tonghop.config.Indicators.Indicator;
import vn.tonghop.config.JobsConfig;
import vn.tonghop.config.Unit;
import vn.tonghop.excel.CellRef;
import vn.tonghop.excel.write.Look;
import vn.tonghop.excel.write.SheetWriter;
import vn.tonghop.excel.write.XlsxDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Blank Biểu 02/CT: the indicators the unit reports, a Kế hoạch and a Thực hiện column for every year
 * of the programme, and the cumulative as a formula. A rate whose numerator and denominator are on the
 * sheet is a formula too, so it cannot disagree with them.
 */
final class IndicatorTemplate implements FormTemplate {

    private static final int FIRST_ROW = 9;
    private static final int FIXED = 4;
    private static final Look INPUT = FormHead.BOX.format(Look.Format.AMOUNT).editable();
    private static final Look FORMULA = FormHead.BOX.format(Look.Format.RATE).fill(Look.Fill.NOTE);

    private final JobsConfig config;

    IndicatorTemplate(JobsConfig config) {
        this.config = config;
    }

    @Override
    public void write(Path file, Unit unit, int year) throws IOException {
        int first = config.tolerances().firstYear();
        int last = config.tolerances().lastYear();
        int years = last - first + 1;
        int cumulative = FIXED + 2 * years;
        try (XlsxDocument doc = FormHead.document(config)) {
            SheetWriter s = doc.sheet("02-CT");
            FormHead.lines(s, unit, "02/CT", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHƯƠNG TRÌNH MTQG GIẢM NGHÈO BỀN VỮNG"
                    + " GIAI ĐOẠN " + first + "-" + last, year, false);
            header(s, first, last, cumulative);
            List<Indicator> indicators = reportedBy(unit);
            Map<String, Integer> rowOf = new HashMap<>();
            for (int i = 0; i < indicators.size(); i++) {
                rowOf.put(indicators.get(i).code(), FIRST_ROW + i);
            }
            for (int i = 0; i < indicators.size(); i++) {
                Indicator indicator = indicators.get(i);
                int r = FIRST_ROW + i;
                s.text(r, 0, String.valueOf(i + 1), FormHead.BOX.align(Look.Align.CENTER))
                        .text(r, 1, indicator.name(), FormHead.BOX).text(r, 2, indicator.code(), FormHead.BOX)
                        .text(r, 3, indicator.unit(), FormHead.BOX.align(Look.Align.CENTER));
                Integer num = rowOf.get(indicator.numerator());
                Integer den = rowOf.get(indicator.denominator());
                boolean computed = indicator.aggregation() == Indicators.Aggregation.RATIO && num != null && den != null;
                List<String> actuals = new ArrayList<>();
                for (int c = FIXED; c < cumulative; c++) {
                    if (computed) {
                        s.formula(r, c, ratio(CellRef.name(num, c), CellRef.name(den, c), indicator.isPercentage()), null, FORMULA);
                    } else {
                        s.blank(r, c, INPUT);
                    }
                    if ((c - FIXED) % 2 == 1) {
                        actuals.add(CellRef.name(r, c));
                    }
                }
                if (indicator.aggregation() == Indicators.Aggregation.SUM) {
                    String all = String.join(",", actuals);
                    s.formula(r, cumulative, "IF(COUNT(" + all + ")=0,\"\",SUM(" + all + "))", null,
                            FORMULA.format(Look.Format.AMOUNT));
                } else {
                    s.blank(r, cumulative, FormHead.BOX);
                }
                s.blank(r, cumulative + 1, FormHead.BOX.editable());
            }
            FormHead.signatures(s, FIRST_ROW + indicators.size() + 1, 1, cumulative - 3);
            s.freeze(FIRST_ROW, 2).printA4Landscape(6, 8).protect();
            doc.save(file);
        }
    }

    /** The unit's own indicators; a unit that reports none of the catalogue's gets them all. */
    private List<Indicator> reportedBy(Unit unit) {
        List<Indicator> own = config.indicators().all().stream()
                .filter(i -> unit.isCommune() ? i.byCommunes() : i.reportedBy().equals(unit.code())).toList();
        return own.isEmpty() ? config.indicators().all() : own;
    }

    private static String ratio(String num, String den, boolean percent) {
        return "IF(OR(COUNT(" + num + ")=0,COUNT(" + den + ")=0),\"\",IF(" + den + "=0,\"\",ROUND(" + num + "/" + den
                + (percent ? "*100" : "") + ",2)))";
    }

    private static void header(SheetWriter s, int first, int last, int cumulative) {
        String[] fixed = {"TT", "Chỉ tiêu", "Mã", "Đơn vị tính"};
        int[] widths = {5, 44, 7, 9};
        for (int c = 0; c < FIXED; c++) {
            s.text(6, c, fixed[c], FormHead.HEAD).blank(7, c, FormHead.HEAD).merge(6, 7, c, c).width(c, widths[c]);
        }
        for (int y = first; y <= last; y++) {
            int c = FIXED + 2 * (y - first);
            s.text(6, c, "Năm " + y, FormHead.HEAD).blank(6, c + 1, FormHead.HEAD).merge(6, 6, c, c + 1);
            s.text(7, c, "Kế hoạch", FormHead.HEAD).text(7, c + 1, "Thực hiện", FormHead.HEAD);
            s.width(c, 10).width(c + 1, 10);
        }
        s.text(6, cumulative, "Lũy kế " + first + "-" + last, FormHead.HEAD).blank(7, cumulative, FormHead.HEAD)
                .merge(6, 7, cumulative, cumulative).width(cumulative, 11);
        s.text(6, cumulative + 1, "Ghi chú", FormHead.HEAD).blank(7, cumulative + 1, FormHead.HEAD)
                .merge(6, 7, cumulative + 1, cumulative + 1).width(cumulative + 1, 14);
        for (int c = 0; c <= cumulative + 1; c++) {
            s.text(8, c, "(" + (c + 1) + ")", FormHead.NUMBERING);
        }
        s.rowHeight(6, 30);
    }
}
