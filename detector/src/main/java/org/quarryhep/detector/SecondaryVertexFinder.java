package org.quarryhep.detector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.quarryhep.detector.card.DetectorCard;

/**
 * Geometric displaced-vertex finder on reconstructed track parameters only (no generator truth).
 *
 * <p>Track model: each track is a straight line given by its measured perigee (d0, z0 with respect
 * to the beam line x = y = 0, z0 shifted back by the primary-vertex z), its direction (φ, cot θ =
 * sinh η) and the card's σ(d0), σ(z0) at its pT. Straight lines are an approximation of the helix
 * that holds near the beam line (the sagitta of a 1 GeV track over 10 cm in 3.8 T is about 1 mm,
 * larger than σ(d0): use with care for soft tracks far out); it is the same model the simulation
 * uses to compute d0 and z0, so it is exact against this detector simulation. A vertex candidate v
 * predicts, for each track, d0(v) = v<sub>x</sub> sin φ − v<sub>y</sub> cos φ and z0(v) =
 * v<sub>z</sub> − (v<sub>x</sub> cos φ + v<sub>y</sub> sin φ) cot θ — both linear in v — so the
 * vertex fit is the linear weighted least-squares point v = argmin Σ [(d0 − d0(v))²/σ(d0)² + (z0 −
 * z0(v))²/σ(z0)²], the point minimising the weighted squared transverse and longitudinal distances
 * to the lines, with covariance (AᵀWA)⁻¹; its resolution therefore comes from the track
 * resolutions.
 *
 * <p>Steps: (1) select tracks with pT ≥ {@code trackPtMin} and |d0|/σ(d0) ≥ {@code
 * d0SignificanceMin}; (2) seed with every pair whose lines pass within {@code seedDcaMaxMm} of each
 * other and whose 2-track fit has every track's χ² ≤ {@code trackChi2Max}; (3) in order of
 * increasing seed χ², a seed whose fitted position lies within {@code mergeDistanceMm} of a vertex
 * adds to it each of its tracks that keeps every track's χ² ≤ {@code trackChi2Max} in the refit
 * (the rest of the seed is dropped), else it opens a vertex; then vertices that came within {@code
 * mergeDistanceMm} of each other merge when the merged fit passes the same χ² cut; (4) give each
 * track shared by several vertices to the one where its χ² is smallest; (5) remove, one at a time,
 * the track of largest χ² while it exceeds {@code trackChi2Max}; (6) keep vertices with at least
 * {@code minTracks} tracks whose transverse distance from the primary vertex lies in [{@code
 * minDisplacementMm}, {@code maxDisplacementMm}]. Every step runs in a fixed order, so the result
 * is deterministic.
 */
final class SecondaryVertexFinder {
    /**
     * σ floor, mm (0.1 nm, far below any silicon tracker): a card with zero impact-parameter
     * resolution keeps finite weights and χ² values that rounding errors (~1e-14 mm) cannot push
     * over the cut. When every σ is floored, all weights are equal and the fitted point of exactly
     * intersecting lines is unchanged.
     */
    private static final double SIGMA_FLOOR_MM = 1e-7;

    /**
     * A track as the finder sees it.
     *
     * @param index the caller's index
     * @param d0Mm measured transverse impact parameter, mm
     * @param zRefMm measured z of the point of closest approach to the beam line (z0 plus the
     *     primary-vertex z), mm
     * @param sigmaD0Mm σ(d0), mm
     * @param sigmaZ0Mm σ(z0), mm
     * @param phi azimuth of the direction
     * @param cotTheta pz/pT of the direction
     */
    record Track(
            int index,
            double d0Mm,
            double zRefMm,
            double sigmaD0Mm,
            double sigmaZ0Mm,
            double phi,
            double cotTheta) {}

    /**
     * A fitted vertex.
     *
     * @param tracks the tracks, in increasing caller index
     * @param x position (x, y, z), mm
     * @param covariance the 3×3 position covariance, row-major, mm²
     * @param trackChi2 each track's χ² contribution (2 measurements), in the order of {@code
     *     tracks}
     * @param chi2 the total χ²
     */
    record Fit(
            List<Track> tracks, double[] x, double[] covariance, double[] trackChi2, double chi2) {
        double maxTrackChi2() {
            double m = 0;
            for (double c : trackChi2) {
                m = Math.max(m, c);
            }
            return m;
        }
    }

    private final DetectorCard.Vertexing config;

    SecondaryVertexFinder(DetectorCard.Vertexing config) {
        this.config = config;
    }

    /** Whether a track enters the finder (pT and d0-significance selection). */
    boolean selects(double pt, double d0Mm, double sigmaD0Mm) {
        return pt >= config.trackPtMin()
                && Math.abs(d0Mm) >= config.d0SignificanceMin() * sigmaD0Mm
                && d0Mm != 0;
    }

    /**
     * Finds the vertices among selected tracks.
     *
     * @param tracks the selected tracks
     * @param pvX primary-vertex x, mm
     * @param pvY primary-vertex y, mm
     * @return the fitted vertices passing the track-count and displacement cuts
     */
    List<Fit> find(List<Track> tracks, double pvX, double pvY) {
        List<TreeSet<Integer>> members = new ArrayList<>();
        List<Fit> fits = new ArrayList<>();
        for (Seed s : seeds(tracks)) {
            addSeed(s, tracks, members, fits);
        }
        mergeCloseVertices(tracks, members, fits);
        arbitrateSharedTracks(tracks, members, fits);
        List<Fit> out = new ArrayList<>();
        for (TreeSet<Integer> m : members) {
            Fit f = clean(select(tracks, m));
            if (f == null || f.tracks().size() < config.minTracks()) {
                continue;
            }
            double dxy = Math.hypot(f.x()[0] - pvX, f.x()[1] - pvY);
            if (dxy >= config.minDisplacementMm() && dxy <= config.maxDisplacementMm()) {
                out.add(f);
            }
        }
        return out;
    }

    /** A compatible track pair and its two-track fit. */
    private record Seed(int i, int j, Fit fit) {}

    /** Two-track seeds within the DCA and χ² cuts, best χ² first (ties by track index). */
    private List<Seed> seeds(List<Track> tracks) {
        List<Seed> seeds = new ArrayList<>();
        for (int i = 0; i < tracks.size(); i++) {
            for (int j = i + 1; j < tracks.size(); j++) {
                Track a = tracks.get(i);
                Track b = tracks.get(j);
                double dca = distanceOfClosestApproach(a, b);
                if (!(dca <= config.seedDcaMaxMm())) {
                    continue;
                }
                Fit f = fit(List.of(a, b));
                if (f != null && f.maxTrackChi2() <= config.trackChi2Max()) {
                    seeds.add(new Seed(i, j, f));
                }
            }
        }
        seeds.sort(
                Comparator.comparingDouble((Seed s) -> s.fit().chi2())
                        .thenComparingInt(Seed::i)
                        .thenComparingInt(Seed::j));
        return seeds;
    }

    /** A seed starts a vertex, or its tracks join the first vertex within the merge distance. */
    private void addSeed(
            Seed s, List<Track> tracks, List<TreeSet<Integer>> members, List<Fit> fits) {
        int home = -1;
        for (int k = 0; k < fits.size() && home < 0; k++) {
            if (distance(fits.get(k).x(), s.fit().x()) <= config.mergeDistanceMm()) {
                home = k;
            }
        }
        if (home < 0) {
            TreeSet<Integer> m = new TreeSet<>(List.of(s.i(), s.j()));
            members.add(m);
            fits.add(s.fit());
            return;
        }
        // χ² compatibility: each seed track joins only if the refit keeps every track's χ²
        // within the cut; a seed incompatible with a nearby, better vertex is dropped.
        for (int t : new int[] {s.i(), s.j()}) {
            TreeSet<Integer> m = new TreeSet<>(members.get(home));
            if (m.add(t)) {
                Fit f = fit(select(tracks, m));
                if (f != null && f.maxTrackChi2() <= config.trackChi2Max()) {
                    members.set(home, m);
                    fits.set(home, f);
                }
            }
        }
    }

    /** Vertices that moved together after refits are merged, while the merged fit passes. */
    private void mergeCloseVertices(
            List<Track> tracks, List<TreeSet<Integer>> members, List<Fit> fits) {
        boolean merged = true;
        while (merged) {
            merged = false;
            for (int a = 0; a < fits.size() && !merged; a++) {
                for (int b = a + 1; b < fits.size() && !merged; b++) {
                    if (distance(fits.get(a).x(), fits.get(b).x()) <= config.mergeDistanceMm()) {
                        TreeSet<Integer> m = new TreeSet<>(members.get(a));
                        m.addAll(members.get(b));
                        Fit f = fit(select(tracks, m));
                        if (f != null && f.maxTrackChi2() <= config.trackChi2Max()) {
                            members.set(a, m);
                            fits.set(a, f);
                            members.remove(b);
                            fits.remove(b);
                            merged = true;
                        }
                    }
                }
            }
        }
    }

    /**
     * A track shared by several vertices stays where its χ² is smallest; χ² values equal to
     * rounding go to the vertex with more tracks, then the earlier one.
     */
    private void arbitrateSharedTracks(
            List<Track> tracks, List<TreeSet<Integer>> members, List<Fit> fits) {
        for (int t = 0; t < tracks.size(); t++) {
            int best = -1;
            double bestChi2 = Double.POSITIVE_INFINITY;
            for (int k = 0; k < fits.size(); k++) {
                if (members.get(k).contains(t)) {
                    double c = chi2Of(tracks.get(t), fits.get(k).x());
                    boolean tie = Math.abs(c - bestChi2) <= 1e-9;
                    if (!tie && c < bestChi2
                            || tie
                                    && best >= 0
                                    && members.get(k).size() > members.get(best).size()) {
                        bestChi2 = c;
                        best = k;
                    }
                }
            }
            for (int k = 0; k < fits.size(); k++) {
                if (k != best) {
                    members.get(k).remove(t);
                }
            }
        }
    }

    /** Refits, removing the worst track while its χ² exceeds the cut; null below two tracks. */
    private Fit clean(List<Track> tracks) {
        List<Track> ts = new ArrayList<>(tracks);
        while (ts.size() >= 2) {
            Fit f = fit(ts);
            if (f == null) {
                return null;
            }
            int worst = 0;
            for (int k = 1; k < ts.size(); k++) {
                if (f.trackChi2()[k] > f.trackChi2()[worst]) {
                    worst = k;
                }
            }
            if (f.trackChi2()[worst] <= config.trackChi2Max()) {
                return f;
            }
            ts.remove(worst);
        }
        return null;
    }

    private static List<Track> select(List<Track> tracks, TreeSet<Integer> indices) {
        List<Track> out = new ArrayList<>(indices.size());
        for (int i : indices) {
            out.add(tracks.get(i));
        }
        return out;
    }

    private static double distance(double[] a, double[] b) {
        double dx = a[0] - b[0];
        double dy = a[1] - b[1];
        double dz = a[2] - b[2];
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }

    /** The distance of closest approach of two tracks' lines, mm (infinite when parallel). */
    static double distanceOfClosestApproach(Track a, Track b) {
        double[] pa = perigeePoint(a);
        double[] pb = perigeePoint(b);
        double[] ua = direction(a);
        double[] ub = direction(b);
        double cx = ua[1] * ub[2] - ua[2] * ub[1];
        double cy = ua[2] * ub[0] - ua[0] * ub[2];
        double cz = ua[0] * ub[1] - ua[1] * ub[0];
        double norm = Math.sqrt(cx * cx + cy * cy + cz * cz);
        if (!(norm > 1e-12)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs((pb[0] - pa[0]) * cx + (pb[1] - pa[1]) * cy + (pb[2] - pa[2]) * cz) / norm;
    }

    /** The point of closest approach to the beam line. */
    private static double[] perigeePoint(Track t) {
        return new double[] {
            t.d0Mm() * Math.sin(t.phi()), -t.d0Mm() * Math.cos(t.phi()), t.zRefMm()
        };
    }

    private static double[] direction(Track t) {
        return new double[] {Math.cos(t.phi()), Math.sin(t.phi()), t.cotTheta()};
    }

    private static double sigma(double s) {
        return Math.max(s, SIGMA_FLOOR_MM);
    }

    /** A track's χ² at position x: its d0 and z0 residuals over their resolutions, squared. */
    static double chi2Of(Track t, double[] x) {
        double s = Math.sin(t.phi());
        double c = Math.cos(t.phi());
        double rd = (t.d0Mm() - (x[0] * s - x[1] * c)) / sigma(t.sigmaD0Mm());
        double rz =
                (t.zRefMm() - (x[2] - (x[0] * c + x[1] * s) * t.cotTheta())) / sigma(t.sigmaZ0Mm());
        return rd * rd + rz * rz;
    }

    /**
     * The weighted least-squares vertex of the tracks; null when the tracks do not fix a point
     * (transversely parallel lines).
     */
    static Fit fit(List<Track> tracks) {
        double[] n = new double[9];
        double[] r = new double[3];
        // Normal equations in units scaled by the smallest σ, so that tiny resolutions stay finite.
        double scale = Double.POSITIVE_INFINITY;
        for (Track t : tracks) {
            scale = Math.min(scale, Math.min(sigma(t.sigmaD0Mm()), sigma(t.sigmaZ0Mm())));
        }
        for (Track t : tracks) {
            double s = Math.sin(t.phi());
            double c = Math.cos(t.phi());
            double wd = square(scale / sigma(t.sigmaD0Mm()));
            double wz = square(scale / sigma(t.sigmaZ0Mm()));
            double[] a = {s, -c, 0};
            double[] b = {-c * t.cotTheta(), -s * t.cotTheta(), 1};
            for (int i = 0; i < 3; i++) {
                r[i] += wd * a[i] * t.d0Mm() + wz * b[i] * t.zRefMm();
                for (int j = 0; j < 3; j++) {
                    n[3 * i + j] += wd * a[i] * a[j] + wz * b[i] * b[j];
                }
            }
        }
        double[] inv = invert(n);
        if (inv == null) {
            return null;
        }
        double[] x = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                x[i] += inv[3 * i + j] * r[j];
            }
        }
        double[] cov = new double[9];
        for (int k = 0; k < 9; k++) {
            cov[k] = inv[k] * scale * scale;
        }
        double[] chi2 = new double[tracks.size()];
        double total = 0;
        for (int k = 0; k < tracks.size(); k++) {
            chi2[k] = chi2Of(tracks.get(k), x);
            total += chi2[k];
        }
        return new Fit(List.copyOf(tracks), x, cov, chi2, total);
    }

    private static double square(double v) {
        return v * v;
    }

    /** The inverse of a symmetric 3×3 matrix by cofactors; null when (nearly) singular. */
    private static double[] invert(double[] m) {
        double c00 = m[4] * m[8] - m[5] * m[7];
        double c01 = m[5] * m[6] - m[3] * m[8];
        double c02 = m[3] * m[7] - m[4] * m[6];
        double det = m[0] * c00 + m[1] * c01 + m[2] * c02;
        double norm = 0;
        for (double v : m) {
            norm = Math.max(norm, Math.abs(v));
        }
        if (!(Math.abs(det) > 1e-12 * norm * norm * norm)) {
            return null;
        }
        double[] inv = {
            c00, m[2] * m[7] - m[1] * m[8], m[1] * m[5] - m[2] * m[4],
            c01, m[0] * m[8] - m[2] * m[6], m[2] * m[3] - m[0] * m[5],
            c02, m[1] * m[6] - m[0] * m[7], m[0] * m[4] - m[1] * m[3]
        };
        for (int k = 0; k < 9; k++) {
            inv[k] /= det;
        }
        return inv;
    }
}
