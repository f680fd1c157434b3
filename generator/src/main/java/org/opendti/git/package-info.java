/**
 * The Git-native review core: the repository is the submission system, so what a pull request
 * changes, who may change it and when a submission arrived are all read from Git itself.
 *
 * <ul>
 *   <li>{@link org.opendti.git.GitRepo}: changed files between a base and a head, file bytes at a
 *       commit, a commit's tree materialised into a folder, and provenance read from main's
 *       first-parent history.
 *   <li>{@link org.opendti.git.GitArrivalTimes}: when each submission arrived on main, and why that
 *       time can be trusted.
 *   <li>{@link org.opendti.git.PullRequestReview}: the whole Git-side check of a pull request.
 *   <li>{@link org.opendti.git.AccessPolicy} ({@code policy/access.json}), {@link
 *       org.opendti.git.PathPolicy} (who may change which path) and {@link
 *       org.opendti.git.Codeowners} (the {@code .github/CODEOWNERS} generated from the policy).
 * </ul>
 *
 * <p>Nothing here talks to a Git host: teams cannot be resolved offline, so the policy reports
 * where a team's review is required and leaves the enforcement to CODEOWNERS and branch protection.
 */
package org.opendti.git;
