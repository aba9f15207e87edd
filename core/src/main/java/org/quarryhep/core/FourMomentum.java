package org.quarryhep.core;

/**
 * A Lorentz four-vector (px, py, pz, E) in GeV, metric (+,−,−,−).
 *
 * <p>Conventions, pinned by tests:
 *
 * <ul>
 *   <li>φ ∈ [−π, π); φ = 0 when pT = 0.
 *   <li>Pseudorapidity η = asinh(pz/pT). With pT = 0 it is ±({@link #MAX_RAPIDITY} + |pz|) by the
 *       sign of pz, and 0 for the zero vector, as FastJet does for rapidity: ordering survives and
 *       nothing is infinite.
 *   <li>Rapidity y = ½ ln((E+pz)/(E−pz)), computed from mT² = pT² + max(m², 0) for precision at
 *       large |y|; ±({@link #MAX_RAPIDITY} + |pz|) when E = |pz| and pT = 0.
 *   <li>Spacelike mass is signed: m = sign(m²)·√|m²|.
 * </ul>
 *
 * @param px x momentum, GeV
 * @param py y momentum, GeV
 * @param pz z momentum, GeV
 * @param e energy, GeV
 */
public record FourMomentum(double px, double py, double pz, double e) {

    /** Rapidity magnitude given to vectors with zero transverse momentum (FastJet's MaxRap). */
    public static final double MAX_RAPIDITY = 1e5;

    /** The zero vector. */
    public static final FourMomentum ZERO = new FourMomentum(0, 0, 0, 0);

    /** Builds from Cartesian components. */
    public static FourMomentum ofPxPyPzE(double px, double py, double pz, double e) {
        return new FourMomentum(px, py, pz, e);
    }

    /** Builds from Cartesian momentum and a mass (E = √(p² + m²)). */
    public static FourMomentum ofPxPyPzM(double px, double py, double pz, double m) {
        return new FourMomentum(px, py, pz, Math.sqrt(px * px + py * py + pz * pz + m * m));
    }

    /** Builds from transverse momentum, pseudorapidity, azimuth and mass. */
    public static FourMomentum ofPtEtaPhiM(double pt, double eta, double phi, double m) {
        double px = pt * Math.cos(phi);
        double py = pt * Math.sin(phi);
        double pz = pt * Math.sinh(eta);
        return new FourMomentum(px, py, pz, Math.sqrt(px * px + py * py + pz * pz + m * m));
    }

    /** Builds from transverse momentum, pseudorapidity, azimuth and energy. */
    public static FourMomentum ofPtEtaPhiE(double pt, double eta, double phi, double e) {
        return new FourMomentum(pt * Math.cos(phi), pt * Math.sin(phi), pt * Math.sinh(eta), e);
    }

    /** Builds from transverse momentum, rapidity, azimuth and mass. */
    public static FourMomentum ofPtYPhiM(double pt, double y, double phi, double m) {
        double mt = Math.sqrt(pt * pt + m * m);
        return new FourMomentum(
                pt * Math.cos(phi), pt * Math.sin(phi), mt * Math.sinh(y), mt * Math.cosh(y));
    }

    /** Transverse momentum squared. */
    public double pt2() {
        return px * px + py * py;
    }

    /** Transverse momentum. */
    public double pt() {
        return Math.hypot(px, py);
    }

    /** Magnitude of the three-momentum squared. */
    public double p2() {
        return px * px + py * py + pz * pz;
    }

    /** Magnitude of the three-momentum. */
    public double p() {
        return Math.sqrt(p2());
    }

    /** Invariant mass squared E² − p² (may be negative for spacelike vectors). */
    public double m2() {
        return (e - p()) * (e + p());
    }

    /** Invariant mass, signed for spacelike vectors: sign(m²)·√|m²|. */
    public double mass() {
        double m2 = m2();
        return m2 >= 0 ? Math.sqrt(m2) : -Math.sqrt(-m2);
    }

    /** Transverse mass of the vector, √(E² − pz²), signed like {@link #mass()}. */
    public double mt() {
        double mt2 = (e - pz) * (e + pz);
        return mt2 >= 0 ? Math.sqrt(mt2) : -Math.sqrt(-mt2);
    }

    /** Transverse energy E·pT/|p| (0 for the zero vector). */
    public double et() {
        double p = p();
        return p == 0 ? 0 : e * pt() / p;
    }

    /** Azimuth φ ∈ [−π, π); 0 when pT = 0. */
    public double phi() {
        if (px == 0 && py == 0) {
            return 0.0;
        }
        double phi = Math.atan2(py, px);
        return phi >= Math.PI ? phi - 2 * Math.PI : phi;
    }

    /** Polar angle θ ∈ [0, π]. */
    public double theta() {
        if (px == 0 && py == 0 && pz == 0) {
            return 0.0;
        }
        return Math.atan2(pt(), pz);
    }

    /** Pseudorapidity η; see the class comment for pT = 0. */
    public double eta() {
        double pt = pt();
        if (pt == 0) {
            return pz == 0 ? 0.0 : Math.copySign(MAX_RAPIDITY + Math.abs(pz), pz);
        }
        return Kinematics.asinh(pz / pt);
    }

    /** Rapidity y; see the class comment for the edge cases. */
    public double rapidity() {
        double pt2 = pt2();
        if (e == Math.abs(pz) && pt2 == 0) {
            return pz == 0 ? 0.0 : Math.copySign(MAX_RAPIDITY + Math.abs(pz), pz);
        }
        double m2 = Math.max(0.0, m2());
        double ePlusAbsPz = e + Math.abs(pz);
        double y = 0.5 * Math.log((pt2 + m2) / (ePlusAbsPz * ePlusAbsPz));
        return pz > 0 ? -y : y;
    }

    /** Sum of two four-vectors. */
    public FourMomentum plus(FourMomentum o) {
        return new FourMomentum(px + o.px, py + o.py, pz + o.pz, e + o.e);
    }

    /** Difference of two four-vectors. */
    public FourMomentum minus(FourMomentum o) {
        return new FourMomentum(px - o.px, py - o.py, pz - o.pz, e - o.e);
    }

    /** This vector scaled by a factor. */
    public FourMomentum times(double f) {
        return new FourMomentum(px * f, py * f, pz * f, e * f);
    }

    /** Minkowski product E₁E₂ − p₁·p₂. */
    public double dot(FourMomentum o) {
        return e * o.e - px * o.px - py * o.py - pz * o.pz;
    }

    /** Velocity of this vector's rest frame, β = p/E, as {βx, βy, βz}. */
    public double[] boostVector() {
        if (e == 0) {
            throw new IllegalArgumentException("boost vector of a zero-energy vector " + this);
        }
        return new double[] {px / e, py / e, pz / e};
    }

    /**
     * This vector seen from a frame moving with velocity −β, i.e. boosted by β (|β| < 1).
     *
     * @throws IllegalArgumentException when |β| ≥ 1
     */
    public FourMomentum boost(double bx, double by, double bz) {
        double b2 = bx * bx + by * by + bz * bz;
        if (b2 == 0) {
            return this;
        }
        if (!(b2 < 1)) {
            throw new IllegalArgumentException("boost with |beta| >= 1: beta^2 = " + b2);
        }
        double gamma = 1.0 / Math.sqrt(1.0 - b2);
        double bp = bx * px + by * py + bz * pz;
        // (γ−1)/β² written as γ²/(γ+1) stays accurate for tiny β.
        double gamma2 = gamma * gamma / (gamma + 1.0);
        double f = gamma2 * bp + gamma * e;
        return new FourMomentum(px + f * bx, py + f * by, pz + f * bz, gamma * (e + bp));
    }

    /** This vector in the rest frame of {@code frame} (which must be timelike). */
    public FourMomentum inRestFrameOf(FourMomentum frame) {
        double[] b = frame.boostVector();
        return boost(-b[0], -b[1], -b[2]);
    }

    /** Δφ to another vector, wrapped into [−π, π). */
    public double deltaPhi(FourMomentum o) {
        return Kinematics.deltaPhi(phi(), o.phi());
    }

    /** ΔR = √(Δη² + Δφ²) using pseudorapidity, the detector-level convention. */
    public double deltaR(FourMomentum o) {
        return Kinematics.deltaR(eta(), phi(), o.eta(), o.phi());
    }

    /** ΔR = √(Δy² + Δφ²) using rapidity, the jet-clustering convention. */
    public double deltaRRapidity(FourMomentum o) {
        return Kinematics.deltaR(rapidity(), phi(), o.rapidity(), o.phi());
    }

    /** True when every component is finite. */
    public boolean isFinite() {
        return Double.isFinite(px)
                && Double.isFinite(py)
                && Double.isFinite(pz)
                && Double.isFinite(e);
    }
}
