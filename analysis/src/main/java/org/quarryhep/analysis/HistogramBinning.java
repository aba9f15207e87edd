package org.quarryhep.analysis;

import java.util.List;
import org.quarryhep.config.ConfigNode;

/** Reads a histogram's bin edges: {@code bins: {count, low, high}} or explicit {@code edges}. */
final class HistogramBinning {
    private HistogramBinning() {}

    static double[] edges(ConfigNode h) {
        if (h.has("bins") == h.has("edges")) {
            throw h.error("give exactly one of 'bins: {count, low, high}' or 'edges: [...]'");
        }
        if (h.has("bins")) {
            ConfigNode b = h.get("bins");
            b.allowOnly("count", "low", "high");
            int count = b.get("count").asInt();
            if (count < 1) {
                throw b.get("count").error("count must be >= 1, got " + count);
            }
            double low = b.get("low").asDouble();
            double high = b.get("high").asDouble();
            if (!(high > low)) {
                throw b.get("high").error("high must be > low (" + low + "), got " + high);
            }
            double[] edges = new double[count + 1];
            for (int i = 0; i <= count; i++) {
                edges[i] = low + (high - low) * i / count;
            }
            edges[count] = high;
            return edges;
        }
        List<ConfigNode> list = h.get("edges").asList();
        if (list.size() < 2) {
            throw h.get("edges").error("give at least two edges");
        }
        double[] edges = new double[list.size()];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = list.get(i).asDouble();
            if (i > 0 && !(edges[i] > edges[i - 1])) {
                throw list.get(i)
                        .error(
                                "edges must increase strictly, got "
                                        + edges[i - 1]
                                        + " then "
                                        + edges[i]);
            }
        }
        return edges;
    }
}
