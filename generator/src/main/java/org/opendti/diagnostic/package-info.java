/**
 * What every stage reports, at the bottom of the layers: a {@link
 * org.opendti.diagnostic.Diagnostic} (severity, {@link org.opendti.diagnostic.Code}, {@code
 * file:line:column}, JSON pointer and the values it names), the sorted {@link
 * org.opendti.diagnostic.Diagnostics} of a run, the {@link org.opendti.diagnostic.BuildListener}
 * that receives progress (the core never logs by itself), and the {@link
 * org.opendti.diagnostic.UsageException}s that mean the user must change something. The console,
 * GitHub-annotation ({@link org.opendti.diagnostic.GithubAnnotations}) and Markdown ({@link
 * org.opendti.diagnostic.MarkdownSummary}) forms of diagnostics live here too.
 *
 * <p>Everything a person reads is worded here, Vietnamese first: the {@link
 * org.opendti.diagnostic.Lang}uages (with their numbers and dates) and the one message catalogue
 * ({@link org.opendti.diagnostic.Catalogue}, {@code messages_vi.properties} and {@code
 * messages_en.properties} next to it) whose {@link org.opendti.diagnostic.Text}s every stage and
 * the Maven plugin hand out, to be written in the reader's language only when shown.
 *
 * <p>To add a diagnostic code: a constant in {@link org.opendti.diagnostic.Code}, and a line {@code
 * <code>.message=…} (and {@code <code>.hint=…}) in each of the two properties files, with a {@code
 * # {0} …} comment in the English one naming the arguments. {@code CatalogueTest} fails until both
 * languages have it.
 */
package org.opendti.diagnostic;
