package org.quarryhep.ml.nn;

import ai.djl.ndarray.NDList;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.norm.Dropout;
import java.util.List;

/** Builds the DJL block of a {@link NetworkConfig}. */
final class NetworkBlocks {
    /** BatchNorm's ε, written into the ONNX export as well. */
    static final float BN_EPSILON = 1e-5f;

    private NetworkBlocks() {}

    static Block build(NetworkConfig c) {
        return switch (c.architecture()) {
            case MLP -> mlp(c.layers(), true);
            case RESNET -> resnet(c.layers());
            case DEEP_SETS -> {
                Block phi = mlp(c.phiLayers(), false);
                Block head = mlp(c.layers(), true);
                int width = c.phiLayers().get(c.phiLayers().size() - 1).units();
                yield new DeepSetsBlock(
                        phi, head, c.maxParticles(), c.particleFeatures().size(), width);
            }
        };
    }

    /** Hidden layers, then (when {@code output}) a dense layer of width 1. */
    static SequentialBlock mlp(List<LayerSpec> layers, boolean output) {
        SequentialBlock net = new SequentialBlock();
        for (LayerSpec l : layers) {
            addLayer(net, l, true);
        }
        if (output) {
            net.add(Linear.builder().setUnits(1).build());
        }
        return net;
    }

    private static void addLayer(SequentialBlock net, LayerSpec l, boolean withActivation) {
        net.add(Linear.builder().setUnits(l.units()).build());
        if (l.batchNorm()) {
            net.add(BatchNorm.builder().optEpsilon(BN_EPSILON).build());
        }
        if (withActivation && l.activation() != Activation.LINEAR) {
            net.add(activation(l));
        }
        if (l.dropout() > 0) {
            net.add(Dropout.builder().optRate((float) l.dropout()).build());
        }
    }

    static Block activation(LayerSpec l) {
        return switch (l.activation()) {
            case RELU -> ai.djl.nn.Activation.reluBlock();
            case LEAKY_RELU -> ai.djl.nn.Activation.leakyReluBlock((float) l.slope());
            case TANH -> ai.djl.nn.Activation.tanhBlock();
            case SIGMOID -> ai.djl.nn.Activation.sigmoidBlock();
            case LINEAR -> Blocks.identityBlock();
        };
    }

    /**
     * Entry layer, then per further layer a residual block: main branch Dense(+BN) → act →
     * Dense(+BN), shortcut identity or a linear projection when the width changes, activation after
     * the sum, then dropout.
     */
    private static Block resnet(List<LayerSpec> layers) {
        SequentialBlock net = new SequentialBlock();
        addLayer(net, layers.get(0), true);
        int width = layers.get(0).units();
        for (LayerSpec l : layers.subList(1, layers.size())) {
            SequentialBlock main = new SequentialBlock();
            main.add(Linear.builder().setUnits(l.units()).build());
            if (l.batchNorm()) {
                main.add(BatchNorm.builder().optEpsilon(BN_EPSILON).build());
            }
            main.add(activation(l));
            main.add(Linear.builder().setUnits(l.units()).build());
            if (l.batchNorm()) {
                main.add(BatchNorm.builder().optEpsilon(BN_EPSILON).build());
            }
            Block shortcut =
                    width == l.units()
                            ? Blocks.identityBlock()
                            : Linear.builder().setUnits(l.units()).optBias(false).build();
            net.add(
                    new ParallelBlock(
                            outs ->
                                    new NDList(
                                            outs.get(0)
                                                    .singletonOrThrow()
                                                    .add(outs.get(1).singletonOrThrow())),
                            List.of(main, shortcut)));
            net.add(activation(l));
            if (l.dropout() > 0) {
                net.add(Dropout.builder().optRate((float) l.dropout()).build());
            }
            width = l.units();
        }
        net.add(Linear.builder().setUnits(1).build());
        return net;
    }
}
