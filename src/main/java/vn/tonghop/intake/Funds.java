package vn.tonghop.intake;

import vn.tonghop.text.Fold;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Fund types (ĐTPT investment, SN recurrent) and sources (NSTW central, NSĐP local counterpart)
 * as clerks write them in a column or a section title.
 */
public final class Funds {

    public static final String DTPT = "ĐTPT";
    public static final String SN = "SN";
    public static final String NSTW = "NSTW";
    public static final String NSDP = "NSĐP";

    private static final Pattern LOCAL_BUDGET = Pattern.compile(" (?:ns|ngan sach) (?:tinh|huyen|xa|cap tinh|cap huyen|cap xa) ");

    private Funds() {
    }

    public static Optional<String> fund(String text) {
        String w = " " + Fold.words(text) + " ";
        String k = Fold.key(text);
        if (w.contains(" dtpt ") || k.contains("dautu") || k.equals("dt") || k.equals("vdt") || w.contains(" xdcb ")) {
            return Optional.of(DTPT);
        }
        if (w.contains(" sn ") || k.contains("sunghiep") || k.equals("vsn")) {
            return Optional.of(SN);
        }
        return Optional.empty();
    }

    /** Spacing does not count: "NS TW", "NSTW", "Ngân sách TW"; a province's, district's or commune's budget is local. */
    public static Optional<String> source(String text) {
        String w = " " + Fold.words(text) + " ";
        String k = Fold.key(text);
        if (k.contains("nsdp") || k.contains("doiung") || k.contains("diaphuong") || k.equals("dp")
                || (k.startsWith("ns") || k.contains("ngansach")) && LOCAL_BUDGET.matcher(w).find()) {
            return Optional.of(NSDP);
        }
        if (k.contains("nstw") || k.contains("ngansachtw") || k.contains("trunguong") || k.equals("tw")) {
            return Optional.of(NSTW);
        }
        return Optional.empty();
    }
}
