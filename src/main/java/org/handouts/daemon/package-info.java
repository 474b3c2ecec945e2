/**
 * The build daemon: a warm process kept for one folder, so the build a writer runs after every edit does not
 * start a JVM, load every class and compile the hot code again (as Gradle's daemon does). {@link
 * org.handouts.daemon.DaemonClient} is what {@code handouts build} runs first: it finds the daemon whose
 * {@link org.handouts.daemon.DaemonKey} is this process's (same folder, same tool, same Java and options,
 * same environment), starts one when there is none, sends it the command line and prints what comes back.
 * {@link org.handouts.daemon.DaemonServer} is the other end. The conversation is {@link
 * org.handouts.daemon.Wire}. Depends on nothing but the JDK: what a build is, the command line gives it
 * ({@link org.handouts.daemon.BuildRunner}).
 */
package org.handouts.daemon;
