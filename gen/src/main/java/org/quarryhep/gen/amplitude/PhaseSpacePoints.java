package org.quarryhep.gen.amplitude;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.gen.phasespace.Rambo;

/**
 * Reads phase-space points in the format of {@code quarry matrix-element --momenta}: one block per
 * point, one line per particle with {@code E px py pz} in GeV (MadGraph standalone's order,
 * incoming first), blocks separated by blank lines; {@code #} starts a comment. Also draws random
 * points for timing ({@link #random}).
 */
public final class PhaseSpacePoints {
    private PhaseSpacePoints() {}

    /**
     * A random point in the centre-of-mass frame: two massless beams along ±z and a final state of
     * the given masses, RAMBO's massless momenta rescaled by the common factor ξ that puts them on
     * their mass shells (Σ √(m_i² + ξ²|p_i|²) = √s, Kleiss–Stirling–Ellis). Not flat for massive
     * particles (RAMBO's mass weight is not applied): these are points to evaluate, not to
     * integrate.
     *
     * @param sqrtS the centre-of-mass energy, above Σ m_i
     * @param masses the final-state masses, at least two
     * @param rng the random source
     * @return incoming momenta first, then the final state in the order of {@code masses}
     */
    public static FourMomentum[] random(double sqrtS, double[] masses, SplittableRandom rng) {
        int n = masses.length;
        double total = 0;
        for (double m : masses) {
            total += m;
        }
        if (n < 2 || !(sqrtS > total)) {
            throw new IllegalArgumentException(
                    "need two or more final particles below sqrt(s) = " + sqrtS + " GeV");
        }
        FourMomentum[] q = Rambo.generate(n, sqrtS, rng);
        double xi = 1;
        for (int iteration = 0; iteration < 100; iteration++) {
            double f = -sqrtS;
            double df = 0;
            for (int i = 0; i < n; i++) {
                double p2 = q[i].e() * q[i].e();
                double e = Math.sqrt(masses[i] * masses[i] + xi * xi * p2);
                f += e;
                df += xi * p2 / e;
            }
            double step = f / df;
            xi -= step;
            if (Math.abs(step) < 1e-15 * xi) {
                break;
            }
        }
        FourMomentum[] out = new FourMomentum[n + 2];
        out[0] = FourMomentum.ofPxPyPzE(0, 0, sqrtS / 2, sqrtS / 2);
        out[1] = FourMomentum.ofPxPyPzE(0, 0, -sqrtS / 2, sqrtS / 2);
        for (int i = 0; i < n; i++) {
            out[i + 2] =
                    FourMomentum.ofPxPyPzM(
                            xi * q[i].px(), xi * q[i].py(), xi * q[i].pz(), masses[i]);
        }
        return out;
    }

    /**
     * Reads every block of a file.
     *
     * @param file the file
     * @param particles the number of particles each block must have
     * @return the points, in file order
     * @throws MomentaFormatException naming the file and line of a malformed entry or block
     */
    public static List<FourMomentum[]> read(Path file, int particles) {
        return read(file, particles, 0);
    }

    /**
     * Reads every block of a file and checks momentum conservation: the first {@code incoming}
     * momenta must add up to the others to 1e-6 of the total incoming energy.
     *
     * @param file the file
     * @param particles the number of particles each block must have
     * @param incoming how many of them are incoming (0: no conservation check)
     * @return the points, in file order
     * @throws MomentaFormatException naming the file and line of a malformed entry or block
     */
    public static List<FourMomentum[]> read(Path file, int particles, int incoming) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String source = file.toString();
        List<FourMomentum[]> points = new ArrayList<>();
        List<FourMomentum> block = new ArrayList<>();
        int blockStart = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? stripComment(lines.get(i)).trim() : "";
            if (line.isEmpty()) {
                if (!block.isEmpty()) {
                    if (block.size() != particles) {
                        throw new MomentaFormatException(
                                "the block starting at line "
                                        + blockStart
                                        + " has "
                                        + block.size()
                                        + " momenta; the process has "
                                        + particles
                                        + " particles",
                                source,
                                blockStart);
                    }
                    if (incoming > 0) {
                        checkConservation(block, incoming, source, blockStart);
                    }
                    points.add(block.toArray(new FourMomentum[0]));
                    block.clear();
                }
                continue;
            }
            if (block.isEmpty()) {
                blockStart = i + 1;
            }
            block.add(parse(line, source, i + 1));
        }
        if (points.isEmpty()) {
            throw new MomentaFormatException("no phase-space point in the file", source, -1);
        }
        return points;
    }

    private static void checkConservation(
            List<FourMomentum> block, int incoming, String source, int line) {
        double[] balance = new double[4];
        double scale = 0;
        for (int i = 0; i < block.size(); i++) {
            FourMomentum p = block.get(i);
            double sign = i < incoming ? 1 : -1;
            balance[0] += sign * p.e();
            balance[1] += sign * p.px();
            balance[2] += sign * p.py();
            balance[3] += sign * p.pz();
            if (i < incoming) {
                scale += p.e();
            }
        }
        for (double b : balance) {
            if (Math.abs(b) > 1e-6 * scale) {
                throw new MomentaFormatException(
                        String.format(
                                "the block starting at line %d does not conserve momentum:"
                                        + " incoming − outgoing = (%.6g, %.6g, %.6g, %.6g) GeV"
                                        + " (E, px, py, pz)",
                                line, balance[0], balance[1], balance[2], balance[3]),
                        source,
                        line);
            }
        }
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static FourMomentum parse(String line, String source, int lineNumber) {
        String[] f = line.split("\\s+");
        if (f.length != 4) {
            throw new MomentaFormatException(
                    "expected 'E px py pz', found " + f.length + " fields: '" + line + "'",
                    source,
                    lineNumber);
        }
        double[] v = new double[4];
        for (int k = 0; k < 4; k++) {
            try {
                v[k] = Double.parseDouble(f[k]);
            } catch (NumberFormatException e) {
                throw new MomentaFormatException(
                        "'" + f[k] + "' is not a number", source, lineNumber);
            }
            if (!Double.isFinite(v[k])) {
                throw new MomentaFormatException(
                        "'" + f[k] + "' is not a finite number", source, lineNumber);
            }
        }
        return FourMomentum.ofPxPyPzE(v[1], v[2], v[3], v[0]);
    }
}
