package org.quarryhep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarryhep.core.AtomicFile;
import org.quarryhep.core.Event;
import org.quarryhep.core.FourMomentum;
import org.quarryhep.core.Particle;
import org.quarryhep.core.PdgTable;
import org.quarryhep.io.EventReader;
import org.quarryhep.io.EventReaders;
import org.quarryhep.jets.ClusterSequence;
import org.quarryhep.jets.Jet;
import org.quarryhep.jets.JetAlgorithm;
import org.quarryhep.jets.JetDefinition;
import org.quarryhep.jets.JetDefinitionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code quarry cluster EVENTS}: clusters the final-state (status 1) particles of each event into
 * inclusive jets, as FastJet's examples do.
 */
@Command(
        name = "cluster",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = {
            "Cluster the final-state (status 1) particles of every event of an event file (LHE,"
                    + " HepMC3, HepMC2; plain, .gz or .zst) into inclusive jets with kt,"
                    + " Cambridge/Aachen or anti-kt (E scheme), exactly as FastJet does."
        })
final class ClusterCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EVENTS", description = "the event file")
    Path events;

    @Option(
            names = "--algorithm",
            defaultValue = "anti-kt",
            description = "anti-kt, kt or cambridge")
    String algorithm;

    @Option(names = "--radius", defaultValue = "0.4", description = "jet radius R")
    double radius;

    @Option(names = "--ptmin", defaultValue = "10", description = "minimum jet pT in GeV")
    double ptMin;

    @Option(names = "--visible", description = "drop neutrinos and other invisible particles")
    boolean visible;

    @Option(
            names = "--exclude-leptons",
            description =
                    "leave electrons and muons out of the jets (by default every final-state"
                            + " particle is clustered, leptons included)")
    boolean excludeLeptons;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "write the jets of every event to FILE (the JSON document of --json)")
    Path output;

    @Option(names = "--force", description = "overwrite an existing output file")
    boolean force;

    @Option(names = "--json", description = "print one JSON document instead of text")
    boolean json;

    @Override
    public Integer call() throws java.io.IOException {
        JetDefinition definition = JetDefinition.of(JetAlgorithm.fromName(algorithm), radius);
        if (!(ptMin >= 0 && Double.isFinite(ptMin))) {
            throw new JetDefinitionException(
                    "--ptmin: " + ptMin + " GeV is invalid; expected a finite value >= 0");
        }
        if (output != null) {
            OutputFiles.claim(spec, "-o", output, force, events);
        }
        boolean collect = json || output != null;
        PrintWriter out = spec.commandLine().getOut();
        List<Map<String, Object>> results = new ArrayList<>();
        long totalJets = 0;
        long eventsSeen = 0;
        try (EventReader reader = EventReaders.open(events);
                Progress progress =
                        Progress.start("cluster " + events.getFileName(), -1, "events")) {
            while (reader.hasNext()) {
                Event event = reader.next();
                List<FourMomentum> particles = new ArrayList<>();
                for (Particle p : event.finalState()) {
                    boolean lepton = Math.abs(p.pdgId()) == 11 || Math.abs(p.pdgId()) == 13;
                    if ((!visible || !PdgTable.isInvisible(p.pdgId()))
                            && !(excludeLeptons && lepton)) {
                        particles.add(p.momentum());
                    }
                }
                List<Jet> jets = ClusterSequence.of(particles, definition).inclusiveJets(ptMin);
                eventsSeen++;
                totalJets += jets.size();
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("event", event.number());
                r.put("particles", particles.size());
                r.put("jets", describe(jets));
                if (collect) {
                    results.add(r);
                }
                if (!json && output == null) {
                    printText(out, r, jets);
                }
                progress.step(1);
            }
        }
        if (collect) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("file", events.toString());
            doc.put("definition", definition.description());
            doc.put("algorithm", definition.algorithm().shortName());
            doc.put("radius", definition.radius());
            doc.put("ptmin_gev", ptMin);
            doc.put("visible_only", visible);
            doc.put("leptons_in_jets", !excludeLeptons);
            doc.put("events", results);
            doc.put("total_jets", totalJets);
            if (output != null) {
                AtomicFile.write(output, tmp -> Json.MAPPER.writeValue(tmp.toFile(), doc));
            }
            if (json) {
                Json.print(out, doc);
                return 0;
            }
        }
        out.printf(
                Locale.ROOT,
                "%d events, %d jets (%s, pT > %s GeV)%s%n",
                eventsSeen,
                totalJets,
                definition.description(),
                ptMin,
                output == null ? "" : ", written to " + output);
        out.println(
                excludeLeptons
                        ? "electrons and muons were left out of the jets"
                        : "electrons and muons were clustered into the jets like every final-state"
                                + " particle; give --exclude-leptons to leave them out");
        out.flush();
        return 0;
    }

    private static List<Map<String, Object>> describe(List<Jet> jets) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Jet j : jets) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pt", j.pt());
            m.put("eta", j.eta());
            m.put("phi", j.phi());
            m.put("mass", j.mass());
            m.put("constituents", j.constituentCount());
            list.add(m);
        }
        return list;
    }

    private void printText(PrintWriter out, Map<String, Object> r, List<Jet> jets) {
        out.printf(
                Locale.ROOT,
                "event %d: %d particles, %d jets%n",
                (Long) r.get("event"),
                (Integer) r.get("particles"),
                jets.size());
        for (Jet j : jets) {
            out.printf(
                    Locale.ROOT,
                    "  pt %10.4f  eta %8.4f  phi %8.4f  mass %9.4f  constituents %d%n",
                    j.pt(),
                    j.eta(),
                    j.phi(),
                    j.mass(),
                    j.constituentCount());
        }
    }
}
