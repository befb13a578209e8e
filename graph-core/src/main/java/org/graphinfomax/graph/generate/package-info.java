/**
 * Synthetic graphs for tests and benchmarks at any size: a degree-corrected stochastic block model
 * ({@link org.graphinfomax.graph.generate.StochasticBlockModel}) with community-dependent Gaussian
 * or bag-of-words node features ({@link org.graphinfomax.graph.generate.CommunityFeatures}); node
 * labels are the communities, so embedding quality can be measured by a linear probe at every size.
 * Generation is seeded, streaming (memory linear in nodes + edges) and parallel without losing
 * determinism.
 */
package org.graphinfomax.graph.generate;
