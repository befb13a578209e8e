/**
 * Finite-difference gradient checking for modules with explicit backward passes:
 * {@link org.graphinfomax.layers.check.GradientChecker} (central differences in DOUBLE, relative
 * error threshold with an absolute floor), the {@link org.graphinfomax.layers.check.Objective} it
 * probes and the {@link org.graphinfomax.layers.check.RandomProjection} test loss.
 */
package org.graphinfomax.layers.check;
