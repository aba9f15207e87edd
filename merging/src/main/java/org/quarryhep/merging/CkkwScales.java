package org.quarryhep.merging;

import java.util.ArrayList;
import java.util.List;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdfInfo;
import org.quarryhep.gen.pdf.PdfSet;

/**
 * CKKW-style scales for the events of a merged sample, as MadGraph sets them for MLM ({@code ickkw
 * = 1}): the light partons are clustered back to the core process with the k_T algorithm ({@link
 * PartonClustering}); each clustering step is one QCD emission whose α_s is taken at that step's
 * k_T, the core's own QCD couplings (one per coloured core particle: none for Z/γ*, two for t t̄)
 * and the factorisation scale are taken at the core scale: for a colour-singlet core the transverse
 * mass of the core system, √(m² + p_T²) (for Drell–Yan the m_T of the lepton pair); for a core of
 * tops alone (t t̄) the geometric mean of their transverse masses, MadGraph's {@code mt2last} for a
 * last clustering that is QCD in the s-channel ({@code setclscales} in {@code reweight.f}) — the
 * pair's own m_T would be ≥ 2m_t, about twice that, and lowered σ by ~25 %. The event generated at
 * μ₀ is reweighted by
 *
 * <pre>
 *   f₁(x₁, μ_core) f₂(x₂, μ_core) / (f₁(x₁, μ₀) f₂(x₂, μ₀)) · Π_i α_s(k_T,i)/α_s(μ₀)
 *       · (α_s(μ_core)/α_s(μ₀))^(n_core)
 * </pre>
 *
 * <p>with α_s and the densities of the generator's PDF set. Not done as in MadGraph: the clustering
 * is flavour-blind, and MadGraph's extra PDF-ratio (Sudakov-like) factors for initial- state
 * clusterings are not applied — the shower's veto supplies the Sudakov suppression in MLM.
 */
public final class CkkwScales {
    private final PdfSet pdf;

    /**
     * Creates the reweighting for events generated with a PDF set.
     *
     * @param pdf the generator's set (its densities and α_s)
     */
    public CkkwScales(PdfSet pdf) {
        this.pdf = pdf;
    }

    /**
     * The scales and the weight factor of one event.
     *
     * @param coreScale the core scale μ_core, GeV
     * @param clusteringScales the k_T of each clustering step, GeV
     * @param factor the weight factor from the generated scale to these
     */
    public record Reweighting(double coreScale, double[] clusteringScales, double factor) {
        /** The smallest clustering scale, or the core scale without extra partons. */
        public double softestScale() {
            double min = coreScale;
            for (double k : clusteringScales) {
                min = Math.min(min, k);
            }
            return min;
        }
    }

    /** Whether a PDG id is a light parton (g, d, u, s, c, b and antiquarks): a jet. */
    public static boolean isLightParton(int pdgId) {
        int a = Math.abs(pdgId);
        return a == 21 || (a >= 1 && a <= 5);
    }

    /** The light final-state partons of a parton-level event. */
    public static List<FourMomentum> lightPartons(Event e) {
        List<FourMomentum> out = new ArrayList<>();
        for (Particle p : e.particles()) {
            if (p.isFinal() && isLightParton(p.pdgId())) {
                out.add(p.momentum());
            }
        }
        return out;
    }

    /**
     * Computes the scales and the weight factor of a generated event.
     *
     * @param event the event, with its PDF information, scale and α_s
     * @return the reweighting
     * @throws MergingException when the event has no core (only light partons) or no PDF info
     */
    public Reweighting reweight(Event event) {
        FourMomentum core = null;
        int coreQcdOrder = 0;
        int coreParticles = 0;
        double topMtProduct = 1;
        for (Particle p : event.particles()) {
            if (!p.isFinal() || isLightParton(p.pdgId())) {
                continue;
            }
            core = core == null ? p.momentum() : core.plus(p.momentum());
            coreParticles++;
            if (Math.abs(p.pdgId()) == 6) {
                coreQcdOrder++;
                topMtProduct *= p.momentum().mt();
            }
        }
        if (core == null) {
            throw new MergingException(
                    "event "
                            + event.number()
                            + ": only light partons in the final state; merging needs a core"
                            + " process (Z, W, t t~, ...) that the jets are clustered onto");
        }
        PdfInfo info = event.pdfInfo();
        if (info == null) {
            throw new MergingException(
                    "event " + event.number() + ": no PDF information to reweight the scales");
        }
        double muCore =
                coreQcdOrder > 0 && coreQcdOrder == coreParticles
                        ? Math.pow(topMtProduct, 1.0 / coreQcdOrder)
                        : Math.sqrt(core.m2() + core.pt2());
        double[] kt = PartonClustering.scales(lightPartons(event));
        double alpha0 = event.alphaQcd();
        double mu0 = info.scale();
        double factor =
                pdf.xfxQ(info.parton1(), info.x1(), muCore)
                        * pdf.xfxQ(info.parton2(), info.x2(), muCore)
                        / (pdf.xfxQ(info.parton1(), info.x1(), mu0)
                                * pdf.xfxQ(info.parton2(), info.x2(), mu0));
        for (double k : kt) {
            factor *= pdf.alphaS(k) / alpha0;
        }
        factor *= Math.pow(pdf.alphaS(muCore) / alpha0, coreQcdOrder);
        return new Reweighting(muCore, kt, factor);
    }
}
