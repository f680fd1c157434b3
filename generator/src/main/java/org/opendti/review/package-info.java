/**
 * The pull-request check as one report: the path policy and CODEOWNERS ({@link
 * org.opendti.git.PullRequestReview}), validation of what changed, and the effect of the change on
 * totals, pillars, criteria and ranks, computed by scoring the base and the head.
 *
 * <pre>{@code
 * PullRequestReport report =
 *     PullRequestCheck.builder().repositoryRoot(root).base("origin/main").author("alice").build().run();
 * Files.writeString(out, PullRequestMarkdown.render(report));
 * }</pre>
 */
package org.opendti.review;
