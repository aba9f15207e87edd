package org.quarryhep.pipeline.extension;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a validated analysis file an extension may read.
 *
 * @param name the analysis name
 * @param source the analysis file (relative paths in an extension's config resolve against its
 *     directory)
 * @param seed the root seed, from which an extension derives its random streams
 * @param sqrtS the centre-of-mass energy, GeV
 * @param pdf the LHAPDF set of the built-in generator
 * @param scale the generator's scale choice ({@code quarry generate --scale} syntax)
 * @param luminosityInvFb the integrated luminosity of all yields, fb⁻¹
 * @param samples the samples, grids expanded, in file order
 * @param models the names of the file's models
 */
public record AnalysisInfo(
        String name,
        Path source,
        long seed,
        double sqrtS,
        String pdf,
        String scale,
        double luminosityInvFb,
        List<SampleInfo> samples,
        List<String> models) {
    /** Copies the lists. */
    public AnalysisInfo {
        samples = List.copyOf(samples);
        models = List.copyOf(models);
    }

    /**
     * A sample by name.
     *
     * @param sampleName the name (a grid point's full name)
     * @return the sample, or empty
     */
    public Optional<SampleInfo> sample(String sampleName) {
        return samples.stream().filter(s -> s.name().equals(sampleName)).findFirst();
    }
}
