package org.quarryhep.ml.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quarryhep.core.Provenance;
import org.quarryhep.core.QuarryException;
import org.quarryhep.ml.Model;
import org.quarryhep.ml.ModelFiles;
import org.quarryhep.ml.ModelFormatException;
import org.quarryhep.ml.ModelInfo;
import org.quarryhep.ml.Task;
import org.quarryhep.ml.table.FeatureTable;
import org.quarryhep.ml.table.Standardizer;

/**
 * An ONNX model run by ONNX Runtime: one float input [N, d], the first output read as one score per
 * row. Feature names come from Quarry's metadata when present, else {@code f0 … f(d−1)}. Inputs are
 * raw features (the exported graph contains the standardisation).
 */
public final class OnnxModel implements Model {
    private final OrtEnvironment env;
    private final OrtSession session;
    private final String inputName;
    private final ModelInfo info;
    private final byte[] bytes;

    private OnnxModel(OrtEnvironment env, OrtSession session, ModelInfo info, byte[] bytes) {
        this.env = env;
        this.session = session;
        this.inputName = session.getInputNames().iterator().next();
        this.info = info;
        this.bytes = bytes;
    }

    /**
     * Loads an ONNX file.
     *
     * @param file the model
     * @param threads intra-op threads
     * @return the model; close it
     * @throws ModelFormatException when ONNX Runtime cannot load it or it is not [N, d] → [N, 1]
     * @throws java.io.IOException when the file cannot be read
     */
    public static OnnxModel load(Path file, int threads) throws java.io.IOException {
        return fromBytes(Files.readAllBytes(file), threads, file.toString());
    }

    /**
     * Loads ONNX bytes.
     *
     * @param bytes a serialised ModelProto
     * @param threads intra-op threads
     * @param source a name for messages
     * @return the model; close it
     * @throws ModelFormatException when ONNX Runtime cannot load it
     */
    public static OnnxModel fromBytes(byte[] bytes, int threads, String source) {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions opts = new OrtSession.SessionOptions()) {
            opts.setIntraOpNumThreads(threads);
            opts.setInterOpNumThreads(1);
            OrtSession s = env.createSession(bytes, opts);
            try {
                if (s.getNumInputs() != 1) {
                    throw new ModelFormatException(
                            "expected one input, found " + s.getNumInputs(), source);
                }
                TensorInfo in = (TensorInfo) s.getInputInfo().values().iterator().next().getInfo();
                long[] shape = in.getShape();
                if (shape.length != 2 || shape[1] < 1) {
                    throw new ModelFormatException(
                            "expected an input of shape [N, d], found "
                                    + java.util.Arrays.toString(shape),
                            source);
                }
                int d = (int) shape[1];
                Map<String, String> meta = s.getMetadata().getCustomMetadata();
                List<String> features = new ArrayList<>();
                if (meta.containsKey(OnnxExporter.FEATURES_KEY)) {
                    for (Object o :
                            ModelFiles.MAPPER.readValue(
                                    meta.get(OnnxExporter.FEATURES_KEY), List.class)) {
                        features.add(String.valueOf(o));
                    }
                } else {
                    for (int j = 0; j < d; j++) {
                        features.add("f" + j);
                    }
                }
                Task task =
                        meta.containsKey(OnnxExporter.TASK_KEY)
                                ? Task.valueOf(meta.get(OnnxExporter.TASK_KEY))
                                : Task.CLASSIFICATION;
                Map<String, String> prov = new LinkedHashMap<>();
                prov.put("source", source);
                ModelInfo info =
                        new ModelInfo(
                                "onnx",
                                task,
                                features,
                                Standardizer.identity(features),
                                Map.of(),
                                0,
                                Provenance.of(OnnxModel.class.getName(), prov, 0, List.of()),
                                1);
                return new OnnxModel(env, s, info, bytes.clone());
            } catch (OrtException | java.io.IOException | RuntimeException e) {
                s.close();
                if (e instanceof ModelFormatException m) {
                    throw m;
                }
                throw new ModelFormatException(
                        "cannot read the ONNX metadata: " + e.getMessage(), source);
            }
        } catch (OrtException e) {
            throw new ModelFormatException(
                    "ONNX Runtime cannot load the model: " + e.getMessage(), source);
        }
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public float[] predict(FeatureTable table) {
        FeatureTable t = table.withFeatures(info.features());
        return run(t.rowMajor(), t.rows());
    }

    /**
     * Evaluates raw row-major features.
     *
     * @param rowMajor n × d values
     * @param rows n
     * @return one score per row
     */
    public float[] run(float[] rowMajor, int rows) {
        int d = info.features().size();
        try (OnnxTensor x =
                        OnnxTensor.createTensor(
                                env, FloatBuffer.wrap(rowMajor), new long[] {rows, d});
                OrtSession.Result r = session.run(Map.of(inputName, x))) {
            OnnxValue v = r.get(0);
            FloatBuffer fb = ((OnnxTensor) v).getFloatBuffer();
            float[] out = new float[rows];
            fb.get(out);
            return out;
        } catch (OrtException e) {
            throw new QuarryException("ONNX Runtime failed: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] weightBytes() {
        return bytes.clone();
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new QuarryException("cannot close the ONNX session: " + e.getMessage(), e);
        }
    }
}
