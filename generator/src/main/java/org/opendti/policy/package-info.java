/**
 * Who may change which path of the repository: {@code policy/access.json} read on its own ({@link
 * org.opendti.policy.PolicyFiles}, through {@code load} and {@code validate} like every input), the
 * {@link org.opendti.policy.PathPolicy} a pull request's changes are checked against, the {@code
 * .github/CODEOWNERS} generated from it ({@link org.opendti.policy.Codeowners}), and the policy
 * side of a pull request's check ({@link org.opendti.policy.PolicyCheck}: the base's policy, never
 * the pull request's own).
 */
package org.opendti.policy;
