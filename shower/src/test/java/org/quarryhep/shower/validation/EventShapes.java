package org.quarryhep.shower.validation;

import java.util.ArrayList;
import java.util.List;

/** e⁺e⁻ event shapes of a set of three-momenta: thrust and the Durham 3 → 2 jet resolution y₂₃. */
public final class EventShapes {
    private EventShapes() {}

    /**
     * Thrust T = max_n Σ|p·n| / Σ|p|. The maximum is over the axes n = Σ ε_i p_i with signs ε_i =
     * sign(p_i·n), iterated to a fixed point from every sign pattern of the four largest momenta
     * (the Pythia/JETSET method); for the multiplicities at LEP this finds the exact maximum in all
     * but a negligible fraction of events.
     *
     * @param p momenta as {px, py, pz}
     * @return T (1 for fewer than two particles)
     */
    public static double thrust(List<double[]> p) {
        int n = p.size();
        if (n < 2) {
            return 1;
        }
        double sumP = 0;
        for (double[] v : p) {
            sumP += norm(v);
        }
        List<double[]> sorted = new ArrayList<>(p);
        sorted.sort((a, b) -> Double.compare(norm(b), norm(a)));
        int k = Math.min(4, n);
        double best = 0;
        for (int pattern = 0; pattern < (1 << (k - 1)); pattern++) {
            double[] axis = new double[3];
            for (int j = 0; j < k; j++) {
                double s = j == 0 || (pattern >> (j - 1) & 1) == 0 ? 1 : -1;
                for (int c = 0; c < 3; c++) {
                    axis[c] += s * sorted.get(j)[c];
                }
            }
            for (int iter = 0; iter < 20; iter++) {
                double[] next = new double[3];
                for (double[] v : p) {
                    double s = dot(v, axis) >= 0 ? 1 : -1;
                    for (int c = 0; c < 3; c++) {
                        next[c] += s * v[c];
                    }
                }
                boolean same = true;
                for (int c = 0; c < 3; c++) {
                    same &= next[c] == axis[c];
                }
                axis = next;
                if (same) {
                    break;
                }
            }
            best = Math.max(best, norm(axis));
        }
        return best / sumP;
    }

    /**
     * The Durham resolution at which the event changes from three to two jets: particles are
     * clustered pairwise (E-scheme, four-momenta added) by the smallest y_ij = 2 min(E_i², E_j²)(1
     * − cos θ_ij)/E_vis²; y₂₃ is the smallest y_ij among the last three pseudo-jets.
     *
     * @param p four-momenta as {px, py, pz, E}
     * @return y₂₃ (0 for fewer than three particles)
     */
    public static double durhamY23(List<double[]> p) {
        List<double[]> jets = new ArrayList<>();
        double evis = 0;
        for (double[] v : p) {
            jets.add(v.clone());
            evis += v[3];
        }
        if (jets.size() < 3) {
            return 0;
        }
        double e2 = evis * evis;
        while (true) {
            double ymin = Double.POSITIVE_INFINITY;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < jets.size(); i++) {
                for (int j = i + 1; j < jets.size(); j++) {
                    double y = y(jets.get(i), jets.get(j), e2);
                    if (y < ymin) {
                        ymin = y;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (jets.size() == 3) {
                return ymin;
            }
            double[] a = jets.get(bi);
            double[] b = jets.remove(bj);
            for (int c = 0; c < 4; c++) {
                a[c] += b[c];
            }
        }
    }

    /**
     * The Durham jets at resolution y_cut: particles are clustered as in {@link #durhamY23} until
     * every pair has y_ij > y_cut.
     *
     * @param p four-momenta as {px, py, pz, E}
     * @param ycut the resolution
     * @return the jets' four-momenta
     */
    public static List<double[]> durhamJets(List<double[]> p, double ycut) {
        return durham(p, ycut, 1);
    }

    /**
     * The event clustered with the Durham algorithm into exactly {@code n} jets (fewer when it has
     * fewer particles).
     */
    public static List<double[]> durhamExclusive(List<double[]> p, int n) {
        return durham(p, Double.POSITIVE_INFINITY, n);
    }

    private static List<double[]> durham(List<double[]> p, double ycut, int nMin) {
        List<double[]> jets = new ArrayList<>();
        double evis = 0;
        for (double[] v : p) {
            jets.add(v.clone());
            evis += v[3];
        }
        double e2 = evis * evis;
        while (jets.size() > nMin) {
            double ymin = Double.POSITIVE_INFINITY;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < jets.size(); i++) {
                for (int j = i + 1; j < jets.size(); j++) {
                    double y = y(jets.get(i), jets.get(j), e2);
                    if (y < ymin) {
                        ymin = y;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (ymin > ycut) {
                break;
            }
            double[] a = jets.get(bi);
            double[] b = jets.remove(bj);
            for (int c = 0; c < 4; c++) {
                a[c] += b[c];
            }
        }
        return jets;
    }

    private static double y(double[] a, double[] b, double e2) {
        double na = norm(a);
        double nb = norm(b);
        double cos = na > 0 && nb > 0 ? dot(a, b) / (na * nb) : 1;
        double emin = Math.min(a[3], b[3]);
        return 2 * emin * emin * (1 - cos) / e2;
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
