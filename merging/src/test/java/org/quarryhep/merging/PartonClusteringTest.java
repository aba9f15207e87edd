package org.quarryhep.merging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.FourMomentum;

/** MadGraph's k_T clustering of matrix-element partons on configurations worked out by hand. */
class PartonClusteringTest {
    /**
     * Back to back, p_T 40 and 30 at η = 0: d_12 = 2 · 900 · (cosh 0 − cos π) = 3600 is above both
     * beam distances, so the softer parton goes to the beam first (30 GeV), then the harder (40).
     */
    @Test
    void wideAnglePartonsGoToTheBeamSoftestFirst() {
        double[] s =
                PartonClustering.scales(
                        List.of(
                                FourMomentum.ofPtEtaPhiM(40, 0, 0, 0),
                                FourMomentum.ofPtEtaPhiM(30, 0, Math.PI, 0)));
        assertArrayEquals(new double[] {30, 40}, s, 1e-9);
    }

    /**
     * A close pair, p_T 50 (η 0, φ 0) and 40 (η 0.3, φ 0.2): √d_12 = √(2 · 1600 · (cosh 0.3 − cos
     * 0.2)) = 14.4523 GeV first; their sum has p_T = |(50 + 40 cos 0.2, 40 sin 0.2)| = 89.5559 and
     * mass 16.1582 GeV (the pair's m_jj), so its beam distance is m_T = √(89.5559² + 16.1582²) =
     * 91.0019 GeV.
     */
    @Test
    void closePairCombinesThenGoesToTheBeamAtItsTransverseMass() {
        double[] s =
                PartonClustering.scales(
                        List.of(
                                FourMomentum.ofPtEtaPhiM(50, 0, 0, 0),
                                FourMomentum.ofPtEtaPhiM(40, 0.3, 0.2, 0)));
        assertArrayEquals(new double[] {14.452342, 91.001945}, s, 1e-5);
    }
}
