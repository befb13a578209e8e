package org.graphinfomax.infomax.mi.staircase;

import org.graphinfomax.infomax.mi.critic.ConcatenatedCritic;
import org.graphinfomax.infomax.mi.critic.Critic;
import org.graphinfomax.infomax.mi.critic.SeparableCritic;

/** The two critic architectures of Poole et al. 2019. */
public enum CriticType {
    /** {@code g(x)·h(y)}: {@link SeparableCritic}. */
    SEPARABLE,
    /** {@code f([x, y])}: {@link ConcatenatedCritic}. */
    CONCATENATED;

    /**
     * @param dimension     dimension of x and of y
     * @param hiddenSizes   hidden ReLU layer sizes
     * @param embeddingSize embedding size of the separable critic (ignored by the concatenated one)
     * @return a new, unbound critic
     */
    public Critic create(int dimension, int[] hiddenSizes, int embeddingSize) {
        return switch (this) {
            case SEPARABLE -> SeparableCritic.of(dimension, dimension, hiddenSizes, embeddingSize);
            case CONCATENATED -> new ConcatenatedCritic(dimension, dimension, hiddenSizes);
        };
    }

    /** @return the lower-case name used in file names and tables */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * @param name "separable" or "concatenated" (or "concat"), case-insensitive
     * @return the type
     * @throws IllegalArgumentException naming the unknown value
     */
    public static CriticType byName(String name) {
        if ("concat".equalsIgnoreCase(name)) {
            return CONCATENATED;
        }
        for (CriticType t : values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown critic type '" + name + "'; use separable or concatenated");
    }
}
