/** A small JSON writer for the reports ({@code report.json}, {@code check --format json}). Depends on nothing. */
package org.handouts.json;
