package org.quarryhep.scan;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scan as its file defines it: parameters and their values, constraints, what each point runs and
 * reports, refinement, contours, curves, reaches and projections. Read one with {@link ScanFile}.
 *
 * @param name the scan's name
 * @param source the file it came from (for messages and provenance)
 * @param seed the scan seed every point's seed derives from
 * @param parameters the scanned parameters, in file order
 * @param constraints conditions a point must satisfy to run
 * @param runner what each point runs
 * @param report the quantities written per point (empty: all the runner gives)
 * @param refinement adaptive refinement of a 2-D grid, if asked for
 * @param contours contour families (2-D scans)
 * @param curves quantity-versus-parameter curves
 * @param reaches largest excluded values along lines
 * @param projections luminosity projections
 */
public record ScanDefinition(
        String name,
        String source,
        long seed,
        List<ParameterAxis> parameters,
        List<Constraint> constraints,
        Specs.Runner runner,
        List<String> report,
        Optional<Specs.Refinement> refinement,
        List<Specs.Contour> contours,
        List<Specs.Curve> curves,
        List<Specs.Reach> reaches,
        List<Specs.Projection> projections)
        implements Serializable {
    /** Copies the lists. */
    public ScanDefinition {
        parameters = List.copyOf(parameters);
        constraints = List.copyOf(constraints);
        report = List.copyOf(report);
        contours = List.copyOf(contours);
        curves = List.copyOf(curves);
        reaches = List.copyOf(reaches);
        projections = List.copyOf(projections);
    }

    /** Whether a point satisfies every constraint. */
    public boolean allowed(Map<String, Double> parameters) {
        for (Constraint c : constraints) {
            if (!c.test(parameters)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every allowed point of the full grid (the product of the parameters' values), in the stable
     * order: the first parameter varies slowest.
     */
    public List<ScanPoint> gridPoints() {
        List<ScanPoint> out = new ArrayList<>();
        addPoints(0, new LinkedHashMap<>(), out);
        return out;
    }

    private void addPoints(int axis, LinkedHashMap<String, Double> at, List<ScanPoint> out) {
        if (axis == parameters.size()) {
            if (allowed(at)) {
                out.add(ScanPoint.of(seed, at));
            }
            return;
        }
        ParameterAxis a = parameters.get(axis);
        for (double v : a.values()) {
            at.put(a.name(), v);
            addPoints(axis + 1, at, out);
        }
        at.remove(a.name());
    }

    /**
     * Text identifying what a point computes, apart from its coordinates and seed: the runner, the
     * reported quantities and the projections. The point cache keys on it, so changing any of them
     * reruns every point.
     */
    public String runnerFingerprint() {
        return runner + "|" + report + "|" + projections;
    }
}
