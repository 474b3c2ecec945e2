/**
 * Languages: the words the tool itself prints (message bundles per language, with ICU plural and date
 * rules), the clinic's own texts per language from {@code handouts.yml}, which articles translate which,
 * and which way a language is written. Readers and writers ask here; this package depends on
 * {@code article}, {@code config} and {@code yaml} only.
 */
package org.handouts.i18n;
