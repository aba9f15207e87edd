package org.quarryhep.analyses.diphunting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.RandomStreams;
import org.quarryhep.gen.pdf.PdfSet;
import org.quarryhep.gen.process.Collider;
import org.quarryhep.gen.process.TopPairProcess;
import org.quarryhep.gen.process.TopPairResonanceProcess;
import org.quarryhep.gen.process.TopPairResonanceWeights;
import org.quarryhep.gen.process.TopPairResonanceWeights.Kinematics;
import org.quarryhep.gen.process.TopPairResonanceWeights.Theta;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;

/**
 * The parton-level events of the analysis, reweightable exactly to any θ = (m_S, κ).
 *
 * <p>The g g events come from several samples (QCD and signal components at a few θ_j). Every
 * event's weight for a target density f is f(x) / Σ_j N_j g_j(x), with g_j = |M_j|²/σ_j the
 * normalised density of sample j (the "balance heuristic" of multiple importance sampling): the
 * gluon luminosity and phase space are common to all g g samples and cancel, so only matrix
 * elements ({@link TopPairResonanceWeights}) and each sample's mean |weight| enter, and the sum
 * over all g g events of a target's weights estimates its σ without bias. Signal samples put events
 * where the resonance is, which a QCD sample alone populates poorly. The q q̄ events keep their own
 * weights (S does not couple to quarks).
 *
 * <p>The exact likelihood ratio needs, besides the g g pieces, the q q̄ density at the same x =
 * (m_tt̄, cos θ*, y_tt̄): ρ(x) = L_qq̄ Σ̄|M|²_qq̄ / (L_gg Σ̄|M|²_gg) with the parton luminosities
 * at the event's x₁, x₂ and scale (the generator's channels: u, d, s, c and their antiquarks). Then
 * dσ_θ/dσ_SM(x) = 1 + (s_θ + i_θ)/(q (1 + ρ)).
 *
 * <p>With dileptonic samples ({@code decayed}) x is the full decayed record and every matrix
 * element is the decay-inclusive one: the production pieces times the event's spin weights ({@link
 * DileptonRecord}; g g QCD, ³P₀/¹S₀ for the signal and the interference, {@code
 * Pieces.withDecays}), in the balance heuristic (each sample's density includes the decays it was
 * generated with), in the BSM weights and in the exact ratio; ρ becomes ρ w_qq̄/w_gg, the q q̄ to g
 * g QCD ratio of the decayed densities. The q q̄ events keep their weights: their sample was
 * decayed with the q q̄ correlation, which is θ-independent. The pool then also holds the dilepton
 * spin observables, which {@link FeatureSet#SPIN} gives the networks.
 */
final class PartonPool {
    /** One event's parton-level record. */
    private record Parton(
            boolean gluons,
            Kinematics kin,
            double x1,
            double x2,
            double scale,
            double rapidity,
            double weight,
            int sample,
            DileptonRecord decays) {}

    private final TopPairResonanceWeights weights;
    private final boolean cpOdd;
    private final int size;
    private final boolean[] gluons;
    private final Kinematics[] kin;
    private final float[] mttObserved;
    private final float[] absCos;
    private final float[] rapidity;
    private final double[] perMe;
    private final double[] smWeight;
    private final double[] lnOnePlusRho;
    private final double[] lnOnePlusRhoProduction;
    private final boolean[] test;
    private final double testFraction;
    private final TopPairResonanceWeights.SpinWeights[] spin;
    private final float[] cosPhi;
    private final float[] c1c2;

    /** A g g sample of the pool: its generated θ, component and events. */
    record GluonSample(Theta theta, int component, List<Path> files) {}

    /** Reads the samples, production kinematics only (the 8-argument form, not decayed). */
    PartonPool(
            Collider collider,
            List<GluonSample> gg,
            List<Path> qqFiles,
            boolean cpOdd,
            double mttResolution,
            double testFraction,
            RandomStreams streams) {
        this(collider, gg, qqFiles, cpOdd, mttResolution, testFraction, streams, false);
    }

    /**
     * Reads the samples, with the decays when they are dileptonic.
     *
     * @param collider the collision the samples were generated with
     * @param gg the g g samples
     * @param qqFiles the q q̄ sample's event files
     * @param cpOdd the scalar's CP
     * @param mttResolution relative Gaussian m_tt̄ resolution
     * @param testFraction held-out fraction
     * @param streams the random streams (resolution, split)
     * @param decayed whether the weights and the exact ratio are those of the full dileptonic
     *     record (class comment)
     */
    PartonPool(
            Collider collider,
            List<GluonSample> gg,
            List<Path> qqFiles,
            boolean cpOdd,
            double mttResolution,
            double testFraction,
            RandomStreams streams,
            boolean decayed) {
        this.weights = new TopPairResonanceWeights(collider);
        this.cpOdd = cpOdd;
        this.testFraction = testFraction;
        List<Parton> events = new ArrayList<>();
        double[] meanAbs = new double[gg.size()];
        int[] counts = new int[gg.size()];
        for (int j = 0; j < gg.size(); j++) {
            for (Path f : gg.get(j).files()) {
                read(f, j, events, collider, decayed);
            }
        }
        for (Parton p : events) {
            meanAbs[p.sample()] += Math.abs(p.weight());
            counts[p.sample()]++;
        }
        for (int j = 0; j < gg.size(); j++) {
            if (counts[j] < 2) {
                throw new DipHuntingException(
                        "g g sample " + j + " has " + counts[j] + " events; at least 2 needed");
            }
            meanAbs[j] /= counts[j];
        }
        int nGluon = events.size();
        for (Path f : qqFiles) {
            read(f, -1, events, collider, decayed);
        }
        if (events.size() == nGluon) {
            throw new DipHuntingException("the q qbar sample has no events");
        }
        size = events.size();
        gluons = new boolean[size];
        kin = new Kinematics[size];
        mttObserved = new float[size];
        absCos = new float[size];
        rapidity = new float[size];
        perMe = new double[size];
        smWeight = new double[size];
        lnOnePlusRho = new double[size];
        lnOnePlusRhoProduction = decayed ? new double[size] : lnOnePlusRho;
        test = new boolean[size];
        spin = decayed ? new TopPairResonanceWeights.SpinWeights[size] : null;
        cosPhi = decayed ? new float[size] : null;
        c1c2 = decayed ? new float[size] : null;
        TopPairResonanceWeights.AtTheta[] generated =
                new TopPairResonanceWeights.AtTheta[gg.size()];
        for (int j = 0; j < gg.size(); j++) {
            generated[j] = weights.at(gg.get(j).theta());
        }
        RandomStreams resolution = streams.child("mtt-resolution");
        RandomStreams split = streams.child("split");
        PdfSet pdf = collider.pdf();
        double mt = collider.sm().mTop();
        for (int i = 0; i < size; i++) {
            Parton p = events.get(i);
            gluons[i] = p.gluons();
            kin[i] = p.kin();
            double mtt = Math.sqrt(p.kin().shat());
            SplittableRandom r = resolution.stream(i);
            double smear = mttResolution > 0 ? 1 + mttResolution * r.nextGaussian() : 1;
            mttObserved[i] = (float) (mtt * smear);
            absCos[i] = (float) Math.abs(p.kin().cos());
            rapidity[i] = (float) p.rapidity();
            test[i] = split.stream(i).nextDouble() < testFraction;
            double scale = test[i] ? 1 / testFraction : 1 / (1 - testFraction);
            // The production QCD |M|² for ρ, the decayed one (× w_gg) for the weights.
            double qcdProduction = generated[0].pieces(p.kin()).qcd();
            double qcd = qcdProduction;
            double spinRho = 1;
            if (decayed) {
                spin[i] = p.decays().spin();
                cosPhi[i] = (float) p.decays().observables().cosPhi();
                c1c2[i] = (float) p.decays().observables().c1c2();
                qcd *= spin[i].qcd();
                spinRho = p.decays().quarkWeight() / spin[i].qcd();
            }
            if (p.gluons()) {
                double denominator = 0;
                for (int j = 0; j < gg.size(); j++) {
                    TopPairResonanceWeights.Pieces pj = generated[j].pieces(p.kin());
                    if (decayed) {
                        pj = pj.withDecays(spin[i], gg.get(j).theta().cpOdd());
                    }
                    double me = pj.component(gg.get(j).component());
                    denominator += counts[j] * Math.abs(me) / meanAbs[j];
                }
                perMe[i] = scale / denominator;
                smWeight[i] = qcd * perMe[i];
            } else {
                smWeight[i] = p.weight() * scale / (size - nGluon);
            }
            double rhoProduction = rho(pdf, p, mt, qcdProduction);
            lnOnePlusRho[i] = Math.log1p(rhoProduction * spinRho);
            lnOnePlusRhoProduction[i] = Math.log1p(rhoProduction);
        }
    }

    /** ρ = L_qq̄ Σ̄|M|²_qq̄ / (L_gg Σ̄|M|²_gg) at the event's x₁, x₂, scale and kinematics. */
    private static double rho(PdfSet pdf, Parton p, double mt, double qcdMe) {
        double shat = p.kin().shat();
        double beta = Math.sqrt(1 - 4 * mt * mt / shat);
        double t = mt * mt - shat / 2 * (1 - beta * p.kin().cos());
        double gs2 = 4 * Math.PI * p.kin().alphaS();
        double qqMe = gs2 * gs2 * TopPairProcess.quarkMatrixElement(shat, t, mt);
        double q = p.scale();
        double lgg = pdf.xfxQ(21, p.x1(), q) * pdf.xfxQ(21, p.x2(), q);
        double lqq = 0;
        for (int f = 1; f <= 4; f++) {
            lqq +=
                    pdf.xfxQ(f, p.x1(), q) * pdf.xfxQ(-f, p.x2(), q)
                            + pdf.xfxQ(-f, p.x1(), q) * pdf.xfxQ(f, p.x2(), q);
        }
        return lqq * qqMe / (lgg * qcdMe);
    }

    private void read(Path file, int sample, List<Parton> out, Collider collider, boolean decayed) {
        try (EventReader reader = EventReaders.open(file)) {
            while (reader.hasNext()) {
                Event e = reader.next();
                out.add(
                        parton(
                                e,
                                sample,
                                collider,
                                decayed ? DileptonRecord.of(e, weights) : null));
            }
        }
    }

    /** cos φ of event i (decayed pools only). */
    float cosPhi(int i) {
        return cosPhi[i];
    }

    /** c₁c₂ of event i (decayed pools only). */
    float c1c2(int i) {
        return c1c2[i];
    }

    /** Event i's spin weights (decayed pools only). */
    TopPairResonanceWeights.SpinWeights spinWeights(int i) {
        return spin[i];
    }

    /** The matrix-element pieces of event i at θ, decay-inclusive in a decayed pool. */
    private TopPairResonanceWeights.Pieces pieces(TopPairResonanceWeights.AtTheta at, int i) {
        TopPairResonanceWeights.Pieces p = at.pieces(kin[i]);
        return spin == null ? p : p.withDecays(spin[i], cpOdd);
    }

    /** The production kinematics of a t t̄ event (beam 1 is the incoming parton along +z). */
    private Parton parton(Event e, int sample, Collider collider, DileptonRecord decays) {
        FourMomentum plus = null;
        FourMomentum minus = null;
        FourMomentum top = null;
        FourMomentum antiTop = null;
        boolean gg = true;
        for (Particle p : e.particles()) {
            if (p.status() == -1) {
                gg &= p.pdgId() == 21;
                if (p.momentum().pz() > 0) {
                    plus = p.momentum();
                } else {
                    minus = p.momentum();
                }
            } else if (p.pdgId() == 6 && top == null) {
                top = p.momentum();
            } else if (p.pdgId() == -6 && antiTop == null) {
                antiTop = p.momentum();
            }
        }
        if (plus == null || minus == null || top == null || antiTop == null) {
            throw new DipHuntingException(
                    "event " + e.number() + ": not a 2 -> t tbar event (incoming pair, t, tbar)");
        }
        if (gg != (sample >= 0)) {
            throw new DipHuntingException(
                    "event "
                            + e.number()
                            + (sample >= 0
                                    ? ": a g g sample holds a q qbar event"
                                    : ": the q qbar sample holds a g g event"));
        }
        double mt = collider.sm().mTop();
        FourMomentum tt = top.plus(antiTop);
        double shat = tt.m2();
        double beta = Math.sqrt(1 - 4 * mt * mt / shat);
        double t = plus.minus(top).m2();
        double cos = Math.max(-1, Math.min(1, (t - mt * mt + shat / 2) / (shat * beta / 2)));
        double eBeam = collider.sqrtS() / 2;
        double y = 0.5 * Math.log((tt.e() + tt.pz()) / (tt.e() - tt.pz()));
        return new Parton(
                gg,
                new Kinematics(shat, cos, e.alphaQcd()),
                plus.e() / eBeam,
                minus.e() / eBeam,
                e.scale(),
                y,
                e.weight(),
                sample,
                decays);
    }

    /** Whether event i is g g (else q q̄). */
    boolean isGluonEvent(int i) {
        return gluons[i];
    }

    /** ρ(x) of event i: the q q̄ to g g (QCD) density ratio at its x. */
    double rho(int i) {
        return Math.expm1(lnOnePlusRho[i]);
    }

    /** The number of events. */
    int size() {
        return size;
    }

    /** Whether event i is held out of training. */
    boolean isTest(int i) {
        return test[i];
    }

    /** The fraction of events held out. */
    double testFraction() {
        return testFraction;
    }

    /** The observed m_tt̄ (smeared when a resolution is set), GeV. */
    float mtt(int i) {
        return mttObserved[i];
    }

    /** |cos θ*| of the top in the t t̄ frame. */
    float absCos(int i) {
        return absCos[i];
    }

    /** The t t̄ rapidity. */
    float rapidity(int i) {
        return rapidity[i];
    }

    /** The Standard-Model weight of event i (pb; its subset's sum estimates σ_SM). */
    double smWeight(int i) {
        return smWeight[i];
    }

    /** The parameter point (derived width) of (m_S, κ). */
    Theta theta(double mS, double kappa) {
        return new Theta(mS, kappa, cpOdd, Double.NaN);
    }

    /**
     * The BSM weights at θ: per event the signal |M_S|² and the signed interference, in pb (zero
     * for q q̄ events).
     *
     * @param mS m_S, GeV
     * @param kappa κ
     * @return the two weight arrays
     */
    Bsm bsm(double mS, double kappa) {
        return bsm(mS, kappa, Double.NaN);
    }

    /**
     * The BSM weights at θ with a fixed width (the (m_S, Γ_S) network's training classes).
     *
     * @param mS m_S, GeV
     * @param kappa κ
     * @param width Γ_S, GeV (NaN: derived from m_S and κ)
     * @return the two weight arrays
     */
    Bsm bsm(double mS, double kappa, double width) {
        double[] s = new double[size];
        double[] in = new double[size];
        if (kappa != 0) {
            TopPairResonanceWeights.AtTheta at = weights.at(new Theta(mS, kappa, cpOdd, width));
            for (int i = 0; i < size; i++) {
                if (gluons[i]) {
                    TopPairResonanceWeights.Pieces p = pieces(at, i);
                    s[i] = p.signal() * perMe[i];
                    in[i] = p.interference() * perMe[i];
                }
            }
        }
        return new Bsm(s, in);
    }

    /**
     * The exact ln[dσ_θ/dσ_SM](x) of every event, before normalisation: the g g pieces at the
     * event's (ŝ, cos θ*) and the q q̄ share ρ at its (x₁, x₂, scale). With a resolution this is
     * the ratio at the true m_tt̄, not at the observed one.
     *
     * @param mS m_S, GeV
     * @param kappa κ
     * @return ln(1 + (s + i)/(q (1 + ρ))) per event
     */
    double[] trueLnDensityRatio(double mS, double kappa) {
        double[] out = new double[size];
        if (kappa == 0) {
            return out;
        }
        TopPairResonanceWeights.AtTheta at = weights.at(theta(mS, kappa));
        for (int i = 0; i < size; i++) {
            TopPairResonanceWeights.Pieces p = pieces(at, i);
            out[i] =
                    Math.log1p(
                            (p.signal() + p.interference())
                                    / (p.qcd() * Math.exp(lnOnePlusRho[i])));
        }
        return out;
    }

    /**
     * The exact ln[dσ_θ/dσ_SM] of the production kinematics alone (decays integrated out): the
     * ratio of the marginals, the SM conditional mean of the full record's ratio — the best any
     * function of the production observables can do. (m_S, κ) as in {@link #trueLnDensityRatio}.
     */
    double[] productionLnDensityRatio(double mS, double kappa) {
        return kappa == 0 ? new double[size] : lnDensityRatio(theta(mS, kappa), false);
    }

    /**
     * The exact ln[dσ_θ/dσ_SM] at any θ (either CP, any width), of the full decayed record or of
     * the production kinematics alone ({@link #productionLnDensityRatio}).
     *
     * @param theta the hypothesis (κ > 0)
     * @param fullRecord with the decays (in a decayed pool), else the production marginal
     * @return ln r per event
     */
    double[] lnDensityRatio(Theta theta, boolean fullRecord) {
        double[] out = new double[size];
        TopPairResonanceWeights.AtTheta at = weights.at(theta);
        boolean decays = fullRecord && spin != null;
        for (int i = 0; i < size; i++) {
            TopPairResonanceWeights.Pieces p = at.pieces(kin[i]);
            if (decays) {
                p = p.withDecays(spin[i], theta.cpOdd());
            }
            double lnRho = decays ? lnOnePlusRho[i] : lnOnePlusRhoProduction[i];
            out[i] = Math.log1p((p.signal() + p.interference()) / (p.qcd() * Math.exp(lnRho)));
        }
        return out;
    }

    /**
     * The exact signal and interference shares of every event at θ: s/(q (1 + ρ)) and i/(q (1 +
     * ρ)), so that dσ_θ/dσ_SM = 1 + signal + interference (the terms of {@link
     * #trueLnDensityRatio}). A sum of w_SM times a share over events estimates that part of σ_θ.
     *
     * @param mS m_S, GeV
     * @param kappa κ
     * @return the two shares per event
     */
    Bsm shares(double mS, double kappa) {
        return shares(mS, kappa, Double.NaN);
    }

    /**
     * The shares at θ with a fixed width.
     *
     * @param mS m_S, GeV
     * @param kappa κ
     * @param width Γ_S, GeV (NaN: derived from m_S and κ)
     * @return the two shares per event
     */
    Bsm shares(double mS, double kappa, double width) {
        double[] s = new double[size];
        double[] in = new double[size];
        if (kappa != 0) {
            TopPairResonanceWeights.AtTheta at = weights.at(new Theta(mS, kappa, cpOdd, width));
            for (int i = 0; i < size; i++) {
                TopPairResonanceWeights.Pieces p = pieces(at, i);
                double sm = p.qcd() * Math.exp(lnOnePlusRho[i]);
                s[i] = p.signal() / sm;
                in[i] = p.interference() / sm;
            }
        }
        return new Bsm(s, in);
    }

    /**
     * The per-event BSM weights at one θ.
     *
     * @param signal κ⁴-scaled |M_S|² weights
     * @param interference κ²-scaled interference weights (signed)
     */
    record Bsm(double[] signal, double[] interference) {}

    /** The process component a gg sample was generated as, from its parameters. */
    static int component(double value) {
        return value == 0 ? TopPairResonanceProcess.BACKGROUND : TopPairResonanceProcess.SIGNAL;
    }
}
