/**
 * Shared I/O: {@link org.handouts.io.AtomicWrite} (a file is replaced only by a complete new one) and
 * {@link org.handouts.io.InputsHash} (the one hash of inputs every cache and the build manifest use) and
 * {@link org.handouts.io.KeptBySlug} (forgetting the cache entries of articles gone, in sub-folders too) and
 * {@link org.handouts.io.LongText} (text of any length in a kept file) and {@link org.handouts.io.FolderLock}
 * (one build at a time writing to an output folder).
 * Depends on nothing but the JDK.
 */
package org.handouts.io;
