package org.opendti.validate;

import java.util.ArrayList;
import java.util.List;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Severity;
import org.opendti.load.SourceIndex;
import org.opendti.model.Framework;
import org.opendti.model.UnitRegistry;

/**
 * Checks a framework against itself: declared totals against its criteria, numbering, bands,
 * choices, method parameters, periods, ranking groups and classification.
 *
 * <p>Sources are inconsistent ({@code 000_…} pillar II declares 7 points, skips item 4 and leaves
 * item 6 blank; its bands leave gaps), so the source's inconsistencies are {@link Severity#WARNING}
 * and stay visible on the site; what makes scoring impossible is an {@link Severity#ERROR}.
 *
 * <pre>{@code
 * List<Diagnostic> found =
 *     new FrameworkChecker(registry).check(framework, "criteria/xa-2023.json", index);
 * }</pre>
 *
 * <p>Thread-safe: it holds only the immutable registry.
 */
public final class FrameworkChecker {

  private final UnitRegistry registry;

  /**
   * @param registry the levels that {@code level} and ranking groups' {@code by} may name
   */
  public FrameworkChecker(UnitRegistry registry) {
    this.registry = registry;
  }

  /**
   * Every finding about {@code framework}, unsorted.
   *
   * @param file the framework's repository-relative path, e.g. {@code criteria/xa-2023.json}
   * @param index where each pointer of that file is
   */
  public List<Diagnostic> check(Framework framework, String file, SourceIndex index) {
    List<Diagnostic> found = new ArrayList<>();
    Findings out = new Findings(found, file, index);
    FrameworkTree tree = new FrameworkTree(framework);
    PointsCheck.check(framework, tree, out);
    NumberingCheck.check(framework, tree, out);
    tree.criteria().forEach(c -> MethodCheck.check(c.criterion(), c.pointer(), out));
    SettingsCheck.check(framework, registry, out);
    return List.copyOf(found);
  }
}
