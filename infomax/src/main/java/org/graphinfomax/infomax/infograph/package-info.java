/**
 * Whole-graph representation learning by mutual-information maximisation: InfoGraph and its
 * semi-supervised variant InfoGraph* (Sun, Hoffmann, Verma and Tang, "InfoGraph: Unsupervised and
 * Semi-supervised Graph-Level Representation Learning via Mutual Information Maximization",
 * ICLR 2020; reference code sunfanyunn/InfoGraph).
 *
 * <h2>Unsupervised</h2>
 * {@link org.graphinfomax.infomax.infograph.InfoGraph}: a GIN encoder
 * ({@link org.graphinfomax.layers.GinEncoder}), two
 * {@link org.graphinfomax.infomax.infograph.ProjectionHead}s and the
 * {@link org.graphinfomax.infomax.infograph.DotProductCritic}, which scores every node of a
 * mini-batch against every graph of the batch and hands the scores to an estimator of
 * {@link org.graphinfomax.infomax.mi} ({@code CriticScores.byGraph}: positives are a node with its
 * own graph). {@code fit(graphs)}, {@code embed(graphs)} (one row per graph), {@code save}/{@code load}.
 *
 * <h2>Semi-supervised</h2>
 * {@link org.graphinfomax.infomax.infograph.InfoGraphStar} in three
 * {@link org.graphinfomax.infomax.infograph.InfoGraphStar.Variant}s (supervised only, single
 * encoder, InfoGraph*) for classification or regression
 * ({@link org.graphinfomax.infomax.infograph.SupervisedTask}).
 *
 * <h2>Evaluation</h2>
 * See {@link org.graphinfomax.infomax.eval.SvmCrossValidation} (the unsupervised protocol, with
 * nested selection among candidate embeddings),
 * {@link org.graphinfomax.infomax.eval.SemiSupervisedCrossValidation} and
 * {@link org.graphinfomax.infomax.eval.FeatureSumBaseline}.
 *
 * <h2>Conventions</h2>
 * Every training step runs inside an ND4J workspace ({@code StepWorkspace}); models train for a
 * fixed number of epochs; every loss is gradient-checked end to end in DOUBLE (tests). Graphs
 * without node features must be given a constant feature (the TU loader's default fallback).
 */
package org.graphinfomax.infomax.infograph;
