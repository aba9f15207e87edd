package org.quarryhep.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Contours, curves and reaches computed from a scan's outcomes. */
public final class ScanSummaries {
    private ScanSummaries() {}

    /**
     * A contour family: each variant's lines.
     *
     * @param spec what was asked for
     * @param lines variant ({@code obs}, {@code exp}, ...) to its lines
     */
    public record ContourFamily(Specs.Contour spec, Map<String, List<ContourLine>> lines) {}

    /**
     * A quantity along one parameter.
     *
     * @param spec what was asked for
     * @param x the parameter's values
     * @param series variant to values (NaN where a point failed)
     */
    public record Curve(Specs.Curve spec, List<Double> x, Map<String, List<Double>> series) {}

    /**
     * The largest excluded value along a line, per variant.
     *
     * @param spec what was asked for
     * @param values variant to reach; {@code +∞} never appears: a reach at the end of the scanned
     *     range is reported as that end with {@code atEdge} true for the variant
     * @param atEdge variant to whether the last scanned value was still excluded (a lower bound)
     */
    public record Reach(
            Specs.Reach spec, Map<String, Double> values, Map<String, Boolean> atEdge) {}

    /** The contour families of a 2-D scan, from the plane's fine-grid field. */
    public static List<ContourFamily> contours(
            ScanDefinition def, Plane plane, List<PointOutcome> outcomes) {
        List<ContourFamily> out = new ArrayList<>();
        Set<String> keys = resultKeys(outcomes);
        boolean logX = def.parameters().get(0).log();
        boolean logY = def.parameters().get(1).log();
        for (Specs.Contour c : def.contours()) {
            Map<String, List<ContourLine>> lines = new LinkedHashMap<>();
            for (Map.Entry<String, String> v :
                    variants(c.quantity(), keys, def, "/contours").entrySet()) {
                lines.put(
                        v.getKey(),
                        MarchingSquares.contours(
                                plane.xs(),
                                plane.ys(),
                                plane.field(v.getValue(), c.log()),
                                c.level(),
                                c.log(),
                                logX,
                                logY));
            }
            out.add(new ContourFamily(c, lines));
        }
        return out;
    }

    /** The curves a scan asks for. */
    public static List<Curve> curves(ScanDefinition def, List<PointOutcome> outcomes) {
        List<Curve> out = new ArrayList<>();
        Set<String> keys = resultKeys(outcomes);
        for (Specs.Curve c : def.curves()) {
            List<PointOutcome> line = along(outcomes, c.along(), c.at());
            List<Double> x = new ArrayList<>();
            line.forEach(o -> x.add(o.point().get(c.along())));
            Map<String, List<Double>> series = new LinkedHashMap<>();
            for (Map.Entry<String, String> v :
                    variants(c.quantity(), keys, def, "/curves").entrySet()) {
                List<Double> y = new ArrayList<>();
                line.forEach(o -> y.add(o.value(v.getValue())));
                series.put(v.getKey(), y);
            }
            out.add(new Curve(c, x, series));
        }
        return out;
    }

    /** The reaches a scan asks for. */
    public static List<Reach> reaches(ScanDefinition def, List<PointOutcome> outcomes) {
        List<Reach> out = new ArrayList<>();
        Set<String> keys = resultKeys(outcomes);
        for (Specs.Reach r : def.reaches()) {
            List<PointOutcome> line = along(outcomes, r.along(), r.at());
            boolean logAxis =
                    def.parameters().stream()
                            .filter(a -> a.name().equals(r.along()))
                            .findFirst()
                            .orElseThrow()
                            .log();
            Map<String, Double> values = new LinkedHashMap<>();
            Map<String, Boolean> edge = new LinkedHashMap<>();
            for (Map.Entry<String, String> v :
                    variants(r.quantity(), keys, def, "/reach").entrySet()) {
                double[] x = new double[line.size()];
                double[] q = new double[line.size()];
                for (int k = 0; k < line.size(); k++) {
                    x[k] = line.get(k).point().get(r.along());
                    q[k] = line.get(k).value(v.getValue());
                }
                double reach = reach(x, q, r.level(), r.log(), logAxis);
                values.put(v.getKey(), reach);
                edge.put(
                        v.getKey(),
                        x.length > 0 && reach == x[x.length - 1] && q[x.length - 1] < r.level());
            }
            out.add(new Reach(r, values, edge));
        }
        return out;
    }

    /**
     * The largest x where q is below the level: the last excluded point, moved to where q crosses
     * the level on the way to the next point (interpolating q, in log space when {@code logQ},
     * against x, in log space when {@code logX}). NaN when no point is excluded.
     */
    public static double reach(double[] x, double[] q, double level, boolean logQ, boolean logX) {
        int last = -1;
        for (int k = 0; k < x.length; k++) {
            if (q[k] < level) {
                last = k;
            }
        }
        if (last < 0) {
            return Double.NaN;
        }
        if (last == x.length - 1 || Double.isNaN(q[last + 1])) {
            return x[last];
        }
        double a = logQ ? Math.log(q[last]) : q[last];
        double b = logQ ? Math.log(q[last + 1]) : q[last + 1];
        double l = logQ ? Math.log(level) : level;
        double f = (l - a) / (b - a);
        return logX
                ? Math.exp(Math.log(x[last]) + f * (Math.log(x[last + 1]) - Math.log(x[last])))
                : x[last] + f * (x[last + 1] - x[last]);
    }

    private static List<PointOutcome> along(
            List<PointOutcome> outcomes, String along, Map<String, Double> at) {
        List<PointOutcome> line = new ArrayList<>();
        for (PointOutcome o : outcomes) {
            boolean match = true;
            for (Map.Entry<String, Double> e : at.entrySet()) {
                double v = o.point().get(e.getKey());
                match &= Math.abs(v - e.getValue()) <= 1e-9 * Math.max(1, Math.abs(e.getValue()));
            }
            if (match) {
                line.add(o);
            }
        }
        line.sort((a, b) -> Double.compare(a.point().get(along), b.point().get(along)));
        return line;
    }

    private static Map<String, String> variants(
            String stem, Set<String> keys, ScanDefinition def, String where) {
        Map<String, String> v = Variants.of(stem, keys);
        if (v.isEmpty() && !keys.isEmpty()) {
            throw new ScanException(
                    where
                            + ": no reported quantity '"
                            + stem
                            + "' or its variants (reported: "
                            + keys
                            + ")",
                    def.source());
        }
        return v;
    }

    private static Set<String> resultKeys(List<PointOutcome> outcomes) {
        Set<String> keys = new LinkedHashSet<>();
        outcomes.forEach(o -> keys.addAll(o.results().keySet()));
        return keys;
    }
}
