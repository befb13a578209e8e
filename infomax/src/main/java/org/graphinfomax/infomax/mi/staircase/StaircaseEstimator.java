package org.graphinfomax.infomax.mi.staircase;

import java.util.function.Supplier;
import org.graphinfomax.infomax.mi.MiEstimator;
import org.graphinfomax.infomax.mi.MiEstimators;

/** The estimators compared in the staircase experiment (Poole et al. 2019, Figure 2). */
public enum StaircaseEstimator {
    /** InfoNCE / CPC, at most log K. */
    INFONCE("InfoNCE", MiEstimators::infoNce),
    /** NWJ / MINE-f, trained and reported. */
    NWJ("NWJ", MiEstimators::nwj),
    /** The critic trained with Jensen-Shannon, NWJ reported at {@code T = v + 1} ({@link MiEstimators#jsTrainedNwj()}). */
    JS("JS", MiEstimators::jsTrainedNwj),
    /** Donsker-Varadhan value with MINE's moving-average gradient (rate {@value MiEstimators#DEFAULT_MINE_RATE}). */
    DV_MINE("DV/MINE", MiEstimators::mine);

    private final String label;
    private final Supplier<MiEstimator> factory;

    StaircaseEstimator(String label, Supplier<MiEstimator> factory) {
        this.label = label;
        this.factory = factory;
    }

    /** @return the name printed in tables */
    public String label() {
        return label;
    }

    /** @return a new estimator (MINE is stateful: one per training run) */
    public MiEstimator create() {
        return factory.get();
    }

    /**
     * @param name a label or constant name, case-insensitive ("infonce", "nwj", "js", "dv/mine", "dv_mine", "mine")
     * @return the estimator
     * @throws IllegalArgumentException naming the unknown value and the known ones
     */
    public static StaircaseEstimator byName(String name) {
        for (StaircaseEstimator e : values()) {
            if (e.label.equalsIgnoreCase(name) || e.name().equalsIgnoreCase(name)) {
                return e;
            }
        }
        if ("mine".equalsIgnoreCase(name) || "dv".equalsIgnoreCase(name)) {
            return DV_MINE;
        }
        throw new IllegalArgumentException("unknown staircase estimator '" + name + "'; use one of InfoNCE, NWJ, JS, DV/MINE");
    }
}
