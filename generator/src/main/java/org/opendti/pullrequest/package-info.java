/**
 * The pull-request check ({@code dti:report}): {@link org.opendti.pullrequest.PullRequestCheck}
 * runs the path policy, then the {@link org.opendti.Pipeline} on the pull request's base and on its
 * head, and compares them into a {@link org.opendti.pullrequest.PullRequestReport} (totals, pillars
 * and ranks old → new, points per criterion, the changed units' flags and what-if), written as the
 * comment's Markdown by {@link org.opendti.pullrequest.PullRequestMarkdown}.
 */
package org.opendti.pullrequest;
