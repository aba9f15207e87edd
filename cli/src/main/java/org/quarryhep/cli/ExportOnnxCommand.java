package org.quarryhep.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.quarryhep.core.QuarryException;
import org.quarryhep.ml.Model;
import org.quarryhep.ml.ModelFiles;
import org.quarryhep.ml.nn.NetworkModel;
import org.quarryhep.ml.onnx.OnnxExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code quarry export-onnx MODEL}: writes an MLP as ONNX taking raw features. */
@Command(
        name = "export-onnx",
        mixinStandardHelpOptions = true,
        showDefaultValues = true,
        description = "Export an MLP to ONNX (opset 13) with the standardisation folded in.")
final class ExportOnnxCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "model file from quarry train")
    Path model;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "ONNX file (default: MODEL with .onnx)")
    Path output;

    @Option(names = "--force", description = "overwrite an existing ONNX file")
    boolean force;

    @Option(names = "--json", description = "print one JSON document")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path out = output != null ? output : defaultOutput();
        OutputFiles.claim(spec, "-o", out, force, model);
        try (Model m = ModelFiles.load(model)) {
            if (!(m instanceof NetworkModel n) || !m.info().kind().equals("mlp")) {
                throw new QuarryException(
                        model
                                + ": only MLPs can be exported to ONNX, this model is a "
                                + m.info().kind());
            }
            OnnxExporter.write(n, out);
            if (json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("model", model.toString());
                o.put("onnx", out.toString());
                o.put("features", m.info().features());
                o.put("opset", 13);
                Json.print(spec.commandLine().getOut(), o);
            } else {
                spec.commandLine().getOut().println("wrote " + out);
                spec.commandLine().getOut().flush();
            }
        }
        return 0;
    }

    private Path defaultOutput() {
        String name = model.getFileName().toString();
        String base = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return model.resolveSibling(base + ".onnx");
    }
}
