package vn.tonghop.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The pre-Unicode Vietnamese encodings that old office machines still write: TCVN3 (ABC, fonts
 * .VnTime, .VnArial …) and VNI (VNI-Times …). Excel stores such text as Latin-1 characters that only
 * the legacy font draws as Vietnamese; read as Unicode it looks like "M­êng So".
 */
public enum LegacyEncoding {
    TCVN3,
    VNI;

    /** TCVN3 codes 0xA1–0xFE and the letters they stand for; the gaps are unused. */
    private static final String TCVN3_CODES =
            "\u00A1Ă\u00A2Â\u00A3Ê\u00A4Ô\u00A5Ơ\u00A6Ư\u00A7Đ\u00A8ă\u00A9â\u00AAê\u00ABô\u00ACơ\u00ADư\u00AEđ"
            + "\u00B5à\u00B6ả\u00B7ã\u00B8á\u00B9ạ\u00BBằ\u00BCẳ\u00BDẵ\u00BEắ\u00C6ặ\u00C7ầ\u00C8ẩ\u00C9ẫ\u00CAấ\u00CBậ"
            + "\u00CCè\u00CEẻ\u00CFẽ\u00D0é\u00D1ẹ\u00D2ề\u00D3ể\u00D4ễ\u00D5ế\u00D6ệ\u00D7ì\u00D8ỉ\u00DCĩ\u00DDí\u00DEị"
            + "\u00DFò\u00E1ỏ\u00E2õ\u00E3ó\u00E4ọ\u00E5ồ\u00E6ổ\u00E7ỗ\u00E8ố\u00E9ộ\u00EAờ\u00EBở\u00ECỡ\u00EDớ\u00EEợ"
            + "\u00EFù\u00F1ủ\u00F2ũ\u00F3ú\u00F4ụ\u00F5ừ\u00F6ử\u00F7ữ\u00F8ứ\u00F9ự\u00FAỳ\u00FBỷ\u00FCỹ\u00FDý\u00FEỵ";

    /** VNI: a base letter followed by a mark character, or one character for ơ ư đ and some i/y forms. */
    private static final String[] VNI_CODES = {
        "á", "aù", "à", "aø", "ả", "aû", "ã", "aõ", "ạ", "aï",
        "â", "aâ", "ấ", "aá", "ầ", "aà", "ẩ", "aå", "ẫ", "aã", "ậ", "aä",
        "ă", "aê", "ắ", "aé", "ằ", "aè", "ẳ", "aú", "ẵ", "aü", "ặ", "aë",
        "é", "eù", "è", "eø", "ẻ", "eû", "ẽ", "eõ", "ẹ", "eï",
        "ê", "eâ", "ế", "eá", "ề", "eà", "ể", "eå", "ễ", "eã", "ệ", "eä",
        "ó", "où", "ò", "oø", "ỏ", "oû", "õ", "oõ", "ọ", "oï",
        "ô", "oâ", "ố", "oá", "ồ", "oà", "ổ", "oå", "ỗ", "oã", "ộ", "oä",
        "ơ", "ô", "ớ", "ôù", "ờ", "ôø", "ở", "ôû", "ỡ", "ôõ", "ợ", "ôï",
        "ú", "uù", "ù", "uø", "ủ", "uû", "ũ", "uõ", "ụ", "uï",
        "ư", "ö", "ứ", "öù", "ừ", "öø", "ử", "öû", "ữ", "öõ", "ự", "öï",
        "í", "í", "ì", "ì", "ỉ", "æ", "ĩ", "ó", "ị", "ò",
        "ý", "yù", "ỳ", "yø", "ỷ", "yû", "ỹ", "yõ", "ỵ", "î",
        "đ", "ñ"};

    /** Latin-1 letters that Vietnamese Unicode text really uses; anything else above 0x9F is suspicious. */
    private static final String UNICODE_LATIN1 = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";
    /** Characters below 0xC0 that only TCVN3 uses for letters: VNI's marks all lie at 0xC0 and above. */
    private static final String TCVN3_ONLY = "\u00A7\u00A8\u00A9\u00AB\u00AC\u00AD\u00AE\u00B5\u00B6\u00B7\u00B8\u00B9\u00BB\u00BC\u00BD\u00BE";
    private static final String VNI_MARKS = "øûïöñëäåüæîØÛÏÖÑËÄÅÜÆÎ";

    private static final Map<Character, Character> TCVN3_DECODE = new HashMap<>();
    private static final Map<Character, Character> TCVN3_ENCODE = new HashMap<>();
    private static final Map<String, String> VNI_DECODE = new HashMap<>();
    private static final Map<Character, String> VNI_ENCODE = new HashMap<>();

    static {
        for (int i = 0; i < TCVN3_CODES.length(); i += 2) {
            TCVN3_DECODE.put(TCVN3_CODES.charAt(i), TCVN3_CODES.charAt(i + 1));
            TCVN3_ENCODE.put(TCVN3_CODES.charAt(i + 1), TCVN3_CODES.charAt(i));
        }
        for (int i = 0; i < VNI_CODES.length; i += 2) {
            addVni(VNI_CODES[i], VNI_CODES[i + 1]);
            addVni(VNI_CODES[i].toUpperCase(Locale.ROOT), VNI_CODES[i + 1].toUpperCase(Locale.ROOT));
        }
    }

    private static void addVni(String unicode, String vni) {
        VNI_DECODE.put(vni, unicode);
        VNI_ENCODE.put(unicode.charAt(0), vni);
    }

    /** The encoding a font name implies: ".VnTime", ".VnTimeH", ".VnArial" are TCVN3; "VNI-Times" is VNI. */
    public static Optional<LegacyEncoding> ofFont(String font) {
        String f = font == null ? "" : font.strip().toLowerCase(Locale.ROOT);
        if (f.startsWith(".vn")) {
            return Optional.of(TCVN3);
        }
        return f.startsWith("vni") ? Optional.of(VNI) : Optional.empty();
    }

    /** TCVN3 capitals fonts (.VnTimeH, .VnArialH) draw the lower-case codes as capitals. */
    public static boolean isCapitalsFont(String font) {
        String f = font == null ? "" : font.strip().toLowerCase(Locale.ROOT);
        return f.startsWith(".vn") && f.endsWith("h");
    }

    /**
     * The encoding of a text, by its font first and its characters second. Text whose characters
     * could all be Unicode Vietnamese is left alone unless the font says otherwise.
     */
    public static Optional<LegacyEncoding> detect(String text, String font) {
        Optional<LegacyEncoding> byFont = ofFont(font);
        if (byFont.isPresent()) {
            return byFont;
        }
        boolean odd = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Every code either test looks for lies in 0xA0-0xFF: nearly all of a sheet's text is skipped here.
            if (c < 0xA0 || c > 0xFF) {
                continue;
            }
            if (TCVN3_ONLY.indexOf(c) >= 0) {
                return Optional.of(TCVN3);
            }
            odd |= c != 0xA0 && UNICODE_LATIN1.indexOf(c) < 0;
        }
        if (!odd) {
            return Optional.empty();
        }
        for (char c : text.toCharArray()) {
            if (VNI_MARKS.indexOf(c) >= 0) {
                return Optional.of(VNI);
            }
        }
        return Optional.of(TCVN3);
    }

    /** Unicode NFC for legacy text; {@code capitals} for TCVN3 text drawn in a capitals font. */
    public String decode(String legacy, boolean capitals) {
        StringBuilder out = new StringBuilder(legacy.length());
        if (this == TCVN3) {
            for (char c : legacy.toCharArray()) {
                out.append(TCVN3_DECODE.getOrDefault(c, c));
            }
        } else {
            int i = 0;
            while (i < legacy.length()) {
                String pair = i + 1 < legacy.length() ? legacy.substring(i, i + 2) : null;
                if (pair != null && VNI_DECODE.containsKey(pair)) {
                    out.append(VNI_DECODE.get(pair));
                    i += 2;
                } else {
                    out.append(VNI_DECODE.getOrDefault(legacy.substring(i, i + 1), legacy.substring(i, i + 1)));
                    i++;
                }
            }
        }
        String text = Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
        return capitals ? text.toUpperCase(Locale.ROOT) : text;
    }

    /**
     * Legacy text for Unicode, as an old machine would have typed it. TCVN3 has no toned capitals:
     * they are written as lower-case codes, which only a capitals font shows as capitals.
     */
    public String encode(String unicode) {
        String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length() * 2);
        for (char c : nfc.toCharArray()) {
            if (this == TCVN3) {
                Character code = TCVN3_ENCODE.get(c);
                if (code == null && Character.isUpperCase(c)) {
                    code = TCVN3_ENCODE.get(Character.toLowerCase(c));
                }
                out.append(code == null ? c : code);
            } else {
                out.append(VNI_ENCODE.getOrDefault(c, String.valueOf(c)));
            }
        }
        return out.toString();
    }
}
