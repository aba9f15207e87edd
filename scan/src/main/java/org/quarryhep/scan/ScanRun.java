package org.quarryhep.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a scan: the grid (or the refined plane) on an executor, cached points reused when resuming,
 * then contours, curves and reaches.
 */
public final class ScanRun {
    private final ScanExecutor executor;
    private final PointCache cache;
    private final boolean resume;
    private final Consumer<PointOutcome> onDone;

    /**
     * @param executor runs the points
     * @param cache where finished points are stored, or {@code null} for none
     * @param resume whether points found in the cache are taken instead of run
     * @param onDone called for every finished point (progress), cached ones included
     */
    public ScanRun(
            ScanExecutor executor,
            PointCache cache,
            boolean resume,
            Consumer<PointOutcome> onDone) {
        this.executor = executor;
        this.cache = cache;
        this.resume = resume;
        this.onDone = onDone;
    }

    /** Runs the job's scan. */
    public ScanResult run(ScanJob job) {
        ScanDefinition def = job.definition();
        List<PointOutcome> outcomes;
        int fullGrid;
        Plane plane = null;
        if (def.parameters().size() == 2) {
            plane = new Plane(def);
            outcomes = plane.run(points -> evaluate(job, points));
            fullGrid = plane.fullGridSize();
        } else {
            outcomes = evaluate(job, def.gridPoints());
            fullGrid = outcomes.size();
        }
        List<PointOutcome> ok = outcomes.stream().filter(PointOutcome::ok).toList();
        return new ScanResult(
                def,
                outcomes,
                plane == null ? List.of() : ScanSummaries.contours(def, plane, ok),
                ScanSummaries.curves(def, ok),
                ScanSummaries.reaches(def, ok),
                outcomes.size(),
                fullGrid);
    }

    private List<PointOutcome> evaluate(ScanJob job, List<ScanPoint> points) {
        PointOutcome[] out = new PointOutcome[points.size()];
        List<ScanPoint> todo = new ArrayList<>();
        List<Integer> where = new ArrayList<>();
        for (int k = 0; k < points.size(); k++) {
            PointOutcome cached =
                    resume && cache != null ? cache.get(points.get(k)).orElse(null) : null;
            if (cached != null) {
                out[k] = cached;
                onDone.accept(cached);
            } else {
                todo.add(points.get(k));
                where.add(k);
            }
        }
        if (!todo.isEmpty()) {
            List<PointOutcome> ran =
                    executor.run(
                            job,
                            todo,
                            o -> {
                                if (cache != null) {
                                    cache.put(o);
                                }
                                onDone.accept(o);
                            });
            for (int n = 0; n < ran.size(); n++) {
                out[where.get(n)] = ran.get(n);
            }
        }
        return List.of(out);
    }
}
