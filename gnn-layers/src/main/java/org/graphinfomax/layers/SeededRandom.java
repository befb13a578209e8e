package org.graphinfomax.layers;

import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Seeded ND4J random generators that are reproducible for EVERY seed. ND4J 1.0.0-M2.1's native
 * generator treats the seed 0 specially: two instances from {@code getNewRandomInstance(0)} fill
 * the same array differently (measured on this backend), while any other seed repeats exactly.
 * Seed 0, the usual default, is therefore handed to ND4J as {@link #ZERO_SEED_REPLACEMENT}; every
 * other seed is passed unchanged.
 */
public final class SeededRandom {

    /** The native seed used for the seed 0 (the 64-bit golden ratio; it shares its stream with seed 0). */
    public static final long ZERO_SEED_REPLACEMENT = 0x9E3779B97F4A7C15L;

    private SeededRandom() {
    }

    /** A new native generator whose stream depends only on {@code seed}. */
    public static Random of(long seed) {
        return Nd4j.getRandomFactory().getNewRandomInstance(seed == 0 ? ZERO_SEED_REPLACEMENT : seed);
    }
}
