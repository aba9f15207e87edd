package org.quarryhep.gen.amplitude;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A particle of MadGraph's {@code sm} model (and the top-philic scalars {@code hs}, {@code ha} of
 * {@link ScalarResonance}, the smuons {@code mur-}, {@code mur+} of {@link RightSmuon}, the heavy
 * neutrinos {@code n1 n2 n3} and {@code wr+ wr-} of {@link HeavyNeutrinoSector}, the neutralino
 * {@code neu1} of {@link Neutralino}) as the recursion sees it: PDG id, name, spin, colour and
 * electric charge (in units of e). Masses and widths live in {@link AmplitudeModel}, so that {@code
 * --param} can change them.
 *
 * @param pdg PDG id (antiparticles negative)
 * @param name MadGraph name ({@code u~}, {@code e+}, {@code w-}, …)
 * @param twiceSpin 2s: 1 for fermions, 2 for vector bosons, 0 for the Higgs
 * @param colour 1, 3 (quarks and antiquarks) or 8
 * @param charge electric charge in units of the positron charge
 */
public record Particle(int pdg, String name, int twiceSpin, int colour, double charge) {

    private static final Map<String, Particle> BY_NAME = new LinkedHashMap<>();

    /** Indexed by PDG id + 36 for the ids in [−36, 36]. */
    private static final Particle[] BY_PDG = new Particle[73];

    /** The supersymmetric states, whose ids lie outside [−36, 36]. */
    private static final Map<Integer, Particle> HEAVY = new LinkedHashMap<>();

    static {
        String[] quarks = {"d", "u", "s", "c", "b", "t"};
        for (int i = 0; i < 6; i++) {
            double q = i % 2 == 0 ? -1.0 / 3 : 2.0 / 3;
            add(new Particle(i + 1, quarks[i], 1, 3, q));
            add(new Particle(-(i + 1), quarks[i] + "~", 1, 3, -q));
        }
        String[] leptons = {"e", "mu", "ta"};
        String[] neutrinos = {"ve", "vm", "vt"};
        for (int i = 0; i < 3; i++) {
            add(new Particle(11 + 2 * i, leptons[i] + "-", 1, 1, -1));
            add(new Particle(-(11 + 2 * i), leptons[i] + "+", 1, 1, 1));
            add(new Particle(12 + 2 * i, neutrinos[i], 1, 1, 0));
            add(new Particle(-(12 + 2 * i), neutrinos[i] + "~", 1, 1, 0));
        }
        add(new Particle(21, "g", 2, 8, 0));
        add(new Particle(22, "a", 2, 1, 0));
        add(new Particle(23, "z", 2, 1, 0));
        add(new Particle(24, "w+", 2, 1, 1));
        add(new Particle(-24, "w-", 2, 1, -1));
        add(new Particle(25, "h", 0, 1, 0));
        // the top-philic scalar and pseudoscalar of ScalarResonance (not in the sm model)
        add(new Particle(35, "hs", 0, 1, 0));
        add(new Particle(36, "ha", 0, 1, 0));
        // the right-handed smuon of RightSmuon (MadGraph's MSSM names)
        add(new Particle(RightSmuon.PDG, "mur-", 0, 1, -1));
        add(new Particle(-RightSmuon.PDG, "mur+", 0, 1, 1));
        // the left-right model's W_R and the heavy Majorana neutrinos of HeavyNeutrinoSector
        // (MadGraph's LRSM / SM_HeavyN names)
        add(new Particle(HeavyNeutrinoSector.PDG_WR, "wr+", 2, 1, 1));
        add(new Particle(-HeavyNeutrinoSector.PDG_WR, "wr-", 2, 1, -1));
        for (int i = 0; i < 3; i++) {
            int pdg = HeavyNeutrinoSector.PDG_N1 + 2 * i;
            add(new Particle(pdg, "n" + (i + 1), 1, 1, 0));
            // the conjugate-flow twin (see anti()): no name, so no process string can write it
            HEAVY.put(-pdg, new Particle(-pdg, "n" + (i + 1), 1, 1, 0));
        }
        // the bino-like neutralino of Neutralino (Majorana, with its conjugate-flow twin)
        add(new Particle(Neutralino.PDG, "neu1", 1, 1, 0));
        HEAVY.put(-Neutralino.PDG, new Particle(-Neutralino.PDG, "neu1", 1, 1, 0));
    }

    private static void add(Particle p) {
        BY_NAME.put(p.name, p);
        if (Math.abs(p.pdg) <= 36) {
            BY_PDG[p.pdg + 36] = p;
        } else {
            HEAVY.put(p.pdg, p);
        }
    }

    /** The particle with this MadGraph name, or null. */
    public static Particle byName(String name) {
        return BY_NAME.get(name);
    }

    /** The particle with this PDG id; throws for an id outside the {@code sm} model. */
    public static Particle byPdg(int pdg) {
        Particle p = pdg >= -36 && pdg <= 36 ? BY_PDG[pdg + 36] : HEAVY.get(pdg);
        if (p == null) {
            throw new IllegalArgumentException("PDG id " + pdg + " is not in the sm model");
        }
        return p;
    }

    /** Whether this is a quark, lepton or neutrino (or its antiparticle). */
    public boolean isFermion() {
        return twiceSpin == 1;
    }

    /** Whether this is a vector boson. */
    public boolean isVector() {
        return twiceSpin == 2;
    }

    /**
     * The antiparticle (self-conjugate bosons return themselves). A Majorana fermion (heavy
     * neutrino, neutralino) returns its conjugate-flow twin (−pdg, same name and properties): the
     * recursion stores a fermion current as a column spinor for id &gt; 0 and a row spinor for id
     * &lt; 0, so an outgoing N, crossed to incoming, enters as the row ū(p) like any fermion (see
     * {@link MajoranaFlow}).
     */
    public Particle anti() {
        Particle p = -pdg >= -36 && -pdg <= 36 ? BY_PDG[-pdg + 36] : HEAVY.get(-pdg);
        return p == null ? this : p;
    }

    /**
     * Number of helicity states: 2 for fermions and massless vectors, 3 for W/Z, 1 for the Higgs.
     */
    public int helicityStates(boolean massive) {
        if (twiceSpin == 0) {
            return 1;
        }
        return isVector() && massive ? 3 : 2;
    }
}
