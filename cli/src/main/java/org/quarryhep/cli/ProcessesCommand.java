package org.quarryhep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarryhep.gen.process.GeneratorCuts;
import org.quarryhep.gen.process.ProcessCatalog;
import org.quarryhep.gen.process.ProcessParameter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code quarry processes}: lists the built-in generator processes and their parameters. */
@Command(
        name = "processes",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = "List the built-in generator processes with their parameters and the cuts.")
public final class ProcessesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "Write one JSON document.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (ProcessCatalog.Entry e : ProcessCatalog.entries()) {
                List<Map<String, Object>> params = new ArrayList<>();
                for (ProcessParameter p : e.parameters()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", p.name());
                    m.put("default", Double.isNaN(p.defaultValue()) ? null : p.defaultValue());
                    m.put("description", p.description());
                    params.add(m);
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", e.name());
                m.put("description", e.description());
                m.put("process_id", e.processId());
                m.put("parameters", params);
                m.put("built_in_cuts", builtInCuts(e));
                list.add(m);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("processes", list);
            doc.put("cuts", GeneratorCuts.KNOWN);
            doc.put("generate_defaults", generateDefaults());
            Json.print(out, doc);
            return 0;
        }
        for (ProcessCatalog.Entry e : ProcessCatalog.entries()) {
            out.printf("%-12s %s%n", e.name(), e.description());
            for (ProcessParameter p : e.parameters()) {
                out.printf(
                        "    --param %s=%s  %s%n",
                        p.name(),
                        Double.isNaN(p.defaultValue()) ? "(computed)" : fmt(p.defaultValue()),
                        p.description());
            }
            builtInCuts(e)
                    .forEach(
                            (k, v) ->
                                    out.printf(
                                            "    built-in cut %s >= %s (a looser --cut %s is raised"
                                                    + " to it)%n",
                                            k, fmt(v), k));
        }
        out.println("cuts (--cut NAME=VALUE, MadGraph run-card names; -1 = none):");
        GeneratorCuts.KNOWN.forEach((k, v) -> out.printf("    %-8s %s%n", k, v));
        out.println("quarry generate defaults:");
        generateDefaults().forEach((k, v) -> out.printf("    %s %s%n", k, v));
        out.flush();
        return 0;
    }

    /** The cuts a process always applies (a process with computed defaults is built with them). */
    private static Map<String, Double> builtInCuts(ProcessCatalog.Entry e) {
        return ProcessCatalog.create(e.name(), Map.of()).process().builtInCuts();
    }

    /** The defaults of {@code quarry generate}'s options, read from its own declaration. */
    static Map<String, String> generateDefaults() {
        Map<String, String> d = new LinkedHashMap<>();
        for (var o : new CommandLine(new GenerateCommand()).getCommandSpec().options()) {
            if (o.defaultValue() != null && !o.usageHelp() && !o.versionHelp()) {
                d.put(o.longestName(), o.defaultValue());
            }
        }
        return d;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9
                ? Long.toString((long) v)
                : Double.toString(v);
    }
}
