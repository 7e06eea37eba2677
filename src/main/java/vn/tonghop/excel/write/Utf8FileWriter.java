package vn.tonghop.excel.write;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * UTF-8 text into a file through one byte buffer, for the streaming workbook's temporary sheet files.
 * POI writes a cell's XML in a dozen small pieces; through BufferedWriter and OutputStreamWriter each piece
 * took a lock and went through the charset encoder, a fifth of writing a national TongHop.xlsx. One thread
 * writes a sheet, so nothing here locks. A lone surrogate becomes '?', as String.getBytes makes it.
 */
final class Utf8FileWriter extends Writer {

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;
    /** A high surrogate waiting for its low half, or 0. */
    private char high;
    private boolean closed;

    Utf8FileWriter(File file) throws IOException {
        this(new FileOutputStream(file));
    }

    Utf8FileWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset, end = offset + length; i < end; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset, end = offset + length; i < end; i++) {
            put(text.charAt(i));
        }
    }

    private void put(char c) throws IOException {
        if (used > buffer.length - 4) {
            drain();
        }
        if (high != 0) {
            char first = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(first, c);
                buffer[used++] = (byte) (0xF0 | cp >> 18);
                buffer[used++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buffer[used++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buffer[used++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            buffer[used++] = '?';
            if (used > buffer.length - 4) {
                drain();
            }
        }
        if (c < 0x80) {
            buffer[used++] = (byte) c;
        } else if (c < 0x800) {
            buffer[used++] = (byte) (0xC0 | c >> 6);
            buffer[used++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            // Its low half may come with the next piece, as the JDK's encoder allows.
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[used++] = '?';
        } else {
            buffer[used++] = (byte) (0xE0 | c >> 12);
            buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
            buffer[used++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void drain() throws IOException {
        if (closed) {
            throw new IOException("written after close");
        }
        out.write(buffer, 0, used);
        used = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            try {
                if (high != 0) {
                    high = 0;
                    put('?');
                }
                flush();
            } finally {
                closed = true;
                out.close();
            }
        }
    }
}
