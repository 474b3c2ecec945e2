/**
 * {@code handouts serve}: the live preview for writers. Builds, serves the web edition on the loopback
 * address, watches what the build reads, builds again after each change, and has every open page reload
 * itself, or show the build's errors at its top. Only the pages it serves carry the reload script; the
 * site on disk has none. Depends on the build and the site writer's names; nothing depends on it but the CLI.
 */
package org.handouts.preview;
