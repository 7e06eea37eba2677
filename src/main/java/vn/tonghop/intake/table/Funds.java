package vn.tonghop.intake.table;

import vn.tonghop.staging.Fund;
import vn.tonghop.text.Fold;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fund types (ĐTPT investment, SN recurrent) and sources (NSTW central, NSĐP local counterpart)
 * as clerks write them in a column or a section title.
 */
public final class Funds {

    private static final Pattern LOCAL_BUDGET = Pattern.compile(" (?:ns|ngan sach) (?:tinh|huyen|xa|cap tinh|cap huyen|cap xa) ");

    /** A level of local government alone in a source column: its budget is local. */
    private static final Set<String> LOCAL_LEVEL = Set.of("tinh", "huyen", "xa", "nstinh", "nshuyen", "nsxa");

    private Funds() {
    }

    public static Optional<String> fund(String text) {
        String w = " " + Fold.words(text) + " ";
        String k = Fold.key(text);
        if (w.contains(" dtpt ") || k.contains("dautu") || k.equals("dt") || k.equals("vdt") || w.contains(" xdcb ")
                || w.contains(" von dt ") || k.equals("dtu")) {
            return Optional.of(Fund.DTPT);
        }
        // Recurrent spending ("chi thường xuyên") is what the programme's sự nghiệp money is.
        if (w.contains(" sn ") || k.contains("sunghiep") || k.equals("vsn") || k.contains("thuongxuyen")) {
            return Optional.of(Fund.SN);
        }
        return Optional.empty();
    }

    /** Spacing does not count: "NS TW", "NSTW", "Ngân sách TW"; a province's, district's or commune's budget is local. */
    public static Optional<String> source(String text) {
        String w = " " + Fold.words(text) + " ";
        String k = Fold.key(text);
        if (k.contains("nsdp") || k.contains("doiung") || k.contains("diaphuong") || k.equals("dp")
                || (k.startsWith("ns") || k.contains("ngansach")) && LOCAL_BUDGET.matcher(w).find()) {
            return Optional.of(Fund.NSDP);
        }
        if (LOCAL_LEVEL.contains(k)) {
            return Optional.of(Fund.NSDP);
        }
        // "NSTƯ": Ư folds to u.
        if (k.contains("nstw") || k.equals("nstu") || k.contains("ngansachtw") || k.contains("trunguong") || k.equals("tw")
                || w.contains(" von tw ")) {
            return Optional.of(Fund.NSTW);
        }
        return Optional.empty();
    }
}
