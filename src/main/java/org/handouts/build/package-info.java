/**
 * The pipeline of {@code handouts build}: {@link org.handouts.build.BuildPlanner} reads the sources and returns
 * an immutable {@link org.handouts.build.BuildPlan} (what is up to date, from {@link org.handouts.build.InputFingerprints}
 * and the {@link org.handouts.build.BuildManifest}); {@link org.handouts.build.ArticlePreparer} turns each parsed
 * article into its prepared form; {@link org.handouts.build.RenderScheduler} prepares and renders in parallel;
 * {@link org.handouts.build.Booklets} writes the library outputs. {@link org.handouts.build.Build#run} reads like
 * the table of contents of all that.
 *
 * <p>May depend on every package except {@code cli}; nothing but {@code cli} depends on it.
 */
package org.handouts.build;
