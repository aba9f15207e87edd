package org.quarryhep.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" hints: the allowed word nearest to a misspelt one by edit distance. */
final class Suggestions {
    private Suggestions() {}

    /**
     * The allowed word closest to {@code word}, if it is close enough to be a likely misspelling:
     * an edit distance (Levenshtein, case-insensitive) of at most 2, or a third of the word's
     * length for long words.
     */
    static Optional<String> nearest(String word, List<String> allowed) {
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int d = distance(w, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int limit = Math.max(2, w.length() / 3);
        return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    /** Levenshtein distance with unit costs for insertion, deletion and substitution. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
