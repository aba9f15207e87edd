package org.quarryhep.io;

import java.util.Locale;

/** Compression of an event file, told on reading by magic bytes and on writing by extension. */
public enum Compression {
    /** Plain text. */
    NONE,
    /** gzip (RFC 1952), magic bytes {@code 1f 8b}. */
    GZIP,
    /** Zstandard (RFC 8878), magic bytes {@code 28 b5 2f fd}. */
    ZSTD;

    /**
     * The compression whose magic bytes start {@code head}.
     *
     * @param head the first bytes of a file (may be shorter than four bytes)
     * @param length how many bytes of {@code head} are valid
     * @return the compression; {@link #NONE} when no magic matches
     */
    public static Compression fromMagic(byte[] head, int length) {
        if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        if (length >= 4
                && (head[0] & 0xff) == 0x28
                && (head[1] & 0xff) == 0xb5
                && (head[2] & 0xff) == 0x2f
                && (head[3] & 0xff) == 0xfd) {
            return ZSTD;
        }
        return NONE;
    }

    /** The compression a file name asks for: {@code .gz} gzip, {@code .zst} zstd, else none. */
    public static Compression fromFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            return GZIP;
        }
        if (n.endsWith(".zst") || n.endsWith(".zstd")) {
            return ZSTD;
        }
        return NONE;
    }

    /** The file name without a trailing compression extension. */
    static String stripExtension(String fileName) {
        return switch (fromFileName(fileName)) {
            case GZIP -> fileName.substring(0, fileName.length() - 3);
            case ZSTD -> fileName.substring(0, fileName.lastIndexOf('.'));
            case NONE -> fileName;
        };
    }
}
