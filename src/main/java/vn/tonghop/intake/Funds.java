package vn.tonghop.intake;

import vn.tonghop.text.Fold;

import java.util.Optional;

/**
 * Fund types (ĐTPT investment, SN recurrent) and sources (NSTW central, NSĐP local counterpart)
 * as clerks write them in a column or a section title.
 */
public final class Funds {

    public static final String DTPT = "ĐTPT";
    public static final String SN = "SN";
    public static final String NSTW = "NSTW";
    public static final String NSDP = "NSĐP";

    private Funds() {
    }

    public static Optional<String> fund(String text) {
        String w = " " + Fold.words(text) + " ";
        if (w.contains(" dtpt ") || w.contains(" dau tu ") || w.equals(" dt ") || w.contains(" xdcb ")) {
            return Optional.of(DTPT);
        }
        if (w.contains(" sn ") || w.contains(" su nghiep ")) {
            return Optional.of(SN);
        }
        return Optional.empty();
    }

    public static Optional<String> source(String text) {
        String w = " " + Fold.words(text) + " ";
        if (w.contains(" nsdp ") || w.contains(" doi ung ") || w.contains(" dia phuong ") || w.equals(" dp ")) {
            return Optional.of(NSDP);
        }
        if (w.contains(" nstw ") || w.contains(" trung uong ") || w.equals(" tw ")) {
            return Optional.of(NSTW);
        }
        return Optional.empty();
    }
}
