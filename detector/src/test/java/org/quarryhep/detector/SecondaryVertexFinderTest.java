package org.quarryhep.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quarryhep.testkit.Tolerance.assertClose;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.Position;
import org.quarryhep.core.Vertex;
import org.quarryhep.detector.card.DetectorCard;
import org.quarryhep.detector.card.DetectorCards;

/**
 * The geometric displaced-vertex finder on simulated tracks: resolution against the Gauss–Markov
 * covariance of the track measurements, fake rate on prompt events, two decays, and the tracker
 * acceptance.
 */
class SecondaryVertexFinderTest {
    /** The CMS impact-parameter resolution (cms.yaml, arXiv:1405.6569). */
    private static final double D0_CONST = 0.010;

    private static final double D0_MS = 0.090;
    private static final double Z0_CONST = 0.030;
    private static final double Z0_MS = 0.100;

    /** The perfect card (efficiency 1, exact momenta) with the CMS impact-parameter resolution. */
    private static DetectorCard perfectWithCmsImpactParameters() {
        String text =
                TestEvents.perfectCardText()
                        .replace(
                                "{d0ConstantMm: 0.0, d0ScatteringMmGeV: 0.0, z0ConstantMm: 0.0, z0ScatteringMmGeV: 0.0}",
                                "{d0ConstantMm: 0.010, d0ScatteringMmGeV: 0.090, z0ConstantMm: 0.030, z0ScatteringMmGeV: 0.100}");
        assertTrue(text.contains("d0ScatteringMmGeV: 0.090"));
        return DetectorCards.parse(text, "perfect-cms-ip.yaml");
    }

    private static DetectorSimulation simulation(DetectorCard card, long seed) {
        return DetectorSimulation.builder()
                .setCard(card)
                .optSeed(seed)
                .optInputLevel(DetectorSimulation.InputLevel.HADRON)
                .build();
    }

    /**
     * A neutral long-lived particle made at the origin that decays at {@code at} into charged pions
     * with the given (pT, η, φ) triples.
     */
    static Event decays(long number, List<Position> at, List<double[][]> products) {
        List<Particle> ps = new ArrayList<>();
        List<Vertex> vs = new ArrayList<>();
        int[] parents = new int[at.size()];
        int next = 0;
        for (int k = 0; k < at.size(); k++) {
            parents[k] = next;
            next += 1 + products.get(k).length;
        }
        vs.add(new Vertex(0, Position.ORIGIN, new int[0], parents, null));
        for (int k = 0; k < at.size(); k++) {
            double[][] d = products.get(k);
            int first = ps.size() + 1;
            FourMomentum sum = FourMomentum.ZERO;
            List<Particle> children = new ArrayList<>();
            int[] out = new int[d.length];
            for (int c = 0; c < d.length; c++) {
                Particle p =
                        TestEvents.stable(c % 2 == 0 ? 211 : -211, d[c][0], d[c][1], d[c][2])
                                .withVertices(k + 1, -1);
                children.add(p);
                sum = sum.plus(p.momentum());
                out[c] = first + c;
            }
            ps.add(Particle.of(9900012, 2, sum).withVertices(0, k + 1));
            ps.addAll(children);
            vs.add(new Vertex(0, at.get(k), new int[] {first - 1}, out, null));
        }
        return Event.builder()
                .optNumber(number)
                .optWeights(1.0)
                .optParticles(ps)
                .optVertices(vs)
                .build();
    }

    static final double[][] DECAY_A = {{30, 0.3, 0.5}, {20, 0.5, 0.9}, {15, 0.1, 0.2}};

    @Test
    void positionResolutionFollowsFromTheTrackResolutions() {
        DetectorSimulation sim = simulation(perfectWithCmsImpactParameters(), 11);
        Position truth = new Position(10, 5, 3, 0);
        int n = 400;
        double[][] res = new double[3][n];
        for (int i = 0; i < n; i++) {
            ReconstructedEvent r =
                    sim.simulate(decays(i, List.of(truth), List.<double[][]>of(DECAY_A)), i);
            assertEquals(1, r.vertices().size(), "event " + i + ": " + r.vertices());
            SecondaryVertex v = r.vertices().get(0);
            assertEquals(3, v.tracks());
            res[0][i] = v.xMm() - truth.x();
            res[1][i] = v.yMm() - truth.y();
            res[2][i] = v.zMm() - truth.z();
        }
        double[] expected = gaussMarkovSigmas(DECAY_A);
        for (int a = 0; a < 3; a++) {
            double mean = 0;
            for (double x : res[a]) {
                mean += x / n;
            }
            double var = 0;
            for (double x : res[a]) {
                var += (x - mean) * (x - mean) / (n - 1);
            }
            // The estimator is linear in Gaussian measurements: unbiased with the Gauss-Markov
            // width. Mean within 4 standard errors of 0; width within 4 standard errors of the
            // sample standard deviation, sigma/sqrt(2n).
            assertClose(0.0, mean, 0, 4 * expected[a] / Math.sqrt(n));
            assertClose(expected[a], Math.sqrt(var), 0, 4 * expected[a] / Math.sqrt(2.0 * n));
        }
    }

    /**
     * The σ of x, y, z of the weighted least-squares vertex, by the Gauss–Markov theorem: the
     * covariance is (Σ g gᵀ/σ²)⁻¹ over the measurements, with g the gradient of each measured
     * quantity in the vertex position. For a straight track of azimuth φ and pz/pT = c through (x,
     * y, z): d0 = x sin φ − y cos φ, z0 = z − (x cos φ + y sin φ) c. The inverse is by Gauss–Jordan
     * elimination here (the finder uses cofactors).
     */
    static double[] gaussMarkovSigmas(double[][] tracks) {
        return gaussMarkovSigmas(
                tracks, new DetectorCard.ImpactParameter(D0_CONST, D0_MS, Z0_CONST, Z0_MS));
    }

    /** As {@link #gaussMarkovSigmas(double[][])} for a card's impact-parameter resolution. */
    static double[] gaussMarkovSigmas(double[][] tracks, DetectorCard.ImpactParameter ip) {
        double[][] m = new double[3][6];
        for (double[] t : tracks) {
            double pt = t[0];
            double phi = t[2];
            double c = Math.sinh(t[1]);
            double sd = Math.hypot(ip.d0ConstantMm(), ip.d0ScatteringMmGeV() / pt);
            double sz = Math.hypot(ip.z0ConstantMm(), ip.z0ScatteringMmGeV() / pt);
            double[][] g = {
                {Math.sin(phi), -Math.cos(phi), 0}, {-Math.cos(phi) * c, -Math.sin(phi) * c, 1}
            };
            double[] w = {1 / (sd * sd), 1 / (sz * sz)};
            for (int k = 0; k < 2; k++) {
                for (int i = 0; i < 3; i++) {
                    for (int j = 0; j < 3; j++) {
                        m[i][j] += w[k] * g[k][i] * g[k][j];
                    }
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            m[i][3 + i] = 1;
        }
        for (int col = 0; col < 3; col++) {
            int piv = col;
            for (int r = col + 1; r < 3; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[piv][col])) {
                    piv = r;
                }
            }
            double[] tmp = m[col];
            m[col] = m[piv];
            m[piv] = tmp;
            double d = m[col][col];
            for (int j = 0; j < 6; j++) {
                m[col][j] /= d;
            }
            for (int r = 0; r < 3; r++) {
                if (r != col) {
                    double f = m[r][col];
                    for (int j = 0; j < 6; j++) {
                        m[r][j] -= f * m[col][j];
                    }
                }
            }
        }
        return new double[] {Math.sqrt(m[0][3]), Math.sqrt(m[1][4]), Math.sqrt(m[2][5])};
    }

    @Test
    void promptEventsGiveNoVertex() {
        DetectorSimulation sim = simulation(DetectorCards.preset("cms"), 12);
        SplittableRandom gen = new SplittableRandom(2024);
        int n = 1000;
        int withVertex = 0;
        for (int i = 0; i < n; i++) {
            List<Particle> ps = new ArrayList<>();
            for (int k = 0; k < 20; k++) {
                ps.add(
                        TestEvents.stable(
                                k % 2 == 0 ? 211 : -211,
                                gen.nextDouble(1, 20),
                                gen.nextDouble(-2.4, 2.4),
                                gen.nextDouble(-Math.PI, Math.PI)));
            }
            if (!sim.simulate(TestEvents.of(i, ps), i).vertices().isEmpty()) {
                withVertex++;
            }
        }
        // Prompt tracks pass |d0|/sigma >= 3 with probability 0.27% (Gaussian tail); a fake then
        // needs a second such track within 1 mm in 3D whose crossing lies >= 1 mm from the beam
        // line: stated bound, fewer than 0.5% of events with 20 prompt tracks.
        assertTrue(
                withVertex < 0.005 * n, withVertex + " of " + n + " prompt events have a vertex");
    }

    @Test
    void twoSeparatedDecaysGiveTwoVertices() {
        DetectorSimulation sim = simulation(perfectWithCmsImpactParameters(), 13);
        Position a = new Position(10, 5, 3, 0);
        Position b = new Position(-20, 8, -15, 0);
        double[][] decayB = {{25, -0.4, 2.6}, {12, -0.2, 2.9}, {18, -0.7, 2.3}};
        int n = 100;
        for (int i = 0; i < n; i++) {
            ReconstructedEvent r =
                    sim.simulate(decays(i, List.of(a, b), List.of(DECAY_A, decayB)), i);
            assertEquals(2, r.vertices().size(), "event " + i + ": " + r.vertices());
            // Both have 3 tracks; the order is by decreasing Delta2D: b (21.5 mm), then a (11.2
            // mm).
            // 0.5 mm is more than 10 times the Gauss-Markov sigma of either vertex.
            SecondaryVertex vb = r.vertices().get(0);
            SecondaryVertex va = r.vertices().get(1);
            assertEquals(3, va.tracks());
            assertEquals(3, vb.tracks());
            assertClose(
                    0,
                    Math.sqrt(
                            square(va.xMm() - a.x())
                                    + square(va.yMm() - a.y())
                                    + square(va.zMm() - a.z())),
                    0,
                    0.5);
            assertClose(
                    0,
                    Math.sqrt(
                            square(vb.xMm() - b.x())
                                    + square(vb.yMm() - b.y())
                                    + square(vb.zMm() - b.z())),
                    0,
                    0.5);
        }
    }

    private static String cmsText() {
        try (InputStream in =
                DetectorCards.class.getResourceAsStream("/org/quarryhep/detector/cards/cms.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double square(double v) {
        return v * v;
    }

    @Test
    void efficiencyFallsToZeroBeyondTheTrackerRadius() {
        DetectorCard cms = DetectorCards.preset("cms");
        // Open the displacement window so that only the tracker acceptance acts.
        DetectorCard card =
                DetectorCards.parse(
                        cmsText().replace("maxDisplacementMm: 300.0", "maxDisplacementMm: 5000.0"),
                        "cms-wide.yaml");
        DetectorSimulation sim = simulation(card, 14);
        double[] radii = {50, 1000, 1.1 * cms.tracking().radiusMm(), 1500};
        double[] eff = new double[radii.length];
        int n = 200;
        for (int k = 0; k < radii.length; k++) {
            int found = 0;
            for (int i = 0; i < n; i++) {
                Position at =
                        new Position(radii[k] * Math.cos(-0.3), radii[k] * Math.sin(-0.3), 10, 0);
                ReconstructedEvent r =
                        sim.simulate(decays(i, List.of(at), List.<double[][]>of(DECAY_A)), i);
                if (!r.vertices().isEmpty()) {
                    found++;
                }
            }
            eff[k] = (double) found / n;
        }
        // The decay lies at azimuth -0.3, so every pion (azimuths 0.2 to 0.9) has
        // d0 = r sin(dphi) >= 0.48 r, far above 3 sigma(d0). Inside the tracker each pion is
        // tracked with efficiency 0.95 (cms.yaml, charged hadrons above 1 GeV):
        // P(>= 2 of 3 tracks) = 0.993; the bound 0.95 is 7 binomial standard errors below. Beyond
        // the radius (1290 mm) no track is reconstructed, so none is found.
        assertTrue(eff[0] > 0.95, "efficiency at 50 mm " + eff[0]);
        assertTrue(eff[1] > 0.95, "efficiency at 1000 mm " + eff[1]);
        assertEquals(0.0, eff[2], 0.0);
        assertEquals(0.0, eff[3], 0.0);
    }

    @Test
    void parallelTracksGiveNoSeed() {
        // Two lines with the same direction: no unique closest approach, no vertex (geometry).
        SecondaryVertexFinder.Track t1 =
                new SecondaryVertexFinder.Track(0, 1.0, 0, 0.01, 0.03, 0.3, 0.5);
        SecondaryVertexFinder.Track t2 =
                new SecondaryVertexFinder.Track(1, 1.2, 0, 0.01, 0.03, 0.3, 0.5);
        assertEquals(
                Double.POSITIVE_INFINITY, SecondaryVertexFinder.distanceOfClosestApproach(t1, t2));
        assertEquals(
                0,
                new SecondaryVertexFinder(DetectorCards.preset("cms").vertexing())
                        .find(List.of(t1, t2), 0, 0)
                        .size());
    }

    /** A track measured without error from a line through p with azimuth phi and pz/pT cot. */
    private static SecondaryVertexFinder.Track line(
            int index, double[] p, double pt, double phi, double cot, double d0Shift) {
        // Straight line through p: closest transverse approach to the beam at signed distance
        // d0 = px sin(phi) - py cos(phi), reached after a transverse path -(px cos(phi) + py
        // sin(phi)).
        double d0 = p[0] * Math.sin(phi) - p[1] * Math.cos(phi);
        double z = p[2] - (p[0] * Math.cos(phi) + p[1] * Math.sin(phi)) * cot;
        return new SecondaryVertexFinder.Track(
                index,
                d0 + d0Shift,
                z,
                Math.hypot(D0_CONST, D0_MS / pt),
                Math.hypot(Z0_CONST, Z0_MS / pt),
                phi,
                cot);
    }

    @Test
    void exactLinesGiveTheirCommonPointAndTheGaussMarkovCovariance() {
        double[] p = {10, 5, 3};
        List<SecondaryVertexFinder.Track> ts = new ArrayList<>();
        for (int k = 0; k < DECAY_A.length; k++) {
            ts.add(line(k, p, DECAY_A[k][0], DECAY_A[k][2], Math.sinh(DECAY_A[k][1]), 0));
        }
        List<SecondaryVertexFinder.Fit> fits =
                new SecondaryVertexFinder(DetectorCards.preset("cms").vertexing()).find(ts, 0, 0);
        assertEquals(1, fits.size());
        SecondaryVertexFinder.Fit f = fits.get(0);
        // The three lines meet at p by construction.
        for (int a = 0; a < 3; a++) {
            assertClose(p[a], f.x()[a], 0, 1e-9);
        }
        assertClose(0.0, f.chi2(), 0, 1e-12);
        double[] expected = gaussMarkovSigmas(DECAY_A);
        for (int a = 0; a < 3; a++) {
            assertClose(expected[a], Math.sqrt(f.covariance()[4 * a]), 1e-9, 0);
        }
    }

    @Test
    void anIncompatibleTrackIsRemovedByItsChi2() {
        double[] p = {10, 5, 3};
        List<SecondaryVertexFinder.Track> ts = new ArrayList<>();
        for (int k = 0; k < DECAY_A.length; k++) {
            ts.add(line(k, p, DECAY_A[k][0], DECAY_A[k][2], Math.sinh(DECAY_A[k][1]), 0));
        }
        // A fourth track missing the point by 0.3 mm in d0 (30 sigma at 20 GeV): its lines pass
        // within the 1 mm seed cut, but its chi2 at the vertex, about (0.3/0.011)^2 = 740, exceeds
        // trackChi2Max = 10.
        ts.add(line(3, p, 20, 1.4, 0.2, 0.3));
        List<SecondaryVertexFinder.Fit> fits =
                new SecondaryVertexFinder(DetectorCards.preset("cms").vertexing()).find(ts, 0, 0);
        assertEquals(1, fits.size());
        assertEquals(
                List.of(0, 1, 2),
                fits.get(0).tracks().stream().map(SecondaryVertexFinder.Track::index).toList());
        for (int a = 0; a < 3; a++) {
            assertClose(p[a], fits.get(0).x()[a], 0, 1e-9);
        }
    }
}
