/**
 * {@code handouts.yml} read and validated into immutable settings ({@link org.handouts.config.HandoutsConfig}):
 * the clinic's brand, paper, layouts, limits, the review's one set of thresholds
 * ({@link org.handouts.config.CheckOptions}). May depend on: diagnostics, yaml, and the article package for its
 * limits' defaults.
 */
package org.handouts.config;
