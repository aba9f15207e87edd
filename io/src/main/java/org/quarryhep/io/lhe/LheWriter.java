package org.quarryhep.io.lhe;

import java.nio.file.Path;
import java.util.List;
import org.quarryhep.core.Event;
import org.quarryhep.core.Particle;
import org.quarryhep.core.RunInfo;
import org.quarryhep.io.Compression;
import org.quarryhep.io.internal.AbstractEventWriter;

/**
 * Writes Les Houches Event files (LHEF 3.0 unless the run says otherwise), atomically.
 *
 * <p>The header is {@link RunInfo#header()} verbatim; when it is empty, a header with an {@code
 * <initrwgt>} block for the weights beyond XWGTUP is written (for a run read from LHE, {@link
 * RunInfo#weights()} lists just those; otherwise its first entry is the nominal weight). Status
 * codes are written as they are. The init block holds the beams, PDF ids, IDWTUP and processes, the
 * raw lines kept by {@link LheReader} and, when none is there, a {@code <generator>} tag naming
 * {@link RunInfo#generator()}. Each event's weight 0 is XWGTUP; its further weights are written as
 * {@code <rwgt><wgt id='name'>}. A NaN scale or coupling is written as −1 (LHE's "not given").
 * Vertices, PDF information and particle attributes have no place in LHE and are not written;
 * mothers beyond two are written as the range first..last.
 */
public final class LheWriter extends AbstractEventWriter {
    private final RunInfo run;

    /**
     * Opens the temporary file and writes the header and init block.
     *
     * @param target the file created on close
     * @param compression the file's compression
     * @param run the run information
     * @throws java.io.UncheckedIOException when the file cannot be created
     */
    public LheWriter(Path target, Compression compression, RunInfo run) {
        super(target, compression);
        this.run = run;
        start();
    }

    @Override
    protected void writeHeader() {
        String version = run.attributes().getOrDefault(LheReader.VERSION, "3.0");
        out.text("<LesHouchesEvents version=\"").text(version).text("\">").nl();
        if (!run.header().isEmpty()) {
            out.text(run.header());
        } else {
            out.text("<header>").nl();
            List<RunInfo.WeightInfo> extra = extraWeights(run);
            if (!extra.isEmpty()) {
                writeInitRwgt(extra);
            }
            out.text("</header>").nl();
        }
        out.text("<init>").nl();
        out.num(run.beam1().pdgId()).num(run.beam2().pdgId());
        out.num(run.beam1().energy()).num(run.beam2().energy());
        out.num(run.pdfGroup1()).num(run.pdfGroup2()).num(run.pdfSet1()).num(run.pdfSet2());
        out.num(run.weightingStrategy()).num(run.processes().size()).nl();
        for (RunInfo.ProcessInfo p : run.processes()) {
            out.num(p.crossSectionPb())
                    .num(p.crossSectionErrorPb())
                    .num(p.maxWeight())
                    .num(p.id())
                    .nl();
        }
        String extra = run.attributes().getOrDefault(LheReader.INIT_EXTRA, "");
        out.text(extra);
        if (!extra.contains("<generator") && !run.generator().isEmpty()) {
            out.text("<generator name=\"").text(xml(run.generator())).text("\"></generator>").nl();
        }
        out.text("</init>").nl();
    }

    /**
     * The weights an {@code <initrwgt>} block describes: those beyond XWGTUP. An LHE run lists only
     * those; other runs (HepMC) list the nominal weight first, which XWGTUP carries.
     */
    private static List<RunInfo.WeightInfo> extraWeights(RunInfo run) {
        List<RunInfo.WeightInfo> w = run.weights();
        if (!run.attributes().containsKey(LheReader.VERSION) && !w.isEmpty()) {
            w = w.subList(1, w.size());
        }
        return w.stream().filter(x -> !x.name().equals(LheReader.NOMINAL)).toList();
    }

    private void writeInitRwgt(List<RunInfo.WeightInfo> weights) {
        out.text("<initrwgt>").nl();
        String group = null;
        for (RunInfo.WeightInfo w : weights) {
            if (!w.group().equals(group)) {
                if (group != null) {
                    out.text("</weightgroup>").nl();
                }
                group = w.group();
                out.text("<weightgroup name=\"").text(xml(group)).text("\">").nl();
            }
            out.text("<weight id=\"")
                    .text(xml(w.name()))
                    .text("\">")
                    .text(xml(w.description()))
                    .text("</weight>")
                    .nl();
        }
        if (group != null) {
            out.text("</weightgroup>").nl();
        }
        out.text("</initrwgt>").nl();
    }

    @Override
    protected void writeEvent(Event e) {
        String tag = e.attributes().get(LheReader.EVENT_TAG);
        out.text(tag == null ? "<event>" : "<event " + tag + ">").nl();
        List<Particle> ps = e.particles();
        out.num(ps.size())
                .num(e.processId())
                .num(e.weight())
                .num(orMinusOne(e.scale()))
                .num(orMinusOne(e.alphaQed()))
                .num(orMinusOne(e.alphaQcd()))
                .nl();
        for (Particle p : ps) {
            int[] m = p.mothers();
            int m1 = m.length > 0 ? m[0] + 1 : 0;
            int m2 = m.length > 1 ? m[m.length - 1] + 1 : m1;
            out.num(p.pdgId()).num(p.status()).num(m1).num(m2).num(p.colour()).num(p.anticolour());
            out.num(p.momentum().px())
                    .num(p.momentum().py())
                    .num(p.momentum().pz())
                    .num(p.momentum().e())
                    .num(p.mass());
            out.num(p.lifetimeMm()).num(p.spin()).nl();
        }
        String extra = e.attributes().get(LheReader.EVENT_EXTRA);
        if (extra != null) {
            out.text(extra);
        }
        if (e.weightCount() > 1) {
            List<String> names = e.weightNames();
            out.text("<rwgt>").nl();
            for (int k = 1; k < e.weightCount(); k++) {
                String name = k < names.size() ? names.get(k) : "w" + k;
                out.text("<wgt id='")
                        .text(xml(name))
                        .text("'>")
                        .num(e.weight(k))
                        .text(" </wgt>")
                        .nl();
            }
            out.text("</rwgt>").nl();
        }
        out.text("</event>").nl();
    }

    @Override
    protected void writeFooter() {
        out.text("</LesHouchesEvents>").nl();
    }

    private static double orMinusOne(double v) {
        return Double.isNaN(v) ? -1 : v;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
