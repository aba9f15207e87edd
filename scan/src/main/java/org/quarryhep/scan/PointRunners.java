package org.quarryhep.scan;

/** Builds the {@link PointRunner} a scan definition names. */
public final class PointRunners {
    private PointRunners() {}

    /**
     * The runner of {@code def.runner().type()}.
     *
     * @throws ScanException for an unknown type or bad settings
     */
    public static PointRunner create(ScanDefinition def) {
        return switch (def.runner().type()) {
            case "analytic-smuon" -> AnalyticSmuonRunner.from(def);
            case "pipeline" -> PipelineRunner.from(def);
            default ->
                    throw new ScanException(
                            "/runner/type: unknown runner '"
                                    + def.runner().type()
                                    + "' (allowed: analytic-smuon, pipeline)",
                            def.source());
        };
    }
}
