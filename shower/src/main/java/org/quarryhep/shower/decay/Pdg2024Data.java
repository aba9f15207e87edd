package org.quarryhep.shower.decay;

/**
 * The particle data of {@link ParticleDataTable#pdg2024()}, written from the Review of Particle
 * Physics 2024 (see {@link ParticleDataTable} for the sources and the inclusive partonic channels).
 */
final class Pdg2024Data {
    private Pdg2024Data() {}

    // Particle codes used in the decay tables.
    private static final int D = 1, U = 2, S = 3, C = 4, B = 5, G = 21, GAMMA = 22;
    private static final int E = 11, NUE = 12, MU = 13, NUMU = 14, TAU = 15, NUTAU = 16;
    private static final int PI0 = 111, PIP = 211, ETA = 221, ETAP = 331, RHO0 = 113, RHOP = 213;
    private static final int OMEGA = 223, PHI = 333, KL = 130, KS = 310, K0 = 311, KP = 321;
    private static final int KST0 = 313, KSTP = 323, A1P = 20213;
    private static final int P = 2212, N = 2112, LAMBDA = 3122, SIGMAP = 3222, SIGMA0 = 3212;
    private static final int SIGMAM = 3112, XI0 = 3322, XIM = 3312, OMEGAM = 3334;
    private static final int DP = 411, D0 = 421, DSP = 431, DSTP = 413, DST0 = 423, DSSTP = 433;
    private static final int JPSI = 443, LAMBDAC = 4122, XICP = 4232, XIC0 = 4132, OMEGAC = 4332;
    private static final int LAMBDAB = 5122, XIB0 = 5232, XIBM = 5132, OMEGAB = 5332;
    private static final int B0 = 511, BP = 521, BS = 531;
    private static final int UD0 = 2101, SU0 = 3201, SD0 = 3101, SS1 = 3303;

    static ParticleDataTable table() {
        ParticleDataBuilder t = new ParticleDataBuilder();
        // Quarks, diquarks and the gluon: constituent masses (Pythia 8) for inclusive decays.
        t.add(D, "d", 0.33).stable();
        t.add(U, "u", 0.33).stable();
        t.add(S, "s", 0.50).stable();
        t.add(C, "c", 1.50).stable();
        t.add(B, "b", 4.80).stable();
        t.add(G, "g", 0).self().stable();
        t.add(1103, "dd_1", 0.77133).stable();
        t.add(2101, "ud_0", 0.57933).stable();
        t.add(2103, "ud_1", 0.77133).stable();
        t.add(2203, "uu_1", 0.77133).stable();
        t.add(3101, "sd_0", 0.80473).stable();
        t.add(3103, "sd_1", 0.92953).stable();
        t.add(3201, "su_0", 0.80473).stable();
        t.add(3203, "su_1", 0.92953).stable();
        t.add(3303, "ss_1", 1.09361).stable();
        // Leptons and the photon.
        t.add(GAMMA, "gamma", 0).self().stable();
        t.add(E, "e-", 0.51099895e-3).stable();
        t.add(NUE, "nu_e", 0).stable();
        t.add(MU, "mu-", 0.1056583755).stable();
        t.add(NUMU, "nu_mu", 0).stable();
        t.add(NUTAU, "nu_tau", 0).stable();
        // τ⁻: mean life 290.3 fs; branching ratios of the PDG 2024 τ listings. ρ⁻, K*⁻ and a1⁻
        // carry the ππ⁰, Kπ and 3π modes; the a1 → ρπ split reproduces the π⁻π⁻π⁺ (9.02 %) and
        // π⁻2π⁰ (9.26 %) rates.
        t.add(TAU, "tau-", 1.77693)
                .ctau(0.08703)
                .ch(DecayModel.TAU_LEPTONIC, 0.1782, E, -NUE, NUTAU)
                .ch(DecayModel.TAU_LEPTONIC, 0.1739, MU, -NUMU, NUTAU)
                .ch(DecayModel.TAU_TWO_BODY, 0.1082, NUTAU, -PIP)
                .ch(DecayModel.TAU_TWO_BODY, 0.00696, NUTAU, -KP)
                .ch(DecayModel.TAU_TWO_BODY, 0.2549, NUTAU, -RHOP)
                .ch(DecayModel.TAU_TWO_BODY, 0.01271, NUTAU, -KSTP)
                .ch(DecayModel.TAU_TWO_BODY, 0.1828, NUTAU, -A1P)
                .ch(0.0104, NUTAU, -PIP, PI0, PI0, PI0)
                .ch(0.0274, NUTAU, -PIP, -PIP, PIP, PI0)
                .ch(0.0195, NUTAU, -PIP, OMEGA)
                .ch(0.00293, NUTAU, -KP, -PIP, PIP)
                .ch(0.001435, NUTAU, -KP, KP, -PIP)
                .ch(0.00148, NUTAU, -KP, K0)
                .ch(0.00065, NUTAU, -KP, PI0, PI0)
                .ch(0.00139, NUTAU, -PIP, PI0, ETA)
                .ch(0.00382, NUTAU, -PIP, PI0, -K0)
                .ch(0.000775, NUTAU, -PIP, -PIP, -PIP, PIP, PIP)
                .ch(0.000214, NUTAU, -PIP, -PIP, -PIP, PIP, PIP, PI0);

        // Light pseudoscalar mesons.
        t.add(PIP, "pi+", 0.13957039).stable();
        t.add(PI0, "pi0", 0.1349768)
                .self()
                .ctau(2.53e-5)
                .ch(0.98823, GAMMA, GAMMA)
                .ch(0.01174, E, -E, GAMMA);
        t.add(KP, "K+", 0.493677).stable();
        t.add(KL, "K_L0", 0.497611).self().stable();
        t.add(KS, "K_S0", 0.497611).self().ctau(26.84).ch(0.6920, PIP, -PIP).ch(0.3069, PI0, PI0);
        // K⁰ and K̄⁰ are flavour states: they become K_S⁰ or K_L⁰ where they are made.
        t.add(K0, "K0", 0.497611).prompt().ch(0.5, KS).ch(0.5, KL);
        t.add(ETA, "eta", 0.547862)
                .self()
                .width(1.31e-6)
                .ch(0.3936, GAMMA, GAMMA)
                .ch(0.3257, PI0, PI0, PI0)
                .ch(0.2302, PIP, -PIP, PI0)
                .ch(0.0428, PIP, -PIP, GAMMA)
                .ch(0.0069, E, -E, GAMMA);
        t.add(ETAP, "eta'", 0.95778)
                .self()
                .width(0.188e-3)
                .ch(0.425, PIP, -PIP, ETA)
                .ch(0.289, RHO0, GAMMA)
                .ch(0.224, PI0, PI0, ETA)
                .ch(0.0252, OMEGA, GAMMA)
                .ch(0.02307, GAMMA, GAMMA)
                .ch(0.0025, PI0, PI0, PI0);
        // Light vector mesons.
        t.add(RHO0, "rho0", 0.77526).self().width(0.1491).ch(1.0, PIP, -PIP);
        t.add(RHOP, "rho+", 0.77511).width(0.1491).ch(1.0, PIP, PI0);
        t.add(OMEGA, "omega", 0.78266)
                .self()
                .width(8.68e-3)
                .ch(DecayModel.VECTOR_TO_THREE_PIONS, 0.892, PIP, -PIP, PI0)
                .ch(0.0833, PI0, GAMMA)
                .ch(0.0153, PIP, -PIP);
        t.add(PHI, "phi", 1.019461)
                .self()
                .width(4.249e-3)
                .ch(0.491, KP, -KP)
                .ch(0.339, KL, KS)
                // ρπ and non-resonant π⁺π⁻π⁰ (15.4 %), shared over the three charge states.
                .ch(0.0513, RHOP, -PIP)
                .ch(0.0513, RHO0, PI0)
                .ch(0.0514, -RHOP, PIP)
                .ch(0.01303, ETA, GAMMA)
                .ch(0.00132, PI0, GAMMA);
        t.add(KSTP, "K*+", 0.89167).width(0.0514).ch(2.0 / 3, K0, PIP).ch(1.0 / 3, KP, PI0);
        t.add(KST0, "K*0", 0.89555).width(0.0473).ch(2.0 / 3, KP, -PIP).ch(1.0 / 3, K0, PI0);
        // a1(1260)⁺: mass 1230 MeV, width 420 MeV (PDG estimate); decays through ρπ.
        t.add(A1P, "a1+", 1.230).width(0.420).ch(0.493, RHO0, PIP).ch(0.507, RHOP, PI0);

        // Baryon octet.
        t.add(P, "p+", 0.93827208816).stable();
        t.add(N, "n0", 0.93956542052).stable();
        t.add(LAMBDA, "Lambda0", 1.115683).ctau(78.9).ch(0.639, P, -PIP).ch(0.358, N, PI0);
        t.add(SIGMAP, "Sigma+", 1.18937).ctau(24.04).ch(0.5157, P, PI0).ch(0.4831, N, PIP);
        t.add(SIGMA0, "Sigma0", 1.192642).ctau(2.22e-8).ch(1.0, LAMBDA, GAMMA);
        t.add(SIGMAM, "Sigma-", 1.197449).ctau(44.34).ch(0.99848, N, -PIP);
        t.add(XI0, "Xi0", 1.31486).ctau(87.1).ch(0.99524, LAMBDA, PI0);
        t.add(XIM, "Xi-", 1.32171).ctau(49.1).ch(0.99887, LAMBDA, -PIP);
        // Baryon decuplet.
        t.add(2224, "Delta++", 1.232).width(0.117).ch(1.0, P, PIP);
        t.add(2214, "Delta+", 1.232).width(0.117).ch(2.0 / 3, P, PI0).ch(1.0 / 3, N, PIP);
        t.add(2114, "Delta0", 1.232).width(0.117).ch(2.0 / 3, N, PI0).ch(1.0 / 3, P, -PIP);
        t.add(1114, "Delta-", 1.232).width(0.117).ch(1.0, N, -PIP);
        t.add(3224, "Sigma*+", 1.38280)
                .width(0.0360)
                .ch(0.870, LAMBDA, PIP)
                .ch(0.0585, SIGMAP, PI0)
                .ch(0.0585, SIGMA0, PIP);
        t.add(3214, "Sigma*0", 1.3837)
                .width(0.036)
                .ch(0.870, LAMBDA, PI0)
                .ch(0.0585, SIGMAP, -PIP)
                .ch(0.0585, SIGMAM, PIP);
        t.add(3114, "Sigma*-", 1.3872)
                .width(0.0394)
                .ch(0.870, LAMBDA, -PIP)
                .ch(0.0585, SIGMA0, -PIP)
                .ch(0.0585, SIGMAM, PI0);
        t.add(3324, "Xi*0", 1.53180).width(9.1e-3).ch(2.0 / 3, XIM, PIP).ch(1.0 / 3, XI0, PI0);
        t.add(3314, "Xi*-", 1.5350).width(9.9e-3).ch(2.0 / 3, XI0, -PIP).ch(1.0 / 3, XIM, PI0);
        t.add(OMEGAM, "Omega-", 1.67245)
                .ctau(24.61)
                .ch(0.678, LAMBDA, -KP)
                .ch(0.236, XI0, -PIP)
                .ch(0.086, XIM, PI0);

        // Charm mesons: exclusive PDG channels (K_S rates doubled for K̄⁰), rest c → s u d̄.
        t.add(DP, "D+", 1.86966)
                .ctau(0.3118)
                .ch(0.0872, -K0, -E, NUE)
                .ch(0.0876, -K0, -MU, NUMU)
                .ch(0.0540, -KST0, -E, NUE)
                .ch(0.0527, -KST0, -MU, NUMU)
                .ch(0.00372, PI0, -E, NUE)
                .ch(0.00111, ETA, -E, NUE)
                .ch(0.0938, -KP, PIP, PIP)
                .ch(0.0312, -K0, PIP)
                .ch(0.147, -K0, PIP, PI0)
                .ch(0.0625, -KP, PIP, PIP, PI0)
                .ch(0.062, -K0, PIP, PIP, -PIP)
                .ch(0.0057, -KP, PIP, PIP, PIP, -PIP)
                .ch(0.0061, -K0, KP)
                .ch(0.00968, KP, -KP, PIP)
                .ch(0.00124, PIP, PI0)
                .partonicRest(S, -D, U, -D);
        t.add(D0, "D0", 1.86484)
                .ctau(0.1229)
                .ch(0.03549, -KP, -E, NUE)
                .ch(0.0341, -KP, -MU, NUMU)
                .ch(0.0215, -KSTP, -E, NUE)
                .ch(0.0189, -KSTP, -MU, NUMU)
                .ch(0.00291, -PIP, -E, NUE)
                .ch(0.03947, -KP, PIP)
                .ch(0.0248, -K0, PI0)
                .ch(0.144, -KP, PIP, PI0)
                .ch(0.056, -K0, PIP, -PIP)
                .ch(0.0822, -KP, PIP, PIP, -PIP)
                .ch(0.0886, -KP, PIP, PI0, PI0)
                .ch(0.104, -K0, PIP, -PIP, PI0)
                .ch(0.00408, KP, -KP)
                .ch(0.001454, PIP, -PIP)
                .ch(0.0101, -K0, ETA)
                .ch(0.022, -K0, OMEGA)
                .ch(0.043, -KP, PIP, PIP, -PIP, PI0)
                .ch(0.0182, -K0, PI0, PI0)
                .partonicRest(S, -U, U, -D);
        t.add(DSP, "D_s+", 1.96835)
                .ctau(0.1499)
                .ch(0.045, PHI, PIP)
                .ch(0.0168, ETA, PIP)
                .ch(0.0394, ETAP, PIP)
                .ch(0.089, ETA, RHOP)
                .ch(0.058, ETAP, RHOP)
                .ch(0.056, PHI, RHOP)
                .ch(0.0295, KP, -K0)
                .ch(0.038, KP, -KST0)
                .ch(0.054, KSTP, -K0)
                .ch(0.0108, PIP, PIP, -PIP)
                .ch(0.0536, -TAU, NUTAU)
                .ch(0.00543, -MU, NUMU)
                .ch(0.0234, PHI, -E, NUE)
                .ch(0.0226, ETA, -E, NUE)
                .ch(0.008, ETAP, -E, NUE)
                .ch(0.019, PHI, -MU, NUMU)
                .ch(0.024, ETA, -MU, NUMU)
                .ch(0.028, OMEGA, PIP, PI0)
                .partonicRest(S, -S, U, -D);
        t.add(DSTP, "D*+", 2.01026)
                .width(83.4e-6)
                .ch(0.677, D0, PIP)
                .ch(0.307, DP, PI0)
                .ch(0.016, DP, GAMMA);
        // D*⁰ and D_s*⁺ widths are only bounded (< 2.1, < 1.9 MeV): decayed at production.
        t.add(DST0, "D*0", 2.00685).prompt().ch(0.647, D0, PI0).ch(0.353, D0, GAMMA);
        t.add(DSSTP, "D_s*+", 2.1122).prompt().ch(0.936, DSP, GAMMA).ch(0.0577, DSP, PI0);
        // Charmonium: leptonic rates of the PDG, the rest through three (η_c: two) gluons.
        t.add(JPSI, "J/psi", 3.096900)
                .self()
                .width(92.6e-6)
                .ch(0.05971, E, -E)
                .ch(0.05961, MU, -MU)
                .partonicRest(G, G, G);
        t.add(441, "eta_c", 2.9839).self().width(0.0320).partonicRest(G, G);

        // Charm baryons.
        t.add(LAMBDAC, "Lambda_c+", 2.28646)
                .ctau(0.0607)
                .ch(0.0624, P, -KP, PIP)
                .ch(0.0318, P, -K0)
                .ch(0.0129, LAMBDA, PIP)
                .ch(0.071, LAMBDA, PIP, PI0)
                .ch(0.0361, LAMBDA, PIP, PIP, -PIP)
                .ch(0.0127, SIGMA0, PIP)
                .ch(0.0124, SIGMAP, PI0)
                .ch(0.045, SIGMAP, PIP, -PIP)
                .ch(0.0392, P, -K0, PI0)
                .ch(0.0356, LAMBDA, -E, NUE)
                .ch(0.0348, LAMBDA, -MU, NUMU)
                .ch(0.0446, P, -KP, PIP, PI0)
                .ch(0.0055, XI0, KP)
                .ch(0.017, SIGMAP, OMEGA)
                .partonicRest(S, UD0, U, -D);
        t.add(4222, "Sigma_c++", 2.45397).width(1.89e-3).ch(1.0, LAMBDAC, PIP);
        t.add(4212, "Sigma_c+", 2.4529).width(4.6e-3).ch(1.0, LAMBDAC, PI0);
        t.add(4112, "Sigma_c0", 2.45375).width(1.83e-3).ch(1.0, LAMBDAC, -PIP);
        t.add(4224, "Sigma_c*++", 2.51841).width(0.01478).ch(1.0, LAMBDAC, PIP);
        t.add(4214, "Sigma_c*+", 2.5175).width(0.017).ch(1.0, LAMBDAC, PI0);
        t.add(4114, "Sigma_c*0", 2.51848).width(0.0153).ch(1.0, LAMBDAC, -PIP);
        t.add(XICP, "Xi_c+", 2.46771)
                .ctau(0.1356)
                .ch(0.0286, XIM, PIP, PIP)
                .partonicRest(S, SU0, U, -D);
        t.add(XIC0, "Xi_c0", 2.47044)
                .ctau(0.04555)
                .ch(0.0143, XIM, PIP)
                .partonicRest(S, SD0, U, -D);
        t.add(4322, "Xi'_c+", 2.5784).prompt().ch(1.0, XICP, GAMMA);
        t.add(4312, "Xi'_c0", 2.5787).prompt().ch(1.0, XIC0, GAMMA);
        t.add(4324, "Xi*_c+", 2.64556).width(2.14e-3).ch(2.0 / 3, XIC0, PIP).ch(1.0 / 3, XICP, PI0);
        t.add(4314, "Xi*_c0", 2.64638)
                .width(2.35e-3)
                .ch(2.0 / 3, XICP, -PIP)
                .ch(1.0 / 3, XIC0, PI0);
        t.add(OMEGAC, "Omega_c0", 2.6952).ctau(0.0803).partonicRest(S, SS1, U, -D);
        t.add(4334, "Omega*_c0", 2.7659).prompt().ch(1.0, OMEGAC, GAMMA);

        // Bottom mesons (the b̄ states; B̄ by conjugation): exclusive PDG channels, inclusive
        // semileptonic rest, b̄ → c̄ c s̄ (10 %) and b̄ → c̄ u d̄ for the remainder.
        t.add(B0, "B0", 5.27966)
                .ctau(0.4555)
                .ch(0.0224, -DP, -E, NUE)
                .ch(0.0224, -DP, -MU, NUMU)
                .ch(0.0497, -DSTP, -E, NUE)
                .ch(0.0497, -DSTP, -MU, NUMU)
                .ch(0.0312, -D0, -PIP, -E, NUE)
                .ch(0.0312, -D0, -PIP, -MU, NUMU)
                .ch(0.0157, -DSTP, -TAU, NUTAU)
                .ch(0.0108, -DP, -TAU, NUTAU)
                .ch(0.00252, -DP, PIP)
                .ch(0.00266, -DSTP, PIP)
                .ch(0.0076, -DP, RHOP)
                .ch(0.0068, -DSTP, RHOP)
                .ch(0.0060, -DP, A1P)
                .ch(0.0130, -DSTP, A1P)
                .ch(0.0072, -DP, DSP)
                .ch(0.0080, -DSTP, DSP)
                .ch(0.0074, -DP, DSSTP)
                .ch(0.0177, -DSTP, DSSTP)
                .ch(0.000891, JPSI, K0)
                .ch(0.00127, JPSI, KST0)
                .partonic(0.10, -C, D, C, -S)
                .partonicRest(-C, D, U, -D);
        t.add(BP, "B+", 5.27934)
                .ctau(0.4911)
                .ch(0.0231, -D0, -E, NUE)
                .ch(0.0231, -D0, -MU, NUMU)
                .ch(0.0558, -DST0, -E, NUE)
                .ch(0.0558, -DST0, -MU, NUMU)
                .ch(0.031, -DP, PIP, -E, NUE)
                .ch(0.031, -DP, PIP, -MU, NUMU)
                .ch(0.0188, -DST0, -TAU, NUTAU)
                .ch(0.0077, -D0, -TAU, NUTAU)
                .ch(0.00461, -D0, PIP)
                .ch(0.0049, -DST0, PIP)
                .ch(0.0134, -D0, RHOP)
                .ch(0.0098, -DST0, RHOP)
                .ch(0.0090, -D0, DSP)
                .ch(0.0076, -DST0, DSP)
                .ch(0.0082, -D0, DSSTP)
                .ch(0.0171, -DST0, DSSTP)
                .ch(0.00102, JPSI, KP)
                .ch(0.00143, JPSI, KSTP)
                .partonic(0.10, -C, U, C, -S)
                .partonicRest(-C, U, U, -D);
        t.add(BS, "B_s0", 5.36692)
                .ctau(0.4527)
                .ch(0.0244, -DSP, -E, NUE)
                .ch(0.0244, -DSP, -MU, NUMU)
                .ch(0.053, -DSSTP, -E, NUE)
                .ch(0.053, -DSSTP, -MU, NUMU)
                .ch(0.00298, -DSP, PIP)
                .ch(0.0044, -DSP, DSP)
                .ch(0.00104, JPSI, PHI)
                .partonic(0.10, -C, S, C, -S)
                .partonicRest(-C, S, U, -D);
        t.add(513, "B*0", 5.32471).prompt().ch(1.0, B0, GAMMA);
        t.add(523, "B*+", 5.32471).prompt().ch(1.0, BP, GAMMA);
        t.add(533, "B_s*0", 5.4154).prompt().ch(1.0, BS, GAMMA);
        // B_c⁺ (c b̄): mean life 0.510 ps; inclusive c → s and b̄ → c̄ parts (PDG gives no
        // absolute exclusive rates): the c decay carries about 70 % of the width.
        t.add(541, "B_c+", 6.27447)
                .ctau(0.1529)
                .partonic(0.30, -C, C, U, -D)
                .partonic(0.05, -B, S, -E, NUE)
                .partonic(0.05, -B, S, -MU, NUMU)
                .partonicRest(-B, S, U, -D);
        // B_c*⁺ is not observed: mass as in Pythia 8, radiative decay.
        t.add(543, "B_c*+", 6.3330).prompt().ch(1.0, 541, GAMMA);
        t.add(553, "Upsilon", 9.46040)
                .self()
                .width(54.02e-6)
                .ch(0.0238, E, -E)
                .ch(0.0248, MU, -MU)
                .ch(0.0260, TAU, -TAU)
                .partonicRest(G, G, G);
        t.add(551, "eta_b", 9.3987).self().width(0.010).partonicRest(G, G);

        // Bottom baryons: inclusive b → c ℓ ν (10.9 % per light lepton, PDG Λ_b → Λ_c ℓ ν X),
        // b → c c̄ s (10 %), b → c ū d for the rest.
        bottomBaryon(t, LAMBDAB, "Lambda_b0", 5.6196, 0.4416, UD0)
                .ch(0.0049, LAMBDAC, -PIP)
                .ch(0.0076, LAMBDAC, -A1P)
                .ch(0.011, LAMBDAC, -DSP)
                .partonicRest(C, UD0, D, -U);
        bottomBaryon(t, XIB0, "Xi_b0", 5.7919, 0.4437, SU0).partonicRest(C, SU0, D, -U);
        bottomBaryon(t, XIBM, "Xi_b-", 5.7970, 0.4713, SD0).partonicRest(C, SD0, D, -U);
        bottomBaryon(t, OMEGAB, "Omega_b-", 6.0452, 0.4917, SS1).partonicRest(C, SS1, D, -U);
        t.add(5222, "Sigma_b+", 5.81056).width(5.0e-3).ch(1.0, LAMBDAB, PIP);
        t.add(5212, "Sigma_b0", 5.8133).prompt().ch(1.0, LAMBDAB, PI0);
        t.add(5112, "Sigma_b-", 5.81564).width(5.3e-3).ch(1.0, LAMBDAB, -PIP);
        t.add(5224, "Sigma_b*+", 5.83032).width(9.4e-3).ch(1.0, LAMBDAB, PIP);
        t.add(5214, "Sigma_b*0", 5.8325).prompt().ch(1.0, LAMBDAB, PI0);
        t.add(5114, "Sigma_b*-", 5.83474).width(10.4e-3).ch(1.0, LAMBDAB, -PIP);
        // Ξ_b′ and Ω_b* are not all observed: masses from the observed partners, radiative decay.
        t.add(5322, "Xi'_b0", 5.9355).prompt().ch(1.0, XIB0, GAMMA);
        t.add(5312, "Xi'_b-", 5.93502).prompt().ch(1.0, XIBM, GAMMA);
        t.add(5324, "Xi*_b0", 5.9520).prompt().ch(2.0 / 3, XIBM, PIP).ch(1.0 / 3, XIB0, PI0);
        t.add(5314, "Xi*_b-", 5.9553).prompt().ch(2.0 / 3, XIB0, -PIP).ch(1.0 / 3, XIBM, PI0);
        t.add(5334, "Omega*_b-", 6.0710).prompt().ch(1.0, OMEGAB, GAMMA);
        return t.build();
    }

    private static ParticleDataBuilder.Entry bottomBaryon(
            ParticleDataBuilder t, int id, String name, double mass, double ctau, int diquark) {
        return t.add(id, name, mass)
                .ctau(ctau)
                .partonic(0.109, C, diquark, E, -NUE)
                .partonic(0.109, C, diquark, MU, -NUMU)
                .partonic(0.025, C, diquark, TAU, -NUTAU)
                .partonic(0.10, C, diquark, S, -C);
    }
}
