package org.quarryhep.io.hepmc;

/**
 * HepMC3's escaping of strings, so that a string stays on one line: a backslash is written {@code
 * \\} and a line break {@code \|}. The reader and the writer share it, so that the two directions
 * cannot drift apart.
 */
final class HepMc3Strings {
    private HepMc3Strings() {}

    /** Escapes as HepMC3 does. */
    static String escape(String s) {
        if (s.indexOf('\n') < 0 && s.indexOf('\\') < 0) {
            return s;
        }
        return s.replace("\\", "\\\\").replace("\n", "\\|");
    }

    /** Undoes {@link #escape}; any other backslash stays as it is. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\'
                    && i + 1 < s.length()
                    && (s.charAt(i + 1) == '|' || s.charAt(i + 1) == '\\')) {
                sb.append(s.charAt(++i) == '|' ? '\n' : '\\');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
