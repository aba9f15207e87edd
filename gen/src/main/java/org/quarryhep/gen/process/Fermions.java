package org.quarryhep.gen.process;

/** Electroweak quantum numbers of the SM fermions by PDG id. */
final class Fermions {
    private Fermions() {}

    /** Electric charge in units of e (sign follows the PDG id). */
    static double charge(int pid) {
        int a = Math.abs(pid);
        double q =
                switch (a) {
                    case 1, 3, 5 -> -1.0 / 3;
                    case 2, 4, 6 -> 2.0 / 3;
                    case 11, 13, 15 -> -1.0;
                    default -> 0.0;
                };
        return pid > 0 ? q : -q;
    }

    /** Weak isospin T₃ of the left-handed particle (|pid|). */
    static double t3(int pid) {
        int a = Math.abs(pid);
        return switch (a) {
            case 2, 4, 6, 12, 14, 16 -> 0.5;
            default -> -0.5;
        };
    }

    /**
     * Checks a process's {@code lepton} parameter: the generated charged lepton flavour, e or μ (τ
     * would need its decay, which these processes do not do).
     *
     * @param lepton the PDG id
     * @return the PDG id, 11 or 13
     * @throws InvalidParameterException for another id
     */
    static int lightChargedLepton(int lepton) {
        if (lepton != 11 && lepton != 13) {
            throw new InvalidParameterException(
                    "lepton: expected 11 (e) or 13 (mu), found " + lepton);
        }
        return lepton;
    }

    /** Number of colours. */
    static int colours(int pid) {
        return Math.abs(pid) <= 6 ? 3 : 1;
    }
}
