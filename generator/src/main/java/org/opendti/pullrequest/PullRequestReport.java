package org.opendti.pullrequest;

import java.util.ArrayList;
import java.util.List;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Severity;
import org.opendti.git.ChangedFiles;
import org.opendti.insight.Flag;
import org.opendti.insight.UnitOpportunities;

/**
 * What a pull request does, for its reviewers: the changed files, the policy problems, the
 * validation problems in what it touches, and its effect on scores and ranks.
 *
 * <p>Example: unit {@code a} raises criterion 1.2 from 3 to 5 points; {@code effects} holds {@code
 * a}'s total 61.50 → 63.50, {@code rankMoves} holds {@code a} 4 → 3 and {@code b} 3 → 4.
 *
 * @param author the pull request's author, as given
 * @param changed the changes from the merge base to the head
 * @param policy path policy and CODEOWNERS problems, sorted
 * @param validation the head's diagnostics for the files in scope (changed files, and every file of
 *     the framework and period of a changed submission, since cohort methods read them all)
 * @param effects per changed unit, framework and period
 * @param rankMoves every unit whose rank changes in a ranking table of a changed framework and
 *     period, and every changed unit's line even when it does not move
 * @param criteria per criterion of each changed submission at the head
 * @param stale each correction of a changed unit that now overrides an answer the unit changed
 * @param names the names of the units and ranking tables the report names by id
 */
public record PullRequestReport(
    String author,
    ChangedFiles changed,
    List<Diagnostic> policy,
    List<Diagnostic> validation,
    List<UnitEffect> effects,
    List<RankMove> rankMoves,
    List<CriterionLine> criteria,
    List<Flag> flags,
    List<UnitOpportunities> whatIf,
    List<StaleLine> stale,
    ReportNames names) {

  public PullRequestReport {
    names = names == null ? ReportNames.NONE : names;
    stale = List.copyOf(stale);
    policy = List.copyOf(policy);
    validation = List.copyOf(validation);
    effects = List.copyOf(effects);
    rankMoves = List.copyOf(rankMoves);
    criteria = List.copyOf(criteria);
    flags = List.copyOf(flags);
    whatIf = List.copyOf(whatIf);
  }

  /** Policy problems, then validation problems. */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>(policy);
    all.addAll(validation);
    return List.copyOf(all);
  }

  public long errors() {
    return diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
  }

  /** Whether the pull request must not be merged as it is: any policy or validation error. */
  public boolean failed() {
    return errors() > 0;
  }
}
