package org.quarryhep.analyses.diphunting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quarryhep.stats.WorkspaceReader;
import org.quarryhep.stats.WorkspaceWriter;
import org.quarryhep.stats.model.Model;

/** The binned baseline's HistFactory workspace: its yields and likelihood against hand sums. */
class BinnedWorkspaceTest {
    private static final double[] B = {120, 80, 40, 10};
    private static final double[] S = {0.5, 3, 1, 0.2};
    // Signed interference: a peak below m_S, a dip above it.
    private static final double[] I = {2, 1.5, -4, -1};
    private static final double[] DATA = {130, 95, 30, 9};

    @TempDir Path dir;

    @Test
    void expectedYieldsAtKappaTwoAreBackgroundPlus16SignalPlus4Interference() throws Exception {
        BinnedWorkspace ws = new BinnedWorkspace(B, S, I, DATA, 2);
        double[] expected = new double[B.length];
        for (int b = 0; b < B.length; b++) {
            // ν = B + κ⁴ S + κ² I at κ = 2, by hand (HistFactory's product of the sample's
            // normfactors, with the negative part of I carrying minus_one = −1).
            expected[b] = B[b] + 16 * S[b] + 4 * I[b];
        }
        // Tolerance: rounding of a few products and sums.
        assertArrayEquals(expected, ws.expected(), 1e-12);
        // The same through the pyhf JSON file: what a physicist feeds to pyhf is the same model.
        Path file = dir.resolve("binned.json");
        WorkspaceWriter.write(ws.workspace(), file);
        Model reread = Model.compile(WorkspaceReader.read(file));
        assertArrayEquals(expected, reread.expectedMain(reread.inits()), 1e-12);
    }

    @Test
    void twiceNllDifferencesAreThePoissonLikelihoodRatio() {
        BinnedWorkspace at1 = new BinnedWorkspace(B, S, I, DATA, 1);
        BinnedWorkspace at15 = new BinnedWorkspace(B, S, I, DATA, 1.5);
        // −2 ln [L(κ=1.5)/L(κ=1)] = 2 Σ_b [ν_b(1.5) − ν_b(1) − n_b ln(ν_b(1.5)/ν_b(1))], by hand
        // (the ln n! terms cancel). Tolerance: rounding in sums of O(100) terms.
        double expected = 0;
        for (int b = 0; b < B.length; b++) {
            double nu1 = B[b] + S[b] + I[b];
            double nu15 = B[b] + Math.pow(1.5, 4) * S[b] + 1.5 * 1.5 * I[b];
            expected += 2 * (nu15 - nu1 - DATA[b] * Math.log(nu15 / nu1));
        }
        assertEquals(expected, at15.twiceNll(DATA) - at1.twiceNll(DATA), 1e-9);
    }
}
