/**
 * Mutual-information estimators over critic scores: the bounds behind Deep InfoMax, Deep Graph Infomax,
 * InfoGraph, MINE and CPC, with explicit backward passes on ND4J arrays (FLOAT or DOUBLE, CPU or GPU).
 *
 * <h2>Use</h2>
 * Wrap the critic's scores in {@link org.graphinfomax.infomax.mi.CriticScores} (a score matrix with positive
 * and negative masks, or positive and negative score vectors), pick a bound from
 * {@link org.graphinfomax.infomax.mi.MiEstimators} and call
 * {@link org.graphinfomax.infomax.mi.MiEstimator#estimate(CriticScores)}: the result holds the value in nats,
 * the positive and negative expectation terms, the loss and {@code d loss / d score} for every score.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Every bound is an objective to maximise; the loss is {@code -objective}; gradients are of the loss.</li>
 *   <li>Masks weigh expectations: {@code E_P = sum(mask * term(score)) / sum(mask)}; scores are never zeroed
 *       before a non-linearity.</li>
 *   <li>Stable forms: softplus as {@code max(x,0) + log1p(exp(-|x|))}, log-sigmoid via softplus, log-sum-exp
 *       with the maximum subtracted; exponentials saturate at e^80 (FLOAT) / e^700 (DOUBLE) rather than
 *       overflow.</li>
 *   <li>Jensen-Shannon: the f-GAN generator gives twice the JS divergence; the JSD measure and
 *       {@link org.graphinfomax.infomax.mi.FDivergence#JENSEN_SHANNON} return that (at most 2 log 2).</li>
 * </ul>
 *
 * <h2>Sources</h2>
 * Nowozin et al. 2016 (f-GAN); Nguyen, Wainwright and Jordan 2010 (NWJ); Belghazi et al. 2018 (MINE);
 * van den Oord et al. 2018 (InfoNCE); Hjelm et al. 2019 (Deep InfoMax); Velickovic et al. 2019 (DGI);
 * Sun et al. 2020 (InfoGraph); Poole et al. 2019 (variational bounds of mutual information).
 */
package org.graphinfomax.infomax.mi;
