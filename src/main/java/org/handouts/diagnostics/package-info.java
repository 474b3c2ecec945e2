/**
 * Messages for the user pinned to a place in a file ({@link org.handouts.diagnostics.Diagnostic}, printed as
 * {@code path:line:col: severity: message}), the thread-safe sink that collects them, and source positions
 * ({@link org.handouts.diagnostics.SourcePosition}, {@link org.handouts.diagnostics.LineMap}). Every reader and
 * writer reports through these. Depends on nothing but the JDK.
 */
package org.handouts.diagnostics;
