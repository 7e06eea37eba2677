package vn.tonghop.excel.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.xml.stream.XMLStreamException;

/**
 * A part of a workbook (a worksheet, the shared strings, the styles, the workbook and its relationships)
 * read straight from its bytes: the parts spreadsheet programs write need far less than a whole XML parser,
 * and parsing them is most of a reader thread's time (the README's performance section has the figures).
 *
 * <p>This knows UTF-8, the five predefined entities, character references, comments, processing
 * instructions and prefixed names, and nothing more. Anything else (a DOCTYPE, CDATA, another encoding,
 * malformed UTF-8, a character XML forbids, a tag cut off, a part over {@link #MAX_BYTES}) is
 * {@link Unknown}: the caller reads the part again with StAX, which decides as it always did.
 */
public final class LeanXml implements XmlPull {

    /** Larger parts (a 200,000-row sheet) are streamed through StAX rather than held whole. */
    static final int MAX_BYTES = 8 << 20;

    /** Something this reader does not vouch for: read the part with StAX instead. */
    public static final class Unknown extends XMLStreamException {
        Unknown(String message) {
            super(message);
        }
    }

    /** The names the readers ask for, kept so that a tag's name is compared, not made into a new string each time. */
    private static final String[] KNOWN = {"c", "v", "f", "t", "r", "is", "si", "row", "col", "rPh", "mergeCell",
            "sheetData", "cols", "mergeCells"};
    private static final byte[][] KNOWN_BYTES = new byte[KNOWN.length][];

    static {
        for (int i = 0; i < KNOWN.length; i++) {
            KNOWN_BYTES[i] = KNOWN[i].getBytes(StandardCharsets.US_ASCII);
        }
    }

    private final byte[] b;
    private final int end;
    private int p;
    private int nameStart;
    private int tagStart;
    private int localStart;
    private int nameEnd;
    private int attributesStart;
    private int attributesEnd;
    /** A start tag that closed itself ("<c r='A1'/>"): its end comes next. */
    private boolean endPending;
    private CharsetDecoder utf8;
    /** Name and value bounds of each attribute of the current tag, found once: a cell is asked for three. */
    private int[] spans = new int[32];
    private int attributeCount;
    private int attributesOf = -1;

    /** The part's bytes, or null when it is over {@link #MAX_BYTES}. */
    static byte[] bytes(InputStream in) throws IOException {
        byte[] all = in.readNBytes(MAX_BYTES + 1);
        return all.length > MAX_BYTES ? null : all;
    }

    public LeanXml(byte[] bytes) throws Unknown {
        this.b = bytes;
        this.end = bytes.length;
        if (end >= 2 && (u(0) == 0xFE && u(1) == 0xFF || u(0) == 0xFF && u(1) == 0xFE)) {
            throw new Unknown("UTF-16");
        }
        if (end >= 3 && u(0) == 0xEF && u(1) == 0xBB && u(2) == 0xBF) {
            p = 3;
        }
        if (startsWith(p, "<?xml")) {
            int close = indexOf("?>", p);
            if (close < 0) {
                throw new Unknown("declaration not closed");
            }
            String declaration = new String(b, p, close - p, StandardCharsets.ISO_8859_1).toLowerCase();
            int at = declaration.indexOf("encoding");
            if (at >= 0 && !declaration.substring(at).matches("encoding\\s*=\\s*[\"']utf-8[\"'][\\s\\S]*")) {
                throw new Unknown("not UTF-8");
            }
            p = close + 2;
        }
    }

    private int u(int i) {
        return b[i] & 0xFF;
    }

    @Override
    public int next() throws Unknown {
        if (endPending) {
            endPending = false;
            return END;
        }
        if (p >= end) {
            return END_OF_PART;
        }
        if (b[p] != '<') {
            int lt = indexOf('<', p);
            p = lt < 0 ? end : lt;
            return OTHER;
        }
        tagStart = p;
        if (p + 1 >= end) {
            throw new Unknown("part ends in a tag");
        }
        byte c = b[p + 1];
        if (c == '/') {
            endTag();
            return END;
        }
        if (c == '?' || c == '!') {
            skipMarkup();
            return OTHER;
        }
        p++;
        name();
        attributesStart = p;
        while (p < end) {
            byte x = b[p];
            if (x == '"' || x == '\'') {
                int q = indexOf(x, p + 1);
                if (q < 0) {
                    break;
                }
                p = q + 1;
            } else if (x == '>') {
                attributesEnd = p++;
                return START;
            } else if (x == '/' && p + 1 < end && b[p + 1] == '>') {
                attributesEnd = p;
                p += 2;
                endPending = true;
                return START;
            } else if (x == '<') {
                break;
            } else {
                p++;
            }
        }
        throw new Unknown("tag not closed at byte " + attributesStart);
    }

    /** A comment or processing instruction is passed over; a DOCTYPE or CDATA is not for this reader. */
    private void skipMarkup() throws Unknown {
        String close = startsWith(p, "<!--") ? "-->" : b[p + 1] == '?' ? "?>" : null;
        int at = close == null ? -1 : indexOf(close, p + 2);
        if (at < 0) {
            throw new Unknown("markup this reader does not know at byte " + p);
        }
        p = at + close.length();
    }

    private void endTag() throws Unknown {
        p += 2;
        name();
        while (p < end && space(b[p])) {
            p++;
        }
        if (p >= end || b[p] != '>') {
            throw new Unknown("end tag not closed at byte " + p);
        }
        p++;
    }

    private void name() throws Unknown {
        nameStart = p;
        localStart = p;
        while (p < end) {
            byte x = b[p];
            if (space(x) || x == '>' || x == '/' || x == '=' || x == '<') {
                break;
            }
            if (x == ':') {
                localStart = p + 1;
            }
            p++;
        }
        nameEnd = p;
        if (nameEnd == nameStart) {
            throw new Unknown("tag without a name at byte " + p);
        }
    }

    private static boolean space(byte x) {
        return x == ' ' || x == '\n' || x == '\r' || x == '\t';
    }

    @Override
    public String localName() {
        int length = nameEnd - localStart;
        for (int k = 0; k < KNOWN.length; k++) {
            if (Arrays.equals(b, localStart, nameEnd, KNOWN_BYTES[k], 0, KNOWN_BYTES[k].length)) {
                return KNOWN[k];
            }
        }
        return new String(b, localStart, length, StandardCharsets.UTF_8);
    }

    @Override
    public String attribute(String name) throws Unknown {
        int at = find(name);
        return at < 0 ? null : text(spans[at + 2], spans[at + 3], true);
    }

    /** Where in {@link #spans} the current start tag's attribute of that name (as written) is; -1 when absent. */
    private int find(String name) throws Unknown {
        int count = attributes();
        for (int k = 0; k < count; k++) {
            int at = 4 * k;
            int start = spans[at];
            if (spans[at + 1] - start == name.length() && asciiEquals(start, name)) {
                return at;
            }
        }
        return -1;
    }

    /** How many attributes the current start tag has; they are split on the first asking. */
    private int attributes() throws Unknown {
        if (attributesOf != attributesStart) {
            splitAttributes();
        }
        return attributeCount;
    }

    /** Where the current tag begins: its '<'. */
    public int tagStart() {
        return tagStart;
    }

    /** Just past the current tag's '>'; for the end of an element that closed itself, past that same tag. */
    public int tagEnd() {
        return p;
    }

    /** Whether the start tag just read closed itself ("<c r='A1'/>"). */
    public boolean selfClosing() {
        return endPending;
    }

    /** The current element's prefix ("x" of "x:row"), or null. */
    public String prefix() {
        return localStart == nameStart ? null : new String(b, nameStart, localStart - 1 - nameStart, StandardCharsets.UTF_8);
    }

    /**
     * Where an attribute of the current start tag is, by its name as written: {start of the white space before
     * it, start of its value, end of its value (the closing quote)}; null when absent.
     */
    public int[] attributeSpan(String name) throws Unknown {
        int at = find(name);
        if (at < 0) {
            return null;
        }
        int before = spans[at];
        while (before > attributesStart && space(b[before - 1])) {
            before--;
        }
        return new int[] {before, spans[at + 2], spans[at + 3]};
    }

    /** The prefix the current start tag declares for a namespace ("r" of xmlns:r="…"), or null. */
    public String prefixBoundTo(String uri) throws Unknown {
        int count = attributes();
        for (int k = 0; k < count; k++) {
            int start = spans[4 * k];
            int stop = spans[4 * k + 1];
            if (stop - start > 6 && asciiEquals(start, "xmlns:") && uri.equals(text(spans[4 * k + 2], spans[4 * k + 3], true))) {
                return new String(b, start + 6, stop - start - 6, StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Override
    public String anyPrefixAttribute(String localName) throws Unknown {
        int count = attributes();
        for (int k = 0; k < count; k++) {
            int start = spans[4 * k];
            int stop = spans[4 * k + 1];
            int local = start;
            for (int i = start; i < stop; i++) {
                if (b[i] == ':') {
                    local = i + 1;
                }
            }
            boolean declaration = local - start == 6 && asciiEquals(start, "xmlns:")
                    || stop - start == 5 && asciiEquals(start, "xmlns");
            if (!declaration && stop - local == localName.length() && asciiEquals(local, localName)) {
                return text(spans[4 * k + 2], spans[4 * k + 3], true);
            }
        }
        return null;
    }

    private void splitAttributes() throws Unknown {
        attributeCount = 0;
        attributesOf = attributesStart;
        int i = attributesStart;
        while (true) {
            while (i < attributesEnd && space(b[i])) {
                i++;
            }
            if (i >= attributesEnd) {
                return;
            }
            int start = i;
            while (i < attributesEnd && !space(b[i]) && b[i] != '=') {
                i++;
            }
            int stop = i;
            while (i < attributesEnd && space(b[i])) {
                i++;
            }
            if (i >= attributesEnd || b[i] != '=') {
                throw new Unknown("attribute without a value at byte " + start);
            }
            i++;
            while (i < attributesEnd && space(b[i])) {
                i++;
            }
            byte quote = i < attributesEnd ? b[i] : 0;
            int close = quote == '"' || quote == '\'' ? indexOf(quote, i + 1) : -1;
            if (close < 0 || close > attributesEnd) {
                throw new Unknown("attribute value not quoted at byte " + i);
            }
            if (4 * attributeCount + 4 > spans.length) {
                spans = Arrays.copyOf(spans, spans.length * 2);
            }
            int at = 4 * attributeCount++;
            spans[at] = start;
            spans[at + 1] = stop;
            spans[at + 2] = i + 1;
            spans[at + 3] = close;
            i = close + 1;
        }
    }

    private boolean asciiEquals(int at, String name) {
        for (int i = 0; i < name.length(); i++) {
            if (b[at + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String elementText() throws Unknown {
        if (endPending) {
            endPending = false;
            return "";
        }
        int ownStart = nameStart;
        int ownEnd = nameEnd;
        StringBuilder joined = null;
        String text = "";
        while (true) {
            int lt = indexOf('<', p);
            if (lt < 0) {
                throw new Unknown("part ends in an element");
            }
            String piece = text(p, lt, false);
            if (joined != null) {
                joined.append(piece);
            } else if (text.isEmpty()) {
                text = piece;
            } else {
                joined = new StringBuilder(text).append(piece);
            }
            p = lt;
            if (lt + 1 < end && b[lt + 1] == '/') {
                endTag();
                if (!Arrays.equals(b, nameStart, nameEnd, b, ownStart, ownEnd)) {
                    throw new Unknown("end tag does not match at byte " + nameStart);
                }
                return joined == null ? text : joined.toString();
            }
            if (!startsWith(lt, "<!--") && !startsWith(lt, "<?")) {
                throw new Unknown("an element or CDATA inside a text at byte " + lt);
            }
            skipMarkup();
        }
    }

    /**
     * Character data as XML gives it: entities replaced, line ends as "\n" and, in an attribute, white space as
     * a space. Plain ASCII, most of a sheet, is taken as it is.
     */
    private String text(int from, int to, boolean attribute) throws Unknown {
        boolean plain = true;
        boolean ascii = true;
        for (int i = from; i < to && plain; i++) {
            byte x = b[i];
            ascii &= x >= 0;
            plain = x < 0 || x >= 0x20 && x != '&';
        }
        if (plain && ascii) {
            return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        }
        if (plain) {
            // Vietnamese text without entities or line ends. The JDK's decoding is lenient, so a replacement
            // character (or a non-character) in its result sends the text to the strict decoder below.
            String vietnamese = new String(b, from, to - from, StandardCharsets.UTF_8);
            if (vietnamese.indexOf('\uFFFD') < 0 && vietnamese.indexOf('\uFFFE') < 0 && vietnamese.indexOf('\uFFFF') < 0) {
                return vietnamese;
            }
        }
        String raw = decode(from, to);
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch == '&') {
                int semi = raw.indexOf(';', i);
                if (semi < 0) {
                    throw new Unknown("entity not closed");
                }
                entity(raw.substring(i + 1, semi), out);
                i = semi;
            } else if (ch == '\r') {
                if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                    continue;
                }
                out.append(attribute ? ' ' : '\n');
            } else if (ch == '\n' || ch == '\t') {
                out.append(attribute ? ' ' : ch);
            } else if (ch < 0x20 || ch == '\uFFFE' || ch == '\uFFFF') {
                throw new Unknown("a character XML forbids");
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private String decode(int from, int to) throws Unknown {
        if (utf8 == null) {
            utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        try {
            return utf8.reset().decode(ByteBuffer.wrap(b, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            throw new Unknown("not UTF-8");
        }
    }

    private static void entity(String name, StringBuilder out) throws Unknown {
        switch (name) {
            case "lt" -> out.append('<');
            case "gt" -> out.append('>');
            case "amp" -> out.append('&');
            case "quot" -> out.append('"');
            case "apos" -> out.append('\'');
            default -> {
                int code;
                try {
                    code = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                            : name.startsWith("#") ? Integer.parseInt(name.substring(1)) : -1;
                } catch (NumberFormatException e) {
                    code = -1;
                }
                boolean allowed = code == 0x9 || code == 0xA || code == 0xD || code >= 0x20 && code <= 0xD7FF
                        || code >= 0xE000 && code <= 0xFFFD || code >= 0x10000 && code <= 0x10FFFF;
                if (!allowed) {
                    throw new Unknown("entity &" + name + ";");
                }
                out.appendCodePoint(code);
            }
        }
    }

    private boolean startsWith(int at, String s) {
        return at + s.length() <= end && asciiEquals(at, s);
    }

    private int indexOf(byte x, int from) {
        for (int i = from; i < end; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }

    private int indexOf(char x, int from) {
        return indexOf((byte) x, from);
    }

    private int indexOf(String s, int from) {
        for (int i = from; i + s.length() <= end; i++) {
            if (asciiEquals(i, s)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() {
        // Nothing is held but the bytes.
    }
}
