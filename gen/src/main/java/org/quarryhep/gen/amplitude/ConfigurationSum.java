package org.quarryhep.gen.amplitude;

import java.util.List;

/**
 * Σ|M|² of a {@link MatrixElement} over explicit colour assignments and helicity configurations,
 * one {@link OffShellRecursion} pass each: all of them for the exact sum, or the drawn ones for a
 * sampled estimate. Colours run outermost, so that the currents of subsets whose particles keep
 * their helicities are reused from the pass's cache.
 */
final class ConfigurationSum {
    private final int[] crossed;
    private final int n;
    private final int nIn;
    private final OffShellRecursion recursion;
    private final ExternalWavefunctions wavefunctions;
    private final RootSelection roots;
    private final double symmetryFactor;

    /**
     * @param crossed PDG ids crossed to incoming, root last
     * @param nIn the number of incoming particles
     * @param recursion the recursion over the crossed particles (each sum takes its own cache)
     * @param wavefunctions the external wavefunctions
     * @param roots the root currents kept
     * @param symmetryFactor the final state's identical-particle factor
     */
    ConfigurationSum(
            int[] crossed,
            int nIn,
            OffShellRecursion recursion,
            ExternalWavefunctions wavefunctions,
            RootSelection roots,
            double symmetryFactor) {
        this.crossed = crossed.clone();
        this.n = crossed.length;
        this.nIn = nIn;
        this.recursion = recursion;
        this.wavefunctions = wavefunctions;
        this.roots = roots;
        this.symmetryFactor = symmetryFactor;
    }

    /**
     * Σ|M|² × symmetry factor over the given colour assignments and all helicities (or only {@code
     * fixedHelicities} when not null), not yet averaged; {@code probe} ≥ 0 replaces that vector
     * boson's polarisation by its momentum k/E (−1 for none).
     */
    double sum(double[][] p, int probe, List<int[]> colours, int[] fixedHelicities) {
        int[] helicityCount = new int[n];
        for (int i = 0; i < n; i++) {
            helicityCount[i] = wavefunctions.helicityStates(i);
        }
        if (probe >= 0) {
            helicityCount[probe] = 1;
        }
        double[][] q = new double[n][4];
        for (int i = 0; i < n; i++) {
            for (int mu = 0; mu < 4; mu++) {
                q[i][mu] = i < nIn ? p[i][mu] : -p[i][mu];
            }
        }
        // Wavefunctions once per helicity state; colours outermost, so that the currents of
        // subsets whose particles keep their helicities are reused from the cache.
        double[][][] wfs = new double[n][][];
        for (int i = 0; i < n; i++) {
            wfs[i] = new double[helicityCount[i]][];
            for (int h = 0; h < helicityCount[i]; h++) {
                boolean drawn = fixedHelicities != null && h != fixedHelicities[i];
                wfs[i][h] =
                        drawn
                                ? null
                                : i == probe
                                        ? ExternalWavefunctions.probeVector(p[i])
                                        : wavefunctions.wavefunction(i, p[i], h);
            }
        }
        double sum = 0;
        OffShellRecursion.Cache cache = recursion.newCache();
        double[][] wf = new double[n][];
        for (int[] config : colours) {
            int[] hel = fixedHelicities == null ? new int[n] : fixedHelicities;
            do {
                for (int i = 0; i < n; i++) {
                    wf[i] = wfs[i][hel[i]];
                }
                sum += colourSum(List.<int[]>of(config), wf, q, hel, cache);
            } while (fixedHelicities == null && next(hel, helicityCount));
        }
        return sum * symmetryFactor;
    }

    private double colourSum(
            List<int[]> colours,
            double[][] wf,
            double[][] q,
            int[] hel,
            OffShellRecursion.Cache cache) {
        double sum = 0;
        double[][] external = new double[n - 1][];
        int[] states = new int[n - 1];
        for (int[] config : colours) {
            for (int i = 0; i < n - 1; i++) {
                external[i] = ColourStates.embed(crossed[i], config[i], wf[i]);
                // helicity index < 3, colour state < 8: a number below 64 per particle
                states[i] = 8 * hel[i] + config[i];
            }
            List<OffShellRecursion.Current> root =
                    recursion.rootCurrents(external, q, states, cache);
            sum += contract(root, wf[n - 1], Particle.byPdg(crossed[n - 1]).colour());
        }
        return sum;
    }

    private double contract(List<OffShellRecursion.Current> root, double[] w, int colours) {
        double s = 0;
        for (double x : roots.amplitude(root, w, colours)) {
            s += x * x;
        }
        return s;
    }

    private static boolean next(int[] digits, int[] radix) {
        for (int k = digits.length - 1; k >= 0; k--) {
            if (++digits[k] < radix[k]) {
                return true;
            }
            digits[k] = 0;
        }
        return false;
    }
}
