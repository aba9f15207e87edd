package org.quarryhep.ml.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.training.loss.Loss;

/**
 * The weighted losses of {@link LossKind} as one DJL loss. Labels come as {@code [y, w]}, both of
 * shape (N, 1); predictions as the network output of shape (N, 1) (a logit for the classifier
 * losses). Written here because DJL's sigmoid cross-entropy with {@code fromSigmoid=true} is wrong
 * and DJL has no Huber loss.
 */
final class WeightedLoss extends Loss {
    private final LossKind kind;
    private final float delta;

    WeightedLoss(LossKind kind, double delta) {
        super(kind.name().toLowerCase(java.util.Locale.ROOT));
        this.kind = kind;
        this.delta = (float) delta;
    }

    @Override
    public NDArray evaluate(NDList labels, NDList predictions) {
        NDArray y = labels.get(0);
        NDArray w = labels.get(1);
        NDArray f = predictions.singletonOrThrow();
        NDArray perRow =
                switch (kind) {
                    case BCE, LIKELIHOOD_RATIO -> bceFromLogits(f, y);
                    case MSE -> f.sub(y).square();
                    case HUBER -> huber(f.sub(y));
                };
        NDArray norm = kind == LossKind.LIKELIHOOD_RATIO ? w.abs().sum() : w.sum();
        return perRow.mul(w).sum().div(norm);
    }

    /**
     * −[y ln σ(z) + (1 − y) ln(1 − σ(z))] = softplus(z) − z y; PyTorch's softplus returns z itself
     * above z = 20, so large logits do not overflow. Three native calls per batch instead of nine.
     */
    static NDArray bceFromLogits(NDArray z, NDArray y) {
        return ai.djl.nn.Activation.softPlus(z).sub(z.mul(y));
    }

    /** h_δ(d) = ½q² + δ(|d| − q) with q = min(|d|, δ): quadratic inside δ, linear outside. */
    private NDArray huber(NDArray d) {
        NDArray a = d.abs();
        NDArray q = a.minimum(delta);
        return q.square().mul(0.5f).add(a.sub(q).mul(delta));
    }
}
