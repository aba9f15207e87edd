package org.quarryhep.report.model;

import java.util.List;

/** Consistency checks shared by the records' constructors. */
final class Checks {
    private Checks() {}

    static void require(boolean ok, String message) {
        if (!ok) {
            throw new ResultsException(message, null);
        }
    }

    static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : List.copyOf(l);
    }

    static void length(double[] a, int n, String what) {
        require(a != null, what + " is required");
        require(a.length == n, what + " has " + a.length + " entries, expected " + n);
    }

    static void optionalLength(double[] a, int n, String what) {
        if (a != null) {
            length(a, n, what);
        }
    }

    static void edges(double[] edges, String what) {
        require(edges != null && edges.length >= 2, what + " needs at least two bin edges");
        for (int i = 1; i < edges.length; i++) {
            require(
                    edges[i] > edges[i - 1],
                    what
                            + " must increase, but edge "
                            + i
                            + " is "
                            + edges[i]
                            + " after "
                            + edges[i - 1]);
        }
    }
}
