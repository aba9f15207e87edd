package org.quarryhep.ml.onnx;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Encoders for the ONNX protobuf messages Quarry writes, with the field numbers of {@code
 * onnx.proto} (ONNX 1.12): ModelProto, GraphProto, NodeProto, AttributeProto, TensorProto,
 * ValueInfoProto (with TypeProto.Tensor and TensorShapeProto), OperatorSetIdProto and
 * StringStringEntryProto. Each method returns the serialised message.
 */
final class OnnxProto {
    /** TensorProto.DataType.FLOAT. */
    static final int FLOAT = 1;

    /** TensorProto.DataType.BOOL. */
    static final int BOOL = 9;

    /** AttributeProto.AttributeType.FLOAT. */
    private static final int ATTR_FLOAT = 1;

    /** AttributeProto.AttributeType.INT. */
    private static final int ATTR_INT = 2;

    private OnnxProto() {}

    @FunctionalInterface
    private interface Body {
        void write(CodedOutputStream out) throws IOException;
    }

    private static byte[] message(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        try {
            body.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * ModelProto: ir_version 1, producer_name 2, producer_version 3, graph 7, opset_import 8,
     * metadata_props 14.
     */
    static byte[] model(
            long irVersion,
            String producer,
            String version,
            byte[] graph,
            long opset,
            List<String[]> metadata) {
        return message(
                o -> {
                    o.writeInt64(1, irVersion);
                    o.writeString(2, producer);
                    o.writeString(3, version);
                    o.writeByteArray(7, graph);
                    o.writeByteArray(
                            8,
                            message(
                                    p -> {
                                        p.writeString(1, "");
                                        p.writeInt64(2, opset);
                                    }));
                    for (String[] kv : metadata) {
                        o.writeByteArray(
                                14,
                                message(
                                        p -> {
                                            p.writeString(1, kv[0]);
                                            p.writeString(2, kv[1]);
                                        }));
                    }
                });
    }

    /** GraphProto: node 1, name 2, initializer 5, input 11, output 12. */
    static byte[] graph(
            String name,
            List<byte[]> nodes,
            List<byte[]> initializers,
            List<byte[]> inputs,
            List<byte[]> outputs) {
        return message(
                o -> {
                    for (byte[] n : nodes) {
                        o.writeByteArray(1, n);
                    }
                    o.writeString(2, name);
                    for (byte[] t : initializers) {
                        o.writeByteArray(5, t);
                    }
                    for (byte[] v : inputs) {
                        o.writeByteArray(11, v);
                    }
                    for (byte[] v : outputs) {
                        o.writeByteArray(12, v);
                    }
                });
    }

    /** NodeProto: input 1, output 2, name 3, op_type 4, attribute 5. */
    static byte[] node(
            String op,
            String name,
            List<String> inputs,
            List<String> outputs,
            List<byte[]> attributes) {
        return message(
                o -> {
                    for (String i : inputs) {
                        o.writeString(1, i);
                    }
                    for (String i : outputs) {
                        o.writeString(2, i);
                    }
                    o.writeString(3, name);
                    o.writeString(4, op);
                    for (byte[] a : attributes) {
                        o.writeByteArray(5, a);
                    }
                });
    }

    /** AttributeProto of type FLOAT: name 1, f 2, type 20. */
    static byte[] floatAttribute(String name, float value) {
        return message(
                o -> {
                    o.writeString(1, name);
                    o.writeFloat(2, value);
                    o.writeEnum(20, ATTR_FLOAT);
                });
    }

    /** AttributeProto of type INT: name 1, i 3, type 20. */
    static byte[] intAttribute(String name, long value) {
        return message(
                o -> {
                    o.writeString(1, name);
                    o.writeInt64(3, value);
                    o.writeEnum(20, ATTR_INT);
                });
    }

    /** A float TensorProto: dims 1, data_type 2, name 8, raw_data 9 (little-endian). */
    static byte[] floatTensor(String name, long[] dims, float[] values) {
        ByteBuffer raw = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(values);
        return message(
                o -> {
                    for (long d : dims) {
                        o.writeInt64(1, d);
                    }
                    o.writeInt32(2, FLOAT);
                    o.writeString(8, name);
                    o.writeByteArray(9, raw.array());
                });
    }

    /**
     * ValueInfoProto (name 1, type 2) of a float tensor whose first dimension is symbolic
     * (TypeProto.tensor_type 1 → elem_type 1, shape 2 → dim 1 → dim_value 1 / dim_param 2).
     */
    static byte[] floatValueInfo(String name, String batchDim, long... dims) {
        byte[] shape =
                message(
                        s -> {
                            s.writeByteArray(1, message(d -> d.writeString(2, batchDim)));
                            for (long dim : dims) {
                                s.writeByteArray(1, message(d -> d.writeInt64(1, dim)));
                            }
                        });
        byte[] tensor =
                message(
                        t -> {
                            t.writeInt32(1, FLOAT);
                            t.writeByteArray(2, shape);
                        });
        byte[] type = message(t -> t.writeByteArray(1, tensor));
        return message(
                o -> {
                    o.writeString(1, name);
                    o.writeByteArray(2, type);
                });
    }
}
