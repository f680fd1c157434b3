/**
 * What every stage reports, at the bottom of the layers: a {@link
 * org.opendti.diagnostic.Diagnostic} (severity, code, {@code file:line:column}, JSON pointer,
 * message, hint), the sorted {@link org.opendti.diagnostic.Diagnostics} of a run, the {@link
 * org.opendti.diagnostic.BuildListener} that receives progress (the core never logs by itself), and
 * the {@link org.opendti.diagnostic.UsageException}s that mean the user must change something. The
 * console, GitHub-annotation ({@link org.opendti.diagnostic.GithubAnnotations}) and Markdown
 * ({@link org.opendti.diagnostic.MarkdownSummary}) forms of diagnostics live here too.
 */
package org.opendti.diagnostic;
