/**
 * ONNX: export of MLPs with the standardisation folded in (the exported graph takes raw features),
 * inference through ONNX Runtime, and ONNX classifiers used as named cuts. The protobuf messages
 * are built with the classes generated from ONNX's {@code onnx.proto} (package {@code
 * org.quarryhep.ml.onnx.proto}).
 */
package org.quarryhep.ml.onnx;
