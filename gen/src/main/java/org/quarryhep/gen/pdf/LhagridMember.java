package org.quarryhep.gen.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One member of an LHAPDF6 set in {@code lhagrid1} format: x·f(x, Q) on one or more Q subgrids,
 * with LHAPDF's default interpolation ({@code logcubic}) and extrapolation ({@code continuation}).
 *
 * <p>Interpolation: choose the subgrid whose lowest Q² ≤ Q² (the upper one at a seam), then a cubic
 * Hermite spline in log x with knot derivatives from finite differences (mean of left and right
 * slopes inside, one-sided at the ends), evaluated on the Q knots iq−1…iq+2, followed by a cubic
 * Hermite spline in log Q² with the same derivative rule; bilinear in (log x, log Q²) when a
 * subgrid has fewer than four Q knots (A. Buckley et al., LHAPDF6, arXiv:1412.7420). Outside the
 * grid: below x_min a power law through the two lowest x knots (linear when they are not positive),
 * below Q_min LHAPDF's anomalous-dimension continuation, above Q_max a power law in Q² through the
 * two highest Q knots; x above x_max gives 0. {@code ForcePositive} (0, 1, 2) is applied last.
 */
public final class LhagridMember {
    private static final int MAX_PID = 22;

    private final String source;
    private final Subgrid[] subgrids;
    private final double[] subgridStarts;
    private final int forcePositive;
    private final int[] flavours;

    private LhagridMember(String source, Subgrid[] subgrids, int forcePositive) {
        this.source = source;
        this.subgrids = subgrids;
        this.subgridStarts = new double[subgrids.length];
        for (int i = 0; i < subgrids.length; i++) {
            subgridStarts[i] = subgrids[i].q2s[0];
        }
        this.forcePositive = forcePositive;
        this.flavours = subgrids[0].pids.clone();
    }

    /**
     * Reads a member file.
     *
     * @param file the {@code <set>_<nnnn>.dat} file
     * @param forcePositive the set's {@code ForcePositive} (0 none, 1 clamp at 0, 2 clamp at 1e-10)
     * @return the member
     * @throws PdfFormatException when the file is not well-formed lhagrid1 (with its line)
     * @throws IOException when the file cannot be read
     */
    public static LhagridMember read(Path file, int forcePositive) throws IOException {
        String src = file.toString();
        List<Subgrid> subs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            int lineNo = 0;
            String line;
            boolean headerDone = false;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.strip().equals("---")) {
                    headerDone = true;
                    break;
                }
                if (line.strip().startsWith("Format:") && !line.contains("lhagrid1")) {
                    throw new PdfFormatException(
                            "unsupported grid format '" + line.strip() + "', expected lhagrid1",
                            src,
                            lineNo);
                }
            }
            if (!headerDone) {
                throw new PdfFormatException("no '---' after the header", src, lineNo);
            }
            while (true) {
                String xLine = in.readLine();
                lineNo++;
                if (xLine == null || xLine.isBlank()) {
                    break;
                }
                double[] xs = parseNumbers(xLine, src, lineNo);
                String qLine = in.readLine();
                lineNo++;
                double[] qs = parseNumbers(qLine, src, lineNo);
                String fLine = in.readLine();
                lineNo++;
                double[] fl = parseNumbers(fLine, src, lineNo);
                int[] pids = new int[fl.length];
                for (int k = 0; k < fl.length; k++) {
                    pids[k] = (int) fl[k];
                    if (Math.abs(pids[k]) > MAX_PID) {
                        throw new PdfFormatException(
                                "flavour id " + pids[k] + " out of range", src, lineNo);
                    }
                }
                checkAscending(xs, "x knots", src, lineNo - 2);
                checkAscending(qs, "Q knots", src, lineNo - 1);
                int nx = xs.length;
                int nq = qs.length;
                double[][] vals = new double[pids.length][nx * nq];
                for (int row = 0; row < nx * nq; row++) {
                    String v = in.readLine();
                    lineNo++;
                    if (v == null || v.strip().equals("---")) {
                        throw new PdfFormatException(
                                "subgrid ends after " + row + " value rows, expected " + nx * nq,
                                src,
                                lineNo);
                    }
                    double[] r = parseNumbers(v, src, lineNo);
                    if (r.length != pids.length) {
                        throw new PdfFormatException(
                                "expected " + pids.length + " values, found " + r.length,
                                src,
                                lineNo);
                    }
                    for (int k = 0; k < r.length; k++) {
                        vals[k][row] = r[k];
                    }
                }
                String sep = in.readLine();
                lineNo++;
                if (sep == null || !sep.strip().equals("---")) {
                    throw new PdfFormatException(
                            "expected '---' after the subgrid's values", src, lineNo);
                }
                subs.add(new Subgrid(xs, qs, pids, vals));
            }
            if (subs.isEmpty()) {
                throw new PdfFormatException("no subgrid found", src, lineNo);
            }
        }
        return new LhagridMember(src, subs.toArray(new Subgrid[0]), forcePositive);
    }

    private static double[] parseNumbers(String line, String src, int lineNo) {
        if (line == null) {
            throw new PdfFormatException("unexpected end of file", src, lineNo);
        }
        String[] parts = line.strip().split("\\s+");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new PdfFormatException(
                        "expected a number, found '" + parts[i] + "'", src, lineNo);
            }
            if (!Double.isFinite(out[i])) {
                throw new PdfFormatException("non-finite value '" + parts[i] + "'", src, lineNo);
            }
        }
        return out;
    }

    private static void checkAscending(double[] v, String what, String src, int lineNo) {
        if (v.length < 2) {
            throw new PdfFormatException(what + ": need at least 2 knots", src, lineNo);
        }
        for (int i = 1; i < v.length; i++) {
            if (!(v[i] > v[i - 1]) || v[0] <= 0) {
                throw new PdfFormatException(
                        what + " must be positive and strictly ascending", src, lineNo);
            }
        }
    }

    /** The file this member was read from. */
    public String source() {
        return source;
    }

    /** The PDG ids of the flavours in the grid (21 gluon, 22 photon). */
    public int[] flavours() {
        return flavours.clone();
    }

    /** Number of Q subgrids. */
    public int subgridCount() {
        return subgrids.length;
    }

    /** Smallest x knot. */
    public double xMin() {
        return subgrids[0].xs[0];
    }

    /** Largest x knot. */
    public double xMax() {
        return subgrids[0].xs[subgrids[0].xs.length - 1];
    }

    /** Smallest Q knot, GeV. */
    public double qMin() {
        return Math.sqrt(subgrids[0].q2s[0]);
    }

    /** Largest Q knot, GeV. */
    public double qMax() {
        Subgrid last = subgrids[subgrids.length - 1];
        return Math.sqrt(last.q2s[last.q2s.length - 1]);
    }

    /**
     * x·f(x, Q²) of one flavour.
     *
     * @param pid PDG id (0 and 21 are the gluon); flavours absent from the grid give 0
     * @param x momentum fraction in (0, 1]
     * @param q2 Q², GeV²
     * @return x·f
     * @throws IllegalArgumentException when x or Q² is not positive
     */
    public double xfxQ2(int pid, double x, double q2) {
        if (!(x > 0) || !(q2 > 0)) {
            throw new IllegalArgumentException("x and Q2 must be positive: x=" + x + ", Q2=" + q2);
        }
        int id = pid == 0 ? 21 : pid;
        if (x > xMax()) {
            return 0.0;
        }
        double v = extrapolated(id, x, q2);
        return positive(v);
    }

    /**
     * x·f(x, Q²) for every PDG id −6…6 and the gluon, in the array layout the tree-level processes
     * index by parton id.
     *
     * @param x momentum fraction
     * @param q2 Q², GeV²
     * @param out array of length ≥ 13, filled with index pid + 6 (the gluon at index 6)
     */
    public void xfxQ2All(double x, double q2, double[] out) {
        for (int pid = -6; pid <= 6; pid++) {
            out[pid + 6] = xfxQ2(pid == 0 ? 21 : pid, x, q2);
        }
    }

    private double positive(double v) {
        return switch (forcePositive) {
            case 1 -> Math.max(v, 0.0);
            case 2 -> Math.max(v, 1e-10);
            default -> v;
        };
    }

    private double extrapolated(int pid, double x, double q2) {
        double xmin = xMin();
        double q2min = subgrids[0].q2s[0];
        Subgrid last = subgrids[subgrids.length - 1];
        double q2max = last.q2s[last.q2s.length - 1];
        if (x >= xmin && q2 >= q2min && q2 <= q2max) {
            return interpolate(pid, x, q2);
        }
        double qc = Math.min(Math.max(q2, q2min), q2max);
        if (x < xmin) {
            Subgrid sg = subgridFor(qc);
            double x1 = sg.xs[1];
            double f0 = extrapolatedQ(pid, xmin, q2);
            double f1 = extrapolatedQ(pid, x1, q2);
            if (f0 > 1e-3 && f1 > 1e-3) {
                return f0 * Math.pow(x / xmin, Math.log(f1 / f0) / Math.log(x1 / xmin));
            }
            return f0 + (f1 - f0) * (x - xmin) / (x1 - xmin);
        }
        return extrapolatedQ(pid, x, q2);
    }

    private double extrapolatedQ(int pid, double x, double q2) {
        Subgrid first = subgrids[0];
        Subgrid last = subgrids[subgrids.length - 1];
        double q2min = first.q2s[0];
        double q2max = last.q2s[last.q2s.length - 1];
        if (q2 < q2min) {
            double f0 = interpolate(pid, x, q2min);
            double f1 = interpolate(pid, x, first.q2s[1]);
            double anom =
                    Math.abs(f0) >= 1e-5 ? Math.log(f1 / f0) / Math.log(first.q2s[1] / q2min) : 1.0;
            if (!Double.isFinite(anom)) {
                anom = 1.0;
            }
            double r = q2 / q2min;
            return f0 * Math.pow(r, anom * r + 1.0 - r);
        }
        if (q2 > q2max) {
            double q2b = last.q2s[last.q2s.length - 2];
            double f1 = interpolate(pid, x, q2max);
            double f0 = interpolate(pid, x, q2b);
            if (f0 > 0 && f1 > 0) {
                return f1 * Math.pow(q2 / q2max, Math.log(f1 / f0) / Math.log(q2max / q2b));
            }
            return f1;
        }
        return interpolate(pid, x, q2);
    }

    private Subgrid subgridFor(double q2) {
        int k = upperIndex(subgridStarts, q2) - 1;
        return subgrids[Math.max(k, 0)];
    }

    /** Number of entries ≤ v (Python's bisect_right). */
    private static int upperIndex(double[] a, double v) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int knotBelow(double[] knots, double v) {
        int i = upperIndex(knots, v);
        if (i == knots.length) {
            i--;
        }
        return i - 1;
    }

    private double interpolate(int pid, double x, double q2) {
        Subgrid sg = subgridFor(q2);
        int col = pid >= -MAX_PID && pid <= MAX_PID ? sg.column[pid + MAX_PID] : -1;
        if (col < 0) {
            return 0.0;
        }
        double[] g = sg.values[col];
        double[] d = sg.dlogx[col];
        int nq = sg.q2s.length;
        int ix = knotBelow(sg.xs, x);
        int iq = knotBelow(sg.q2s, q2);
        double lx = Math.log(x);
        double lq = Math.log(q2);
        double d1 = sg.logxs[ix + 1] - sg.logxs[ix];
        double tx = (lx - sg.logxs[ix]) / d1;
        double dq1 = sg.logq2s[iq + 1] - sg.logq2s[iq];
        double tq = (lq - sg.logq2s[iq]) / dq1;
        if (nq < 4) {
            double a = g[ix * nq + iq] + (g[(ix + 1) * nq + iq] - g[ix * nq + iq]) * tx;
            double b = g[ix * nq + iq + 1] + (g[(ix + 1) * nq + iq + 1] - g[ix * nq + iq + 1]) * tx;
            return a + (b - a) * tq;
        }
        double vl = alongX(g, d, nq, ix, iq, tx, d1);
        double vh = alongX(g, d, nq, ix, iq + 1, tx, d1);
        double vdl;
        double vdh;
        if (iq > 0 && iq + 1 < nq - 1) {
            double dq0 = sg.logq2s[iq] - sg.logq2s[iq - 1];
            double dq2 = sg.logq2s[iq + 2] - sg.logq2s[iq + 1];
            double vll = alongX(g, d, nq, ix, iq - 1, tx, d1);
            double vhh = alongX(g, d, nq, ix, iq + 2, tx, d1);
            vdl = ((vh - vl) / dq1 + (vl - vll) / dq0) / 2;
            vdh = ((vh - vl) / dq1 + (vhh - vh) / dq2) / 2;
        } else if (iq == 0) {
            double dq2 = sg.logq2s[iq + 2] - sg.logq2s[iq + 1];
            double vhh = alongX(g, d, nq, ix, iq + 2, tx, d1);
            vdl = (vh - vl) / dq1;
            vdh = (vdl + (vhh - vh) / dq2) / 2;
        } else {
            double dq0 = sg.logq2s[iq] - sg.logq2s[iq - 1];
            double vll = alongX(g, d, nq, ix, iq - 1, tx, d1);
            vdh = (vh - vl) / dq1;
            vdl = (vdh + (vl - vll) / dq0) / 2;
        }
        return hermite(tq, vl, vdl * dq1, vh, vdh * dq1);
    }

    private static double alongX(
            double[] g, double[] d, int nq, int ix, int iq, double tx, double d1) {
        int a = ix * nq + iq;
        int b = a + nq;
        return hermite(tx, g[a], d[a] * d1, g[b], d[b] * d1);
    }

    private static double hermite(double t, double vl, double vdl, double vh, double vdh) {
        double t2 = t * t;
        double t3 = t2 * t;
        return (2 * t3 - 3 * t2 + 1) * vl
                + (t3 - 2 * t2 + t) * vdl
                + (-2 * t3 + 3 * t2) * vh
                + (t3 - t2) * vdh;
    }

    /** One Q block of the grid, with log knots and x-derivatives precomputed. */
    private static final class Subgrid {
        final double[] xs;
        final double[] q2s;
        final double[] logxs;
        final double[] logq2s;
        final int[] pids;
        final int[] column = new int[2 * MAX_PID + 1];
        final double[][] values;
        final double[][] dlogx;

        Subgrid(double[] xs, double[] qs, int[] pids, double[][] values) {
            this.xs = xs;
            this.q2s = new double[qs.length];
            this.logxs = new double[xs.length];
            this.logq2s = new double[qs.length];
            for (int i = 0; i < qs.length; i++) {
                q2s[i] = qs[i] * qs[i];
                logq2s[i] = Math.log(q2s[i]);
            }
            for (int i = 0; i < xs.length; i++) {
                logxs[i] = Math.log(xs[i]);
            }
            this.pids = pids;
            Arrays.fill(column, -1);
            for (int k = 0; k < pids.length; k++) {
                column[pids[k] + MAX_PID] = k;
            }
            this.values = values;
            int nx = xs.length;
            int nq = qs.length;
            this.dlogx = new double[pids.length][nx * nq];
            for (int k = 0; k < pids.length; k++) {
                double[] g = values[k];
                for (int ix = 0; ix < nx; ix++) {
                    for (int iq = 0; iq < nq; iq++) {
                        double der;
                        if (ix > 0 && ix < nx - 1) {
                            double left =
                                    (g[ix * nq + iq] - g[(ix - 1) * nq + iq])
                                            / (logxs[ix] - logxs[ix - 1]);
                            double right =
                                    (g[(ix + 1) * nq + iq] - g[ix * nq + iq])
                                            / (logxs[ix + 1] - logxs[ix]);
                            der = (left + right) / 2;
                        } else if (ix == 0) {
                            der = (g[nq + iq] - g[iq]) / (logxs[1] - logxs[0]);
                        } else {
                            der =
                                    (g[ix * nq + iq] - g[(ix - 1) * nq + iq])
                                            / (logxs[ix] - logxs[ix - 1]);
                        }
                        dlogx[k][ix * nq + iq] = der;
                    }
                }
            }
        }
    }
}
