package org.quarryhep.pipeline;

/**
 * A stage failed while running. The outputs of the stages that finished before it stay in the cache
 * and are reused by the next run.
 */
public final class StageFailedException extends PipelineException {
    private final Stage stage;
    private final String item;

    /**
     * Creates the exception.
     *
     * @param stage the stage that failed
     * @param item what it was working on (a sample name, or the analysis name)
     * @param cause why
     */
    public StageFailedException(Stage stage, String item, Throwable cause) {
        super(
                "stage "
                        + stage.id()
                        + " failed for "
                        + item
                        + ": "
                        + (cause.getMessage() == null ? cause.toString() : cause.getMessage()),
                cause);
        this.stage = stage;
        this.item = item;
    }

    /** The stage that failed. */
    public Stage stage() {
        return stage;
    }

    /** What the stage was working on. */
    public String item() {
        return item;
    }
}
