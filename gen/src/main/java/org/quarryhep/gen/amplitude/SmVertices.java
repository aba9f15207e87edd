package org.quarryhep.gen.amplitude;

import java.util.List;
import org.quarryhep.gen.amplitude.OffShellRecursion.Current;

/**
 * The vertices of the {@code sm} model that {@link OffShellRecursion} joins currents with, and what
 * they share: the coupling-order limits and the Fermi parity of the joined sources. The Feynman
 * rules live in {@link FermionVertices} (q q̄ g, f f̄ γ/Z/W, f f̄ H), {@link GluonVertices} (ggg,
 * gggg), {@link ElectroweakVertices} (WWγ, WWZ, the quartic gauge vertices, HWW, HZZ, HHWW, HHZZ,
 * HHH, HHHH) and, when the model has them, {@link ScalarResonanceVertices} (t t̄ S, g g S), {@link
 * SmuonVertices} (γ/Z μ̃ μ̃*, the seagulls) and {@link NeutralinoVertices} (μ̃ μ χ̃⁰) and {@link
 * HeavyNeutrinoVertices} (W_R q q̄′, W_R ℓ N, W ℓ N with Majorana N).
 */
final class SmVertices {
    private final int fermionMask;
    private final int maxQcd;
    private final int maxQed;
    private final int maxWeighted;
    private final FermionVertices fermions;
    private final GluonVertices gluons;
    private final ElectroweakVertices electroweak;
    private final ScalarResonanceVertices scalar;
    private final SmuonVertices smuons;
    private final HeavyNeutrinoVertices heavy;
    private final NeutralinoVertices neutralinos;
    private final RightHandedW rightW;
    private final int allButRoot;

    /**
     * Reads the couplings of the model.
     *
     * @param model couplings, masses and widths
     * @param fermionMask bit i is set when particle i is a fermion (a Grassmann source)
     * @param maxQcd the largest QCD order a current may have
     * @param maxQed the largest QED order a current may have
     * @param maxWeighted the largest QCD + 2·QED order a current may have
     * @param allButRoot the mask of every particle but the root
     */
    SmVertices(
            AmplitudeModel model,
            int fermionMask,
            int maxQcd,
            int maxQed,
            int maxWeighted,
            int allButRoot) {
        this.fermionMask = fermionMask;
        this.maxQcd = maxQcd;
        this.maxQed = maxQed;
        this.maxWeighted = maxWeighted;
        this.fermions = new FermionVertices(this, model);
        this.gluons = new GluonVertices(this, model.gs());
        this.electroweak = new ElectroweakVertices(this, model);
        this.scalar = model.scalar().active() ? new ScalarResonanceVertices(this, model) : null;
        this.smuons = model.smuon().active() ? new SmuonVertices(this, model) : null;
        this.heavy =
                model.heavy().active() || model.heavy().rightW()
                        ? new HeavyNeutrinoVertices(this, model)
                        : null;
        this.rightW = model.heavy().rightW() ? new RightHandedW(this, model) : null;
        this.neutralinos =
                model.neutralino().present() && model.smuon().active()
                        ? new NeutralinoVertices(this, model)
                        : null;
        this.allButRoot = allButRoot;
    }

    /** The current of this species and orders in {@code out}, added (zero) if missing. */
    Current target(List<Current> out, int id, int qcd, int qed) {
        for (Current c : out) {
            if (c.id == id && c.qcd == qcd && c.qed == qed) {
                return c;
            }
        }
        Current c = new Current(id, qcd, qed, OffShellRecursion.size(id));
        out.add(c);
        return c;
    }

    /** Whether a current of these coupling orders is within the limits. */
    boolean allowed(int qcd, int qed) {
        return qcd <= maxQcd && qed <= maxQed && qcd + 2 * qed <= maxWeighted;
    }

    /** Parity (±1) of the permutation sorting the fermions of mask a followed by those of b. */
    int sign(int a, int b) {
        int fa = a & fermionMask;
        int fb = b & fermionMask;
        int inversions = 0;
        for (int x = fa; x != 0; x &= x - 1) {
            int bit = Integer.numberOfTrailingZeros(x);
            inversions += Integer.bitCount(fb & ((1 << bit) - 1));
        }
        return (inversions & 1) == 0 ? 1 : -1;
    }

    /**
     * Adds to {@code out} the currents of every vertex joining current a (of sources ma, momentum
     * pa) with current b (of sources mb, momentum pb).
     */
    void join(Current a, int ma, double[] pa, Current b, int mb, double[] pb, List<Current> out) {
        Particle x = Particle.byPdg(a.id);
        Particle y = Particle.byPdg(b.id);
        if (NeutralinoVertices.isNeutralino(a.id) || NeutralinoVertices.isNeutralino(b.id)) {
            // the neutralino couples to nothing but the smuon and the muon
            if (neutralinos != null && x.isFermion() && y.isFermion()) {
                neutralinos.fermions(a, ma, b, mb, out);
            } else if (neutralinos != null) {
                Current f = x.isFermion() ? a : b;
                neutralinos.fermionScalar(f, f == a ? b : a, sign(ma, mb), out);
            }
            return;
        }
        if (x.isFermion() && y.isFermion()) {
            if (heavy != null) {
                heavy.fermions(a, ma, b, mb, out);
                if (HeavyNeutrinoSector.isNeutrino(a.id) || HeavyNeutrinoSector.isNeutrino(b.id)) {
                    return;
                }
            }
            if (a.id < 0 && b.id > 0) {
                fermions.bilinear(a, b, sign(ma, mb), out);
                if (scalar != null) {
                    scalar.bilinear(a, b, sign(ma, mb), out);
                }
            } else if (a.id > 0 && b.id < 0) {
                fermions.bilinear(b, a, sign(mb, ma), out);
                if (scalar != null) {
                    scalar.bilinear(b, a, sign(mb, ma), out);
                }
            }
        } else if (x.isFermion() || y.isFermion()) {
            Current f = x.isFermion() ? a : b;
            Current boson = f == a ? b : a;
            if (heavy != null) {
                heavy.fermionBoson(f, boson, sign(ma, mb), out);
                if (HeavyNeutrinoSector.isNeutrino(f.id)
                        || HeavyNeutrinoVertices.isRightW(boson.id)) {
                    return;
                }
            }
            if (neutralinos != null && SmuonVertices.isSmuon(boson.id)) {
                neutralinos.fermionScalar(f, boson, sign(ma, mb), out);
                return;
            }
            if (scalar != null && boson.id == scalar.id()) {
                scalar.fermionScalar(f, boson, sign(ma, mb), out);
            } else {
                fermions.fermionBoson(f, boson, sign(ma, mb), out);
            }
        } else if (a.id == 21 && b.id == 21) {
            gluons.threeGluon(a, pa, b, pb, sign(ma, mb), out);
            // the loop vertex only between external gluons (see ScalarResonanceVertices)
            if (scalar != null && Integer.bitCount(ma) == 1 && Integer.bitCount(mb) == 1) {
                scalar.gluonPair(a, pa, b, pb, sign(ma, mb), out);
            }
        } else if (smuons != null && (SmuonVertices.isSmuon(a.id) || SmuonVertices.isSmuon(b.id))) {
            if (SmuonVertices.isSmuon(a.id) && SmuonVertices.isSmuon(b.id)) {
                smuons.pair(a, pa, b, pb, sign(ma, mb), out);
            } else if (SmuonVertices.isSmuon(b.id)) {
                smuons.absorb(a, pa, b, pb, sign(ma, mb), out);
            } else {
                smuons.absorb(b, pb, a, pa, sign(ma, mb), out);
            }
        } else if (a.id != 21 && b.id != 21) {
            electroweak.join(a, pa, b, pb, sign(ma, mb), out);
            if (rightW != null) {
                rightW.join(a, pa, b, pb, sign(ma, mb), out);
            }
        } else if (scalar != null && (ma | mb) == allButRoot) {
            // g + S -> g only into the root gluon, from an external one
            boolean gluonFirst = a.id == 21;
            Current g = gluonFirst ? a : b;
            Current s = gluonFirst ? b : a;
            int gluonMask = gluonFirst ? ma : mb;
            if (s.id == scalar.id() && Integer.bitCount(gluonMask) == 1) {
                scalar.gluonScalar(
                        g, gluonFirst ? pa : pb, s, gluonFirst ? pb : pa, sign(ma, mb), out);
            }
        }
    }

    /**
     * Adds to {@code out} the currents of every quartic vertex joining three bosonic currents (of
     * sources ma, mb, mc).
     */
    void join(Current a, int ma, Current b, int mb, Current c, int mc, List<Current> out) {
        int sign = sign(ma, mb) * sign(ma | mb, mc);
        if (a.id == 21 && b.id == 21 && c.id == 21) {
            gluons.fourGluon(a, b, c, sign, out);
        } else if (a.id != 21 && b.id != 21 && c.id != 21) {
            if (smuons != null
                    && (SmuonVertices.isSmuon(a.id)
                            || SmuonVertices.isSmuon(b.id)
                            || SmuonVertices.isSmuon(c.id))) {
                smuons.seagull(a, b, c, sign, out);
            } else {
                electroweak.join(a, b, c, sign, out);
                if (rightW != null) {
                    rightW.join(a, b, c, sign, out);
                }
            }
        }
    }
}
