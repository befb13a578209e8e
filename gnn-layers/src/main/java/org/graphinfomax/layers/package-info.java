/**
 * Graph neural network layers with explicit forward and backward passes on ND4J.
 *
 * <h2>Parameters</h2>
 * Modules ({@link org.graphinfomax.layers.Parameterized}) declare
 * {@link org.graphinfomax.layers.ParameterSpec}s; a {@link org.graphinfomax.layers.ParameterStore}
 * allocates one flat value vector and one flat gradient vector for a whole model, binds views into
 * them and initialises them from a seed; an {@link org.graphinfomax.layers.Optimizer} steps the whole
 * vector with one ND4J updater.
 *
 * <h2>Forward and backward</h2>
 * {@code forward} returns a {@link org.graphinfomax.layers.Forward} (a functional tape) whose
 * {@code backward} accumulates parameter gradients and returns the input gradient, so a module can
 * run several times per step. The {@link org.graphinfomax.layers.GraphContext} carries the graph
 * structure and the pluggable {@link org.graphinfomax.layers.Propagation} (sparse kernels);
 * {@link org.graphinfomax.layers.ForwardMode} selects training or inference and seeds dropout.
 *
 * <h2>Building blocks</h2>
 * Layers: {@link org.graphinfomax.layers.Linear}, {@link org.graphinfomax.layers.GcnConv},
 * {@link org.graphinfomax.layers.GinConv}, {@link org.graphinfomax.layers.Relu},
 * {@link org.graphinfomax.layers.PRelu}, {@link org.graphinfomax.layers.BatchNorm},
 * {@link org.graphinfomax.layers.Dropout}, {@link org.graphinfomax.layers.Mlp},
 * {@link org.graphinfomax.layers.Sequential}. Readouts: {@link org.graphinfomax.layers.Readout}.
 * Encoders: {@link org.graphinfomax.layers.GcnEncoder} (with DGI's corrupted-pair pass) and
 * {@link org.graphinfomax.layers.GinEncoder}, behind {@link org.graphinfomax.layers.Encoder}.
 *
 * <h2>Workspaces</h2>
 * Training steps may run inside an ND4J workspace: parameters, gradients and everything a
 * {@code GraphContext} caches live outside it, and no layer keeps arrays across steps.
 * Every backward pass is checked against finite differences with
 * {@link org.graphinfomax.layers.check.GradientChecker}.
 */
package org.graphinfomax.layers;
