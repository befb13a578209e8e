/**
 * Neighbourhood sampling for mini-batch training of graph neural networks on large graphs
 * (GraphSAGE, inductive DGI): {@link org.graphinfomax.graph.sampling.NeighbourSampler} turns a batch
 * of target nodes into per-layer bipartite {@link org.graphinfomax.graph.sampling.Block}s in local
 * indices; {@link org.graphinfomax.graph.sampling.MiniBatchStream} samples an epoch's batches ahead
 * of training on a background thread; {@link org.graphinfomax.graph.sampling.NodeBatches} cuts the
 * nodes into batches.
 */
package org.graphinfomax.graph.sampling;
