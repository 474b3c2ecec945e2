/**
 * The pipeline of {@code handouts build}: {@link org.handouts.pipeline.BuildPlanner} reads the sources and returns
 * an immutable {@link org.handouts.pipeline.BuildPlan} (what is up to date, from {@link org.handouts.pipeline.InputFingerprints}
 * and the {@link org.handouts.pipeline.BuildManifest}); {@link org.handouts.pipeline.ArticlePreparer} turns each parsed
 * article into its prepared form; {@link org.handouts.pipeline.RenderScheduler} prepares and renders in parallel;
 * {@link org.handouts.pipeline.Booklets} writes the library outputs. {@link org.handouts.pipeline.Build#run} reads like
 * the table of contents of all that.
 *
 * <p>May depend on every package except {@code cli}; nothing but {@code cli} depends on it.
 */
package org.handouts.pipeline;
