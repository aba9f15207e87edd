/**
 * Throughput measurements of the ML engine against its peers in one run (network training per epoch
 * versus PyTorch, ONNX Runtime inference, XGBoost training). Nothing here asserts a time.
 */
package org.quarryhep.ml.bench;
