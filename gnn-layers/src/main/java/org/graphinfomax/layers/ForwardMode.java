package org.graphinfomax.layers;

import java.util.Objects;
import org.nd4j.linalg.api.rng.Random;

/**
 * Training or inference. Training mode carries the seeded random generator from which dropout
 * draws its masks (so a seed reproduces a run) and makes batch norm use batch statistics and update
 * its running statistics; inference mode disables dropout and uses the running statistics.
 */
public final class ForwardMode {

    private static final ForwardMode INFERENCE = new ForwardMode(null);

    private final Random rng;

    private ForwardMode(Random rng) {
        this.rng = rng;
    }

    /** Inference mode. */
    public static ForwardMode inference() {
        return INFERENCE;
    }

    /** Training mode with a new generator seeded by {@code seed}; keep the instance across steps. */
    public static ForwardMode training(long seed) {
        return new ForwardMode(SeededRandom.of(seed));
    }

    /** Training mode drawing from the given generator. */
    public static ForwardMode training(Random rng) {
        return new ForwardMode(Objects.requireNonNull(rng, "rng"));
    }

    /** Whether this is training mode. */
    public boolean isTraining() {
        return rng != null;
    }

    /**
     * The generator of training mode.
     *
     * @throws IllegalStateException in inference mode
     */
    public Random rng() {
        if (rng == null) {
            throw new IllegalStateException("inference mode has no random generator");
        }
        return rng;
    }

    @Override
    public String toString() {
        return isTraining() ? "ForwardMode[training]" : "ForwardMode[inference]";
    }
}
