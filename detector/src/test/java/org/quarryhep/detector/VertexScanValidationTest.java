package org.quarryhep.detector;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quarryhep.core.Position;
import org.quarryhep.detector.card.DetectorCard;
import org.quarryhep.detector.card.DetectorCards;
import org.quarryhep.testkit.Requirements;

/**
 * Heavy validation (-Pvalidation) of the displaced-vertex finder per preset, over decay radii and a
 * hard and a soft 3-pion decay, 5000 events each: (1) the fraction of events with a vertex equals
 * the probability that at least 2 of the 3 pions are tracked, from the card's tracking efficiencies
 * (all pions have |d0| far above 3σ), within 4 binomial standard errors; (2) for 3-track vertices
 * the x, y, z residuals have mean 0 within 4 standard errors and the Gauss–Markov width of the
 * track measurements within 4 standard errors σ/√(2N).
 */
class VertexScanValidationTest {
    private static final int N = 5_000;

    @ParameterizedTest
    @ValueSource(strings = {"cms", "atlas", "hllhc"})
    void efficiencyAndResolutionFollowTheTracks(String preset) {
        Requirements.validationProfile();
        DetectorCard card = DetectorCards.preset(preset).withMeanPileup(0);
        DetectorSimulation sim =
                DetectorSimulation.builder()
                        .setCard(card)
                        .optSeed(43)
                        .optThreads(2)
                        .optInputLevel(DetectorSimulation.InputLevel.HADRON)
                        .build();
        double[][] soft = {{3, 0.3, 0.5}, {2, 0.4, 0.8}, {1.5, 0.1, 0.1}};
        List<String> failures = new ArrayList<>();
        long index = 0;
        for (double[][] decay : List.of(SecondaryVertexFinderTest.DECAY_A, soft)) {
            double[] p = new double[3];
            for (int k = 0; k < 3; k++) {
                p[k] = card.tracking().hadronEfficiency().at(decay[k][1], decay[k][0]);
            }
            double expectedEff =
                    p[0] * p[1] * p[2]
                            + p[0] * p[1] * (1 - p[2])
                            + p[0] * (1 - p[1]) * p[2]
                            + (1 - p[0]) * p[1] * p[2];
            double[] sigma =
                    SecondaryVertexFinderTest.gaussMarkovSigmas(
                            decay, card.tracking().impactParameter());
            for (double r : new double[] {5, 50, 250}) {
                Position at = new Position(r * Math.cos(-0.3), r * Math.sin(-0.3), 20, 0);
                double[] truth = {at.x(), at.y(), at.z()};
                int found = 0;
                List<double[]> residuals = new ArrayList<>();
                for (int i = 0; i < N; i++) {
                    ReconstructedEvent e =
                            sim.simulate(
                                    SecondaryVertexFinderTest.decays(
                                            i, List.of(at), List.<double[][]>of(decay)),
                                    index++);
                    if (e.vertices().isEmpty()) {
                        continue;
                    }
                    found++;
                    SecondaryVertex v = e.vertices().get(0);
                    if (v.tracks() == 3) {
                        residuals.add(
                                new double[] {
                                    v.xMm() - truth[0], v.yMm() - truth[1], v.zMm() - truth[2]
                                });
                    }
                }
                String where = preset + " pT " + decay[0][0] + " r " + r + ": ";
                double eff = (double) found / N;
                if (Math.abs(eff - expectedEff)
                        > 4 * Math.sqrt(expectedEff * (1 - expectedEff) / N)) {
                    failures.add(where + "efficiency " + eff + " vs " + expectedEff);
                }
                int n = residuals.size();
                // All three pions are tracked in >= 0.85^3 = 61% of events with every preset.
                if (n < N / 2) {
                    failures.add(where + "only " + n + " 3-track vertices");
                }
                for (int a = 0; a < 3; a++) {
                    double mean = 0;
                    for (double[] x : residuals) {
                        mean += x[a] / n;
                    }
                    double var = 0;
                    for (double[] x : residuals) {
                        var += (x[a] - mean) * (x[a] - mean) / (n - 1);
                    }
                    if (Math.abs(mean) > 4 * sigma[a] / Math.sqrt(n)
                            || Math.abs(Math.sqrt(var) - sigma[a])
                                    > 4 * sigma[a] / Math.sqrt(2.0 * n)) {
                        failures.add(
                                where
                                        + "axis "
                                        + a
                                        + " mean "
                                        + mean
                                        + " width "
                                        + Math.sqrt(var)
                                        + " vs "
                                        + sigma[a]);
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.toString());
    }
}
