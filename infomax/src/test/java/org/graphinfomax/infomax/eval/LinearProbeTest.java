package org.graphinfomax.infomax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LinearProbeTest {

    private static final int[] TRAIN = IntStream.range(0, 150).toArray();
    private static final int[] TEST = IntStream.range(150, 600).toArray();

    @Test
    void separableClassesAreLearnedByEveryRun() {
        ClusteredData data = ClusteredData.generate(1, 600, 32, 4, 12);
        AccuracySummary s = LinearProbe.builder().runs(10).seed(3).build().evaluate(data.x, data.labels, TRAIN, TEST);
        assertEquals(10, s.runs().length);
        assertTrue(s.mean() > 0.97, s.toString());
        for (double run : s.runs()) {
            assertTrue(run > 0.9, s.toString());
        }
    }

    @Test
    void shuffledLabelsStayNearChance() {
        ClusteredData data = ClusteredData.generate(2, 600, 32, 4, 12);
        AccuracySummary s = LinearProbe.builder().runs(10).build().evaluate(data.x, data.shuffledLabels(5), TRAIN, TEST);
        assertEquals(0.25, s.mean(), 0.07, s.toString());
    }

    @Test
    void repetitionsAreIndependentAndSeeded() {
        ClusteredData data = ClusteredData.generate(3, 600, 16, 3, 3);
        LinearProbe probe = LinearProbe.builder().runs(8).epochs(20).seed(11).build();
        AccuracySummary a = probe.evaluate(data.x, data.labels, TRAIN, TEST);
        AccuracySummary b = probe.evaluate(data.x, data.labels, TRAIN, TEST);
        assertEquals(a, b);
        assertTrue(a.std() > 0, "different initialisations should give different accuracies after 20 epochs: " + a);
        AccuracySummary single = LinearProbe.builder().runs(1).epochs(20).seed(11).build().evaluate(data.x, data.labels, TRAIN, TEST);
        assertTrue(single.mean() > 0.5, single.toString());
    }

    @Test
    void badInputIsRejectedClearly() {
        ClusteredData data = ClusteredData.generate(4, 20, 4, 2, 5);
        LinearProbe probe = LinearProbe.builder().runs(2).build();
        int[] unlabelled = data.labels.clone();
        unlabelled[3] = -1;
        var e = assertThrows(IllegalArgumentException.class, () -> probe.evaluate(data.x, unlabelled, new int[] {3, 4}, new int[] {5}));
        assertEquals("node 3 of the training split has no label", e.getMessage());
        int[] oneClass = new int[20];
        e = assertThrows(IllegalArgumentException.class, () -> probe.evaluate(data.x, oneClass, new int[] {0, 1}, new int[] {5}));
        assertTrue(e.getMessage().contains("at least two classes"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> probe.evaluate(data.x, data.labels, new int[0], new int[] {1}));
        assertThrows(IndexOutOfBoundsException.class, () -> probe.evaluate(data.x, data.labels, new int[] {0, 20}, new int[] {1}));
    }
}
