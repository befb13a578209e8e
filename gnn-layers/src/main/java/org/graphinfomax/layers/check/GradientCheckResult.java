package org.graphinfomax.layers.check;

import java.util.List;

/**
 * The outcome of a {@link GradientChecker} run.
 *
 * @param checked number of elements compared
 * @param failures elements whose analytic and numerical gradients disagree (at most the first 20)
 * @param failureCount total number of failing elements
 * @param maxRelativeError the largest relative error among elements not excused by the absolute floor
 * @param worst description of the element with that error, or "" if none
 */
public record GradientCheckResult(int checked, List<Failure> failures, int failureCount, double maxRelativeError,
        String worst) {

    /** Copies the failure list. */
    public GradientCheckResult {
        failures = List.copyOf(failures);
    }

    /** Whether every element passed. */
    public boolean passed() {
        return failureCount == 0;
    }

    /** A one-line summary for logs and assertion messages. */
    public String summary() {
        return (passed() ? "PASSED" : "FAILED") + ": " + checked + " elements, " + failureCount + " failures, "
                + "max relative error " + maxRelativeError + (worst.isEmpty() ? "" : " at " + worst)
                + (failures.isEmpty() ? "" : "; first failures " + failures);
    }

    /**
     * One disagreeing element.
     *
     * @param element the parameter or input name and the element's index
     * @param analytic the gradient from the backward pass
     * @param numerical the central finite difference
     * @param relativeError |analytic - numerical| / max(|analytic|, |numerical|)
     */
    public record Failure(String element, double analytic, double numerical, double relativeError) {
    }
}
