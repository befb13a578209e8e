package org.graphinfomax.infomax.infograph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graphinfomax.layers.check.GradientCheckResult;
import org.graphinfomax.layers.check.GradientChecker;

/**
 * The gradient-check threshold of this package's tests: central differences in DOUBLE with
 * h = 1e-6, maximum relative error 1e-5 per element, absolute floor 1e-8.
 */
final class GradientChecks {

    static final double MAX_RELATIVE_ERROR = 1e-5;

    static final GradientChecker CHECKER = GradientChecker.defaults().withMaxRelativeError(MAX_RELATIVE_ERROR);

    private GradientChecks() {
    }

    static void assertPassed(GradientCheckResult result) {
        assertTrue(result.checked() > 0, "nothing was checked");
        assertTrue(result.passed(), result.summary());
    }
}
