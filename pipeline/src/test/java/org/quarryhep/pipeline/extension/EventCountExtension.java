package org.quarryhep.pipeline.extension;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.quarryhep.config.ConfigNode;

/**
 * A test extension: counts the {@code <event>} records of one sample's LHE files and writes the
 * count to a file and to results.json under a configurable key.
 */
public final class EventCountExtension implements AnalysisExtension {
    @Override
    public String name() {
        return "event-count";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public void validate(ConfigNode config, AnalysisInfo analysis) {
        config.allowOnly("sample", "key");
        ConfigNode sample = config.get("sample");
        if (analysis.sample(sample.asString()).isEmpty()) {
            throw sample.error("no sample named '" + sample.asString() + "'");
        }
        config.get("key").asString();
    }

    @Override
    public Map<String, Object> run(ExtensionContext context) throws IOException {
        String name = context.config().get("sample").asString();
        SampleOutputs s = context.sample(name).orElseThrow();
        long events = 0;
        for (Path f : s.eventFiles()) {
            try (BufferedReader r =
                    new BufferedReader(
                            new InputStreamReader(
                                    new GZIPInputStream(Files.newInputStream(f)),
                                    StandardCharsets.UTF_8))) {
                events += r.lines().filter(l -> l.startsWith("<event")).count();
            }
        }
        Files.writeString(context.outputDir().resolve("count.txt"), events + "\n");
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("sample", name);
        entry.put("events", events);
        entry.put("cross_section_pb", s.crossSectionPb());
        return Map.of(context.config().get("key").asString(), entry);
    }
}
