package org.graphinfomax.layers;

/** The activations an encoder or MLP can be configured with. */
public enum Activation {
    /** {@link Relu}. */
    RELU,
    /** {@link PRelu} with one shared slope (DGI's encoder). */
    PRELU,
    /** {@link PRelu} with one slope per channel. */
    PRELU_PER_CHANNEL,
    /** {@link Identity}: no activation. */
    IDENTITY;

    /** A new activation layer for {@code channels} channels. */
    public ActivationLayer create(int channels) {
        return switch (this) {
            case RELU -> new Relu();
            case PRELU -> PRelu.shared();
            case PRELU_PER_CHANNEL -> PRelu.perChannel(channels);
            case IDENTITY -> new Identity();
        };
    }
}
