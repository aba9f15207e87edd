package org.quarryhep.core;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The PDG particle table: codes, names, charges, masses and widths of the Standard Model particles,
 * common hadrons, and the new particles of Quarry's analyses (heavy neutrinos, W_R, smuons,
 * neutralinos, heavy scalars).
 *
 * <p>SM masses and widths are PDG 2024 (Review of Particle Physics, Phys. Rev. D 110, 030001)
 * central values. Charges of hadrons not in the table follow from the PDG numbering scheme (quark
 * content), so any valid code has a charge.
 */
public final class PdgTable {
    private PdgTable() {}

    private static final Map<Integer, ParticleData> BY_ID = new LinkedHashMap<>();
    private static final Map<String, Integer> BY_NAME = new HashMap<>();

    private static final double NAN = Double.NaN;

    static {
        // Quarks (MS-bar masses for light quarks are irrelevant here; pole-like values as MG5
        // uses).
        add(1, "d", "d~", -1, 0.00467, 0, false);
        add(2, "u", "u~", 2, 0.00216, 0, false);
        add(3, "s", "s~", -1, 0.0934, 0, false);
        add(4, "c", "c~", 2, 1.27, 0, false);
        add(5, "b", "b~", -1, 4.18, 0, false);
        add(6, "t", "t~", 2, 172.57, 1.42, false);
        // Leptons.
        add(11, "e-", "e+", -3, 0.51099895e-3, 0, false);
        add(12, "ve", "ve~", 0, 0, 0, true);
        add(13, "mu-", "mu+", -3, 0.1056583755, 0, false);
        add(14, "vm", "vm~", 0, 0, 0, true);
        add(15, "ta-", "ta+", -3, 1.77693, 2.267e-12, false);
        add(16, "vt", "vt~", 0, 0, 0, true);
        // Gauge and Higgs bosons.
        add(21, "g", "g", 0, 0, 0, false);
        add(22, "a", "a", 0, 0, 0, false);
        add(23, "z", "z", 0, 91.1880, 2.4955, false);
        add(24, "w+", "w-", 3, 80.3692, 2.085, false);
        add(25, "h", "h", 0, 125.20, 3.7e-3, false);
        // Heavy (pseudo)scalars of extended Higgs sectors: model parameters.
        add(35, "h2", "h2", 0, NAN, NAN, false);
        add(36, "h3", "h3", 0, NAN, NAN, false);
        add(37, "h+", "h-", 3, NAN, NAN, false);
        // Supersymmetry: smuons and the lightest neutralino (R-parity stable, invisible).
        add(1000013, "mul-", "mul+", -3, NAN, NAN, false);
        add(2000013, "mur-", "mur+", -3, NAN, NAN, false);
        add(1000011, "el-", "el+", -3, NAN, NAN, false);
        add(2000011, "er-", "er+", -3, NAN, NAN, false);
        add(1000022, "n1", "n1", 0, NAN, 0, true);
        add(1000039, "gravitino", "gravitino", 0, NAN, 0, true);
        // Left-right symmetric model: heavy Majorana neutrinos, W_R and Z_R.
        add(9900012, "n1r", "n1r", 0, NAN, NAN, false);
        add(9900014, "n2r", "n2r", 0, NAN, NAN, false);
        add(9900016, "n3r", "n3r", 0, NAN, NAN, false);
        add(9900024, "wr+", "wr-", 3, NAN, NAN, false);
        add(9900023, "zr", "zr", 0, NAN, NAN, false);
        // Light hadrons, as found in hadron-level HepMC records.
        add(111, "pi0", "pi0", 0, 0.1349768, 7.81e-9, false);
        add(211, "pi+", "pi-", 3, 0.13957039, 2.5284e-17, false);
        add(113, "rho0", "rho0", 0, 0.77526, 0.1491, false);
        add(213, "rho+", "rho-", 3, 0.77511, 0.1491, false);
        add(221, "eta", "eta", 0, 0.547862, 1.31e-6, false);
        add(223, "omega", "omega", 0, 0.78266, 8.68e-3, false);
        add(331, "eta'", "eta'", 0, 0.95778, 1.88e-4, false);
        add(333, "phi", "phi", 0, 1.019461, 4.249e-3, false);
        add(130, "K_L0", "K_L0", 0, 0.497611, 1.287e-17, false);
        add(310, "K_S0", "K_S0", 0, 0.497611, 7.351e-15, false);
        add(311, "K0", "K~0", 0, 0.497611, 0, false);
        add(321, "K+", "K-", 3, 0.493677, 5.317e-17, false);
        add(313, "K*0", "K*~0", 0, 0.89555, 0.0473, false);
        add(323, "K*+", "K*-", 3, 0.89167, 0.0514, false);
        add(411, "D+", "D-", 3, 1.86966, 6.33e-13, false);
        add(421, "D0", "D~0", 0, 1.86484, 1.605e-12, false);
        add(431, "D_s+", "D_s-", 3, 1.96835, 1.305e-12, false);
        add(511, "B0", "B~0", 0, 5.27966, 4.33e-13, false);
        add(521, "B+", "B-", 3, 5.27934, 4.02e-13, false);
        add(531, "B_s0", "B_s~0", 0, 5.36692, 4.35e-13, false);
        add(443, "J/psi", "J/psi", 0, 3.096900, 9.26e-5, false);
        add(553, "Upsilon", "Upsilon", 0, 9.46040, 5.4e-5, false);
        add(2212, "p+", "p~-", 3, 0.93827208816, 0, false);
        add(2112, "n0", "n~0", 0, 0.93956542052, 7.485e-28, false);
        add(3122, "Lambda0", "Lambda~0", 0, 1.115683, 2.501e-15, false);
        add(3222, "Sigma+", "Sigma~-", 3, 1.18937, 8.209e-15, false);
        add(3212, "Sigma0", "Sigma~0", 0, 1.192642, 8.9e-6, false);
        add(3112, "Sigma-", "Sigma~+", -3, 1.197449, 4.45e-15, false);
        add(3322, "Xi0", "Xi~0", 0, 1.31486, 2.27e-15, false);
        add(3312, "Xi-", "Xi~+", -3, 1.32171, 4.02e-15, false);
        add(3334, "Omega-", "Omega~+", -3, 1.67245, 8.02e-15, false);
        add(4122, "Lambda_c+", "Lambda_c~-", 3, 2.28646, 3.25e-12, false);
        add(5122, "Lambda_b0", "Lambda_b~0", 0, 5.6196, 4.47e-13, false);
    }

    private static void add(
            int id, String name, String anti, int threeCharge, double m, double w, boolean inv) {
        BY_ID.put(id, new ParticleData(id, name, anti, threeCharge, m, w, inv));
        BY_NAME.put(name, id);
        if (!anti.equals(name)) {
            BY_NAME.put(anti, -id);
        }
    }

    /** Every tabulated species, in table order. */
    public static Collection<ParticleData> all() {
        return Collections.unmodifiableCollection(BY_ID.values());
    }

    /** Tabulated data of a species (antiparticle codes map to the particle's entry). */
    public static Optional<ParticleData> find(int pdgId) {
        return Optional.ofNullable(BY_ID.get(Math.abs(pdgId)));
    }

    /**
     * Tabulated data of a species.
     *
     * @throws UnknownParticleException when the code is not in the table
     */
    public static ParticleData get(int pdgId) {
        ParticleData d = BY_ID.get(Math.abs(pdgId));
        if (d == null) {
            throw new UnknownParticleException("PDG id " + pdgId + " is not in Quarry's table");
        }
        return d;
    }

    /** The particle's name, the antiparticle's for negative codes; "pdg:N" when unknown. */
    public static String name(int pdgId) {
        ParticleData d = BY_ID.get(Math.abs(pdgId));
        if (d == null) {
            return "pdg:" + pdgId;
        }
        return pdgId < 0 ? d.antiName() : d.name();
    }

    /**
     * The PDG code for a name (MadGraph's spelling, e.g. {@code "mu+"}, {@code "ve~"}).
     *
     * @throws UnknownParticleException for an unknown name
     */
    public static int idOf(String name) {
        Integer id = BY_NAME.get(name);
        if (id == null) {
            throw new UnknownParticleException("unknown particle name '" + name + "'");
        }
        return id;
    }

    /**
     * Three times the electric charge, from the table or, for hadrons, the PDG numbering scheme.
     *
     * @return the charge, or empty when the code is not a valid particle code
     */
    public static OptionalInt threeCharge(int pdgId) {
        ParticleData d = BY_ID.get(Math.abs(pdgId));
        if (d != null) {
            return OptionalInt.of(pdgId < 0 ? -d.threeCharge() : d.threeCharge());
        }
        OptionalInt c = hadronThreeCharge(Math.abs(pdgId));
        if (c.isEmpty()) {
            return c;
        }
        return OptionalInt.of(pdgId < 0 ? -c.getAsInt() : c.getAsInt());
    }

    /**
     * Electric charge in units of e.
     *
     * @throws UnknownParticleException when no charge can be assigned to the code
     */
    public static double charge(int pdgId) {
        OptionalInt c = threeCharge(pdgId);
        if (c.isEmpty()) {
            throw new UnknownParticleException("no charge known for PDG id " + pdgId);
        }
        return c.getAsInt() / 3.0;
    }

    /** True for neutrinos and other species that escape a detector unseen. */
    public static boolean isInvisible(int pdgId) {
        ParticleData d = BY_ID.get(Math.abs(pdgId));
        return d != null && d.invisible();
    }

    /** True for quarks (|id| 1–6) and gluons (21). */
    public static boolean isParton(int pdgId) {
        int a = Math.abs(pdgId);
        return (a >= 1 && a <= 6) || a == 21;
    }

    /** True for charged leptons e, μ, τ. */
    public static boolean isChargedLepton(int pdgId) {
        int a = Math.abs(pdgId);
        return a == 11 || a == 13 || a == 15;
    }

    /** True for SM neutrinos. */
    public static boolean isNeutrino(int pdgId) {
        int a = Math.abs(pdgId);
        return a == 12 || a == 14 || a == 16;
    }

    // Quark charges ×3 for d, u, s, c, b, t.
    private static final int[] QUARK_THREE_CHARGE = {-1, 2, -1, 2, -1, 2};

    /**
     * Charge from the numbering scheme n nr nL nq1 nq2 nq3 nJ (PDG RPP "Monte Carlo particle
     * numbering scheme"): baryons sum three quarks, mesons combine a quark and an antiquark, nuclei
     * 10LZZZAAAI carry Z.
     */
    private static OptionalInt hadronThreeCharge(int id) {
        if (id >= 1_000_000_000) {
            int z = (id / 10_000) % 1000;
            return OptionalInt.of(3 * z);
        }
        int nj = id % 10;
        int q3 = (id / 10) % 10;
        int q2 = (id / 100) % 10;
        int q1 = (id / 1000) % 10;
        if (nj == 0 || id >= 10_000_000 || q2 == 0) {
            return OptionalInt.empty();
        }
        if (q1 == 0 && q3 > 0 && q3 <= 6 && q2 <= 6) {
            // Meson q2 q̄3: the sign convention puts a down-type q2 as the antiquark.
            int c = QUARK_THREE_CHARGE[q2 - 1] - QUARK_THREE_CHARGE[q3 - 1];
            return OptionalInt.of(q2 % 2 == 1 ? -c : c);
        }
        if (q1 > 0 && q1 <= 6 && q2 <= 6 && q3 <= 6) {
            int c = QUARK_THREE_CHARGE[q1 - 1] + QUARK_THREE_CHARGE[q2 - 1];
            if (q3 > 0) {
                c += QUARK_THREE_CHARGE[q3 - 1];
            }
            return OptionalInt.of(c);
        }
        return OptionalInt.empty();
    }
}
