package org.graphinfomax.infomax.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EarlyStoppingTest {

    @Test
    void stopsAfterPatienceEpochsWithoutImprovement() {
        EarlyStopping stopping = new EarlyStopping(2);
        assertTrue(stopping.record(1, 0.9));
        assertTrue(stopping.record(2, 0.5));
        assertFalse(stopping.record(3, 0.5));
        assertFalse(stopping.shouldStop());
        assertFalse(stopping.record(4, 0.7));
        assertTrue(stopping.shouldStop());
        assertEquals(2, stopping.bestEpoch());
        assertEquals(0.5, stopping.bestLoss());
        assertThrows(IllegalArgumentException.class, () -> new EarlyStopping(0));
    }

    @Test
    void historySummarisesEpochs() {
        TrainingHistory h = new TrainingHistory(List.of(new EpochStats(1, 0.7, 0.3), new EpochStats(2, 0.4, 0.1),
                new EpochStats(3, 0.5, 0.2)), 2, TrainingHistory.StopReason.EARLY_STOPPING);
        assertEquals(3, h.epochCount());
        assertEquals(0.4, h.bestLoss());
        assertEquals(0.2, h.medianEpochSeconds(), 1e-12);
        assertEquals(0.6, h.totalSeconds(), 1e-12);
    }
}
