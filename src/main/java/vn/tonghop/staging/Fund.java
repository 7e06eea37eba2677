package vn.tonghop.staging;

/**
 * The fund types (ĐTPT investment, SN recurrent) and sources (NSTW central, NSĐP local counterpart) as the
 * staging tables and facts.csv hold them.
 */
public final class Fund {

    public static final String DTPT = "ĐTPT";
    public static final String SN = "SN";
    public static final String NSTW = "NSTW";
    public static final String NSDP = "NSĐP";

    private Fund() {
    }
}
