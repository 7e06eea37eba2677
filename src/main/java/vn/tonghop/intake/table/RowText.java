package vn.tonghop.intake.table;

import vn.tonghop.text.Fold;

import java.util.List;
import java.util.regex.Pattern;

/** Recognises the rows of a form that are not about one project: totals, fund sections, signatures. */
public final class RowText {

    private static final Pattern LEADING_NUMBERING = Pattern.compile("^(?:(?:phan|muc) )?(?:[a-z]|[ivx]+|\\d+)\\s+");
    private static final Pattern SECTION = Pattern.compile(
            "^(?:von|nguon von|kinh phi|nguon)?\\s*(?:dau tu phat trien|dau tu|su nghiep|dtpt|sn|doi ung|ngan sach dia phuong|ngan sach trung uong)\\b.*");
    private static final List<String> SIGNATURES = List.of("nguoi lap bieu", "nguoi lap", "thu truong don vi",
            "kt chu tich", "tm uy ban nhan dan", "tm ubnd", "ke toan truong", "xac nhan cua", "chu tich", "pho chu tich",
            "kt giam doc", "giam doc", "kt truong phong", "truong phong", "thu truong co quan", "lanh dao don vi",
            "nguoi tong hop", "can bo tong hop", "tm ban quan ly", "ke toan");

    private RowText() {
    }

    private static String bare(String label) {
        return LEADING_NUMBERING.matcher(Fold.words(label)).replaceFirst("");
    }

    public static boolean isGrandTotal(String label) {
        String w = Fold.words(label);
        return isPlainGrandTotal(label) || w.startsWith("tong cong ") || WHOLE_UNIT.matcher(w).matches();
    }

    /** "Cộng chung", "Cộng toàn xã", "Cộng tất cả": a "Cộng" that says it adds up everything, not a section. */
    private static final Pattern WHOLE_UNIT = Pattern.compile("^cong (?:chung|tat ca|ca|toan (?:xa|huyen|don vi|thi tran|bieu|bo))\\b.*");

    /** "Tổng cộng" and nothing more: not "Tổng cộng vốn ĐTPT", which may total a section. */
    public static boolean isPlainGrandTotal(String label) {
        String w = Fold.words(label);
        return w.equals("tong cong") || w.equals("tong so") || w.equals("tong") || w.equals("cong tong");
    }

    /** "Cộng", "Cộng A": a typed subtotal closing the section above it. */
    public static boolean isSectionSum(String label) {
        String w = bare(label);
        return (w.equals("cong") || w.startsWith("cong ")) && !WHOLE_UNIT.matcher(w).matches();
    }

    public static boolean isSectionTitle(String label) {
        String w = bare(label);
        return !w.startsWith("du an") && !w.startsWith("tieu du an") && SECTION.matcher(w).matches();
    }

    /** "Trong đó:", "Trong đó: vốn đối ứng": a part of the row above, not a row of its own. */
    public static boolean isOfWhich(String label) {
        return Fold.words(label).startsWith("trong do");
    }

    public static boolean isSignature(String cellText) {
        String w = Fold.words(cellText);
        return SIGNATURES.stream().anyMatch(w::startsWith);
    }
}
