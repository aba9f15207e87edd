/**
 * Neural networks on DJL's PyTorch engine: MLPs, residual regression networks, Deep Sets /
 * particle-flow networks and parametric networks; the weighted losses (BCE on logits, MSE, Huber,
 * signed-weight likelihood ratio); the training loop with Adam or SGD, reduce-on-plateau and early
 * stopping with restore of the best weights. DJL types stay inside this package.
 */
package org.quarryhep.ml.nn;
