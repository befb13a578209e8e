package org.graphinfomax.layers.check;

/**
 * A scalar function of a model's parameters and inputs, as the {@link GradientChecker} probes it:
 * each call runs the whole forward pass with the current values (which the checker perturbs in
 * place) and returns the loss; when asked, it also runs the backward pass, accumulating into the
 * parameter store's gradients and recording any input gradient the test wants checked.
 *
 * <p>A common choice is {@code loss = sum(output * R)} for a fixed random R, whose gradient with
 * respect to the output is R itself (pass a copy: backward passes may overwrite their argument).
 * Training-mode randomness (dropout) must be re-seeded identically in every call.
 */
@FunctionalInterface
public interface Objective {

    /**
     * @param backprop whether to run the backward pass too
     * @return the loss
     */
    double evaluate(boolean backprop);
}
