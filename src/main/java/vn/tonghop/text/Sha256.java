package vn.tonghop.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 digests the program names things by: file contents, settings, marked copies. */
public final class Sha256 {

    private Sha256() {
    }

    /** A digest to feed; every JVM has SHA-256. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What was fed, as 64 lowercase hex digits. */
    public static String hex(MessageDigest fed) {
        return HexFormat.of().formatHex(fed.digest());
    }

    /** The digest of a text's UTF-8 bytes. */
    public static String of(String text) {
        MessageDigest d = digest();
        d.update(text.getBytes(StandardCharsets.UTF_8));
        return hex(d);
    }
}
