package org.quarryhep.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a run.
 *
 * @param resultsFile the {@code results.json} written
 * @param results its content
 * @param stages every stage applied, in order
 */
public record RunResult(Path resultsFile, Map<String, Object> results, List<StageRun> stages) {
    /** Copies the list. */
    public RunResult {
        stages = List.copyOf(stages);
    }

    /**
     * The runs of one stage.
     *
     * @param stage the stage
     * @return its runs in order
     */
    public List<StageRun> runsOf(Stage stage) {
        return stages.stream().filter(r -> r.stage() == stage).toList();
    }
}
