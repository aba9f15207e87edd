package org.quarryhep.ml.nn;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything that defines a network and its training; stored in the model file.
 *
 * @param architecture the network family
 * @param layers hidden layers (for {@link Architecture#DEEP_SETS}: the layers of F)
 * @param phiLayers the per-particle map Φ of a Deep Sets network (empty otherwise)
 * @param particleFeatures names of the per-particle features of a Deep Sets network; the table
 *     holds them as columns {@code name_k} for particle slot k = 0 … maxParticles − 1
 * @param maxParticles the number of particle slots of a Deep Sets network
 * @param countFeature the column holding the number of real particles (slots beyond it are masked
 *     out of the sum)
 * @param sigmoidOutput true for a classifier (the network ends in a logit, the prediction is its
 *     sigmoid); false for a linear output
 * @param loss the loss
 * @param huberDelta δ of the Huber loss
 * @param optimizer the optimiser
 * @param learningRate the initial learning rate
 * @param momentum SGD momentum
 * @param batchSize rows per gradient step
 * @param epochs the maximum number of epochs
 * @param plateauPatience epochs without improvement before the learning rate is multiplied by
 *     {@code plateauFactor} (0 disables reduce-on-plateau)
 * @param plateauFactor the learning-rate factor on a plateau
 * @param minLearningRate the floor of the learning rate
 * @param earlyStoppingPatience epochs without improvement before training stops and the best
 *     weights are restored (0 disables early stopping)
 * @param monitor the quantity early stopping watches (null: validation loss)
 * @param plateauMonitor the quantity reduce-on-plateau watches (null: the same as {@code monitor})
 * @param seed the random seed (initialisation, dropout, shuffling)
 */
public record NetworkConfig(
        Architecture architecture,
        List<LayerSpec> layers,
        List<LayerSpec> phiLayers,
        List<String> particleFeatures,
        int maxParticles,
        String countFeature,
        boolean sigmoidOutput,
        LossKind loss,
        double huberDelta,
        OptimizerKind optimizer,
        double learningRate,
        double momentum,
        int batchSize,
        int epochs,
        int plateauPatience,
        double plateauFactor,
        double minLearningRate,
        int earlyStoppingPatience,
        Monitor monitor,
        Monitor plateauMonitor,
        long seed) {
    /**
     * Validates the configuration.
     *
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public NetworkConfig {
        layers = List.copyOf(layers);
        phiLayers = List.copyOf(phiLayers);
        particleFeatures = List.copyOf(particleFeatures);
        monitor = monitor == null ? Monitor.VAL_LOSS : monitor;
        plateauMonitor = plateauMonitor == null ? monitor : plateauMonitor;
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("layers: at least one hidden layer is required");
        }
        if (batchSize < 1 || epochs < 1) {
            throw new IllegalArgumentException(
                    "batchSize and epochs must be ≥ 1, got " + batchSize + ", " + epochs);
        }
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learningRate must be > 0, got " + learningRate);
        }
        boolean classifierLoss = loss == LossKind.BCE || loss == LossKind.LIKELIHOOD_RATIO;
        if (classifierLoss != sigmoidOutput) {
            throw new IllegalArgumentException(
                    "loss "
                            + loss
                            + " needs "
                            + (classifierLoss ? "a sigmoid" : "a linear")
                            + " output");
        }
        if (loss == LossKind.HUBER && !(huberDelta > 0)) {
            throw new IllegalArgumentException("huberDelta must be > 0, got " + huberDelta);
        }
        if (architecture == Architecture.DEEP_SETS
                && (phiLayers.isEmpty()
                        || particleFeatures.isEmpty()
                        || maxParticles < 1
                        || countFeature == null)) {
            throw new IllegalArgumentException(
                    "a Deep Sets network needs phiLayers, particleFeatures, maxParticles ≥ 1 and"
                            + " countFeature");
        }
    }

    /** A builder with the defaults of a binary classifier: Adam, lr 1e-3, batch 256, 10 epochs. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.architecture = architecture;
        b.layers = new ArrayList<>(layers);
        b.phiLayers = new ArrayList<>(phiLayers);
        b.particleFeatures = new ArrayList<>(particleFeatures);
        b.maxParticles = maxParticles;
        b.countFeature = countFeature;
        b.sigmoidOutput = sigmoidOutput;
        b.loss = loss;
        b.huberDelta = huberDelta;
        b.optimizer = optimizer;
        b.learningRate = learningRate;
        b.momentum = momentum;
        b.batchSize = batchSize;
        b.epochs = epochs;
        b.plateauPatience = plateauPatience;
        b.plateauFactor = plateauFactor;
        b.minLearningRate = minLearningRate;
        b.earlyStoppingPatience = earlyStoppingPatience;
        b.monitor = monitor;
        b.plateauMonitor = plateauMonitor;
        b.seed = seed;
        return b;
    }

    /** Builds a {@link NetworkConfig}: {@code setLayers} is required, the rest optional. */
    public static final class Builder {
        private Architecture architecture = Architecture.MLP;
        private List<LayerSpec> layers = new ArrayList<>();
        private List<LayerSpec> phiLayers = new ArrayList<>();
        private List<String> particleFeatures = new ArrayList<>();
        private int maxParticles;
        private String countFeature;
        private boolean sigmoidOutput = true;
        private LossKind loss = LossKind.BCE;
        private double huberDelta = 1.0;
        private OptimizerKind optimizer = OptimizerKind.ADAM;
        private double learningRate = 1e-3;
        private double momentum = 0.9;
        private int batchSize = 256;
        private int epochs = 10;
        private int plateauPatience;
        private double plateauFactor = 0.5;
        private double minLearningRate = 1e-6;
        private int earlyStoppingPatience;
        private Monitor monitor = Monitor.VAL_LOSS;
        private Monitor plateauMonitor;
        private long seed = 1;

        private Builder() {}

        /** Sets the hidden layers. */
        public Builder setLayers(List<LayerSpec> l) {
            layers = new ArrayList<>(l);
            return this;
        }

        /** Hidden ReLU layers of the given widths. */
        public Builder setWidths(List<Integer> widths) {
            layers = new ArrayList<>();
            for (int w : widths) {
                layers.add(LayerSpec.relu(w));
            }
            return this;
        }

        /** Sets the architecture (default MLP). */
        public Builder optArchitecture(Architecture a) {
            architecture = a;
            return this;
        }

        /**
         * Configures the particle part of a Deep Sets network.
         *
         * @param phi the layers of Φ
         * @param features per-particle feature names
         * @param slots particle slots per row
         * @param count the column with the number of real particles
         */
        public Builder optDeepSets(
                List<LayerSpec> phi, List<String> features, int slots, String count) {
            architecture = Architecture.DEEP_SETS;
            phiLayers = new ArrayList<>(phi);
            particleFeatures = new ArrayList<>(features);
            maxParticles = slots;
            countFeature = count;
            return this;
        }

        /** Sets the loss; MSE and Huber switch to a linear output. */
        public Builder optLoss(LossKind l) {
            loss = l;
            sigmoidOutput = l == LossKind.BCE || l == LossKind.LIKELIHOOD_RATIO;
            return this;
        }

        /** Sets the Huber δ (and the Huber loss). */
        public Builder optHuber(double delta) {
            optLoss(LossKind.HUBER);
            huberDelta = delta;
            return this;
        }

        /** Adam (default). */
        public Builder optAdam(double lr) {
            optimizer = OptimizerKind.ADAM;
            learningRate = lr;
            return this;
        }

        /** SGD with momentum. */
        public Builder optSgd(double lr, double mom) {
            optimizer = OptimizerKind.SGD;
            learningRate = lr;
            momentum = mom;
            return this;
        }

        /** Rows per step. */
        public Builder optBatchSize(int n) {
            batchSize = n;
            return this;
        }

        /** The maximum number of epochs. */
        public Builder optEpochs(int n) {
            epochs = n;
            return this;
        }

        /** Reduce-on-plateau: patience, factor and learning-rate floor. */
        public Builder optReduceOnPlateau(int patience, double factor, double floor) {
            plateauPatience = patience;
            plateauFactor = factor;
            minLearningRate = floor;
            return this;
        }

        /**
         * Early stopping with restore of the best weights; the same quantity drives
         * reduce-on-plateau unless {@link #optPlateauMonitor} says otherwise.
         *
         * @param patience epochs without improvement of {@code watched} before training stops (0:
         *     off)
         * @param watched the monitored quantity
         */
        public Builder optEarlyStopping(int patience, Monitor watched) {
            earlyStoppingPatience = patience;
            monitor = watched;
            return this;
        }

        /**
         * The quantity reduce-on-plateau watches (Keras' {@code ReduceLROnPlateau} defaults to the
         * validation loss); null for the early-stopping monitor.
         */
        public Builder optPlateauMonitor(Monitor watched) {
            plateauMonitor = watched;
            return this;
        }

        /** The random seed. */
        public Builder optSeed(long s) {
            seed = s;
            return this;
        }

        /**
         * Builds and validates.
         *
         * @throws IllegalArgumentException when a field is invalid
         */
        public NetworkConfig build() {
            return new NetworkConfig(
                    architecture,
                    layers,
                    phiLayers,
                    particleFeatures,
                    maxParticles,
                    countFeature,
                    sigmoidOutput,
                    loss,
                    huberDelta,
                    optimizer,
                    learningRate,
                    momentum,
                    batchSize,
                    epochs,
                    plateauPatience,
                    plateauFactor,
                    minLearningRate,
                    earlyStoppingPatience,
                    monitor,
                    plateauMonitor,
                    seed);
        }
    }
}
