/**
 * Git access, and nothing else: the repository is the submission system, so what a change touches
 * and when a submission arrived are read from Git itself (JGit; nothing here talks to a Git host).
 *
 * <ul>
 *   <li>{@link org.opendti.git.GitRepo}: changed files between a base and a head, file bytes at a
 *       commit, a commit's tree materialised into a folder, and provenance read once from main's
 *       first-parent history.
 *   <li>{@link org.opendti.git.ChangedPaths}: what a contribution changes, including what is
 *       staged, edited or new in the work tree. Two commits' trees are compared by the {@code git}
 *       program where the repository is plain ({@code GitCli}), with JGit otherwise: in a fresh
 *       JVM, JGit's start-up took longer than the rest of a pull request's check.
 *   <li>{@link org.opendti.git.GitArrivalTimes}: when each submission arrived on main, and why that
 *       time can be trusted.
 * </ul>
 *
 * <p>Who may change which path is {@code org.opendti.policy}; the pull-request check that uses both
 * is {@code org.opendti.pullrequest}.
 */
package org.opendti.git;
