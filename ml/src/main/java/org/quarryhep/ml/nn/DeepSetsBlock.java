package org.quarryhep.ml.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Deep Sets over a flat input row [high-level (H) | particle slots (P × F, slot-major) | count]: Φ
 * maps each particle, slots k ≥ count are masked to zero, the sum over slots is concatenated with
 * the high-level features and fed to the head F.
 */
final class DeepSetsBlock extends AbstractBlock {
    private final Block phi;
    private final Block head;
    private final int slots;
    private final int perParticle;
    private final int phiWidth;

    DeepSetsBlock(Block phi, Block head, int slots, int perParticle, int phiWidth) {
        super((byte) 1);
        this.phi = addChildBlock("phi", phi);
        this.head = addChildBlock("head", head);
        this.slots = slots;
        this.perParticle = perParticle;
        this.phiWidth = phiWidth;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        long n = x.getShape().get(0);
        long d = x.getShape().get(1);
        long h = d - (long) slots * perParticle - 1;
        NDArray parts =
                x.get(new NDIndex(":, {}:{}", h, h + (long) slots * perParticle))
                        .reshape(n * slots, perParticle);
        NDArray count = x.get(new NDIndex(":, {}:", d - 1));
        NDArray slotIndex = x.getManager().arange((float) slots).reshape(1, slots);
        NDArray mask = slotIndex.lt(count).toType(DataType.FLOAT32, false).reshape(n, slots, 1);
        NDArray mapped = phi.forward(ps, new NDList(parts), training).singletonOrThrow();
        NDArray pooled = mapped.reshape(n, slots, phiWidth).mul(mask).sum(new int[] {1});
        NDArray joined =
                h > 0
                        ? NDArrays.concat(new NDList(x.get(new NDIndex(":, 0:{}", h)), pooled), 1)
                        : pooled;
        return head.forward(ps, new NDList(joined), training);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), 1)};
    }

    @Override
    protected void initializeChildBlocks(
            NDManager manager, DataType dataType, Shape... inputShapes) {
        long h = inputShapes[0].get(1) - (long) slots * perParticle - 1;
        phi.initialize(manager, dataType, new Shape(1, perParticle));
        head.initialize(manager, dataType, new Shape(1, h + phiWidth));
    }
}
