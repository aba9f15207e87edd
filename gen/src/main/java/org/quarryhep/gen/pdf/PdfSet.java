package org.quarryhep.gen.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One member of an LHAPDF6 set, ready to evaluate: its metadata, grid and α_s. Immutable and
 * thread-safe.
 */
public final class PdfSet {
    private final String name;
    private final int member;
    private final PdfSetInfo info;
    private final LhagridMember grid;
    private final AlphaS alphaS;

    private PdfSet(String name, int member, PdfSetInfo info, LhagridMember grid, AlphaS alphaS) {
        this.name = name;
        this.member = member;
        this.info = info;
        this.grid = grid;
        this.alphaS = alphaS;
    }

    /**
     * Loads a member from a set directory ({@code <dir>/<name>.info} and {@code
     * <dir>/<name>_<nnnn>.dat}).
     *
     * @param directory the set's directory; its name is the set name
     * @param member the member number (0 is the central member)
     * @return the set
     * @throws PdfFormatException when a file is malformed or the grid does not reach the .info's
     *     QMax
     * @throws PdfSetNotFoundException when a file is missing
     * @throws UncheckedIOException when a file cannot be read
     */
    public static PdfSet load(Path directory, int member) {
        String name = directory.getFileName().toString();
        Path infoFile = directory.resolve(name + ".info");
        Path dat = directory.resolve(String.format("%s_%04d.dat", name, member));
        if (!Files.isRegularFile(infoFile) || !Files.isRegularFile(dat)) {
            throw new PdfSetNotFoundException(
                    "PDF set " + name + " member " + member + ": need " + infoFile + " and " + dat);
        }
        try {
            PdfSetInfo info = PdfSetInfo.read(infoFile);
            int forcePositive = (int) info.number("ForcePositive", 0);
            LhagridMember grid = LhagridMember.read(dat, forcePositive);
            // A file cut exactly after a subgrid's '---' still parses; the .info range tells.
            double qMax = info.number("QMax", grid.qMax());
            if (grid.qMax() < qMax * (1 - 1e-6)) {
                throw new PdfFormatException(
                        "grid ends at Q = "
                                + grid.qMax()
                                + " GeV but the .info says QMax = "
                                + qMax
                                + " (truncated file?)",
                        dat.toString(),
                        -1);
            }
            return new PdfSet(name, member, info, grid, AlphaS.fromInfo(info));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read PDF set " + directory, e);
        }
    }

    /** The set name (its directory name). */
    public String name() {
        return name;
    }

    /** The member number. */
    public int member() {
        return member;
    }

    /** The set's metadata. */
    public PdfSetInfo info() {
        return info;
    }

    /** The member grid. */
    public LhagridMember grid() {
        return grid;
    }

    /** The LHAPDF id of this member: {@code SetIndex} + member (0 when the set has no index). */
    public int lhapdfId() {
        return (int) info.number("SetIndex", 0) + (info.has("SetIndex") ? member : 0);
    }

    /**
     * x·f(x, Q) of one flavour.
     *
     * @param pid PDG id (0 or 21 for the gluon)
     * @param x momentum fraction
     * @param q scale Q, GeV
     * @return x·f
     */
    public double xfxQ(int pid, double x, double q) {
        return grid.xfxQ2(pid, x, q * q);
    }

    /** α_s(Q) from the set's own table or running. */
    public double alphaS(double q) {
        return alphaS.alphaS(q);
    }
}
