/**
 * The picocli commands ({@code build}, {@code check}, {@code cache}), written as picocli's own examples are:
 * shared options as {@code @Mixin}s, all output through the command spec's writers (so tests call
 * {@code setOut}). May depend on every other package; nothing depends on it.
 */
package org.handouts.cli;
