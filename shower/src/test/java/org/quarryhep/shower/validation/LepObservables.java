package org.quarryhep.shower.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdgTable;
import org.quarryhep.shower.ShowerChain;

/**
 * The LEP1 observables of ALEPH 1996 (Phys. Rept. 294 (1998) 1) accumulated over e⁺e⁻ → hadrons
 * events at 91.2 GeV, defined as the Rivet analysis ALEPH_1996_S3486095 defines them: the mean
 * charged multiplicity (stable charged particles after K_S⁰ and Λ decays), the mean number per
 * event of identified hadrons (every one produced, also in decays; particle and antiparticle), and,
 * from charged particles, 1 − T and −ln y₂₃ (Durham), normalised to the event count.
 */
public final class LepObservables {
    /** The identified hadrons compared: ALEPH d44-x01-yNN and the PDG ids counted. */
    public static final Map<String, int[]> RATES = new LinkedHashMap<>();

    /** The ALEPH histogram of each rate in {@link #RATES}. */
    public static final Map<String, String> RATE_HISTOGRAM = new LinkedHashMap<>();

    static {
        rate("pi0", "d44-x01-y02", 111);
        rate("eta", "d44-x01-y03", 221);
        rate("eta'", "d44-x01-y04", 331);
        rate("K0", "d44-x01-y05", 310, 130);
        rate("rho0", "d44-x01-y06", 113);
        rate("omega", "d44-x01-y07", 223);
        rate("phi", "d44-x01-y08", 333);
        rate("K*+-", "d44-x01-y09", 323);
        rate("K*0", "d44-x01-y10", 313);
        rate("Lambda", "d44-x01-y11", 3122);
    }

    private static void rate(String name, String histogram, int... ids) {
        RATES.put(name, ids);
        RATE_HISTOGRAM.put(name, histogram);
    }

    private final List<Yoda.Point> thrustBins;
    private final List<Yoda.Point> y23Bins;
    private final double[] thrust;
    private final double[] y23;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private long events;
    private long charged;

    /** Accumulates into the binning of the ALEPH 1 − T (d03) and −ln y₂₃ (d05) histograms. */
    public LepObservables(Yoda aleph) {
        this.thrustBins = aleph.get("d03-x01-y01");
        this.y23Bins = aleph.get("d05-x01-y01");
        this.thrust = new double[thrustBins.size()];
        this.y23 = new double[y23Bins.size()];
        for (String r : RATES.keySet()) {
            counts.put(r, 0L);
        }
    }

    /** Runs {@code n} events of {@code source} through the chain (event k: stream seed + k). */
    public static LepObservables run(
            ShowerChain chain, ElectronPositronEvents source, Yoda aleph, int n, long seed) {
        LepObservables obs = new LepObservables(aleph);
        for (int k = 0; k < n; k++) {
            SplittableRandom rng = new SplittableRandom(seed * 1_000_003 + k);
            obs.add(chain.process(source.next(k + 1, rng), rng));
        }
        return obs;
    }

    /** Adds one particle-level event. */
    public void add(Event e) {
        events++;
        List<double[]> p3 = new ArrayList<>();
        List<double[]> p4 = new ArrayList<>();
        for (Particle p : e.particles()) {
            int id = Math.abs(p.pdgId());
            boolean soft = p.momentum().p() < 0.1 * e.particle(0).momentum().e();
            if ((p.status() == 1 || p.status() == 2) && !(soft && (id == 221 || id == 331))) {
                for (var r : RATES.entrySet()) {
                    for (int want : r.getValue()) {
                        if (id == want) {
                            counts.merge(r.getKey(), 1L, Long::sum);
                        }
                    }
                }
            }
            if (p.isFinal() && PdgTable.charge(p.pdgId()) != 0) {
                charged++;
                var m = p.momentum();
                p3.add(new double[] {m.px(), m.py(), m.pz()});
                p4.add(new double[] {m.px(), m.py(), m.pz(), m.e()});
            }
        }
        fill(thrustBins, thrust, 1 - EventShapes.thrust(p3));
        double y = EventShapes.durhamY23(p4);
        if (y > 0) {
            fill(y23Bins, y23, -Math.log(y));
        }
    }

    private static void fill(List<Yoda.Point> bins, double[] h, double x) {
        for (int b = 0; b < bins.size(); b++) {
            if (x >= bins.get(b).low() && x < bins.get(b).high()) {
                h[b]++;
                return;
            }
        }
    }

    /** Events accumulated. */
    public long events() {
        return events;
    }

    /** Mean charged multiplicity. */
    public double meanCharged() {
        return (double) charged / events;
    }

    /** Mean number per event of one of {@link #RATES}. */
    public double rate(String name) {
        return (double) counts.get(name) / events;
    }

    /** Statistical error of a mean count per event (Poisson). */
    public double rateError(String name) {
        return Math.sqrt(counts.get(name)) / events;
    }

    /** 1/N dN/d(1 − T) in the ALEPH bins, with the statistical errors (see density). */
    public double[][] thrust() {
        return density(thrustBins, thrust);
    }

    /** 1/N dN/d(−ln y₂₃) in the ALEPH bins, with the statistical errors. */
    public double[][] y23() {
        return density(y23Bins, y23);
    }

    /**
     * Density and its Poisson error, the error from the larger of the observed count and the count
     * the data predict, so that a sparse tail bin (a count of 0 or 1) is not given a zero error.
     */
    private double[][] density(List<Yoda.Point> bins, double[] h) {
        double[][] out = new double[2][h.length];
        for (int b = 0; b < h.length; b++) {
            double w = bins.get(b).high() - bins.get(b).low();
            double expected = bins.get(b).y() * w * events;
            out[0][b] = h[b] / events / w;
            out[1][b] = Math.sqrt(Math.max(h[b], expected)) / events / w;
        }
        return out;
    }
}
