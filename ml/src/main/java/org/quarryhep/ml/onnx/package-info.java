/**
 * ONNX: export of MLPs with the standardisation folded in (the exported graph takes raw features),
 * inference through ONNX Runtime, and ONNX classifiers used as named cuts. The protobuf messages
 * are written field by field from the public {@code onnx.proto} field numbers.
 */
package org.quarryhep.ml.onnx;
