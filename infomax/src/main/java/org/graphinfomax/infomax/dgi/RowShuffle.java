package org.graphinfomax.infomax.dgi;

import java.util.Random;
import org.graphinfomax.graph.NodeFeatures;

/**
 * Corruption by shuffling the rows of the feature matrix (node i of the corrupted graph gets the
 * features of node {@code permutation[i]}), DGI's default. Because (P·X)·W = P·(X·W),
 * {@link DeepGraphInfomax} recognises this corruption and lets a GCN encoder compute X·W once for
 * both branches.
 */
public final class RowShuffle implements Corruption {

    static final RowShuffle INSTANCE = new RowShuffle();

    private RowShuffle() {
    }

    /** A uniformly random permutation of 0..n-1 (Fisher-Yates). */
    public int[] permutation(int n, Random rng) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    @Override
    public NodeFeatures corrupt(NodeFeatures features, Random rng) {
        return features.selectRows(permutation(features.numRows(), rng));
    }

    @Override
    public String toString() {
        return "row shuffle";
    }
}
