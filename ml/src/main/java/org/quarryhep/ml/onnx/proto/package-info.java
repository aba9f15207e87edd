/**
 * The ONNX protobuf messages ({@code OnnxProtos.ModelProto}, {@code GraphProto}, {@code NodeProto},
 * {@code TensorProto}, …) generated at build time by protoc from {@code
 * src/main/resources/proto/onnx/onnx.proto} (ONNX 1.12, Apache-2.0; see the file's provenance
 * note). Only this file is written by hand; the classes are in {@code
 * target/generated-sources/protobuf}.
 */
package org.quarryhep.ml.onnx.proto;
