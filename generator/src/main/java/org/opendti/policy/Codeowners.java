package org.opendti.policy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.opendti.model.AccessPolicy;
import org.opendti.policy.internal.Glob;

/**
 * {@code .github/CODEOWNERS} generated from {@link AccessPolicy}, so the host requests the right
 * reviews: maintainers for maintainer paths (and anything unlisted), each unit's accounts plus the
 * reviewers for the unit's submissions, the reviewers for reviews.
 *
 * <pre>{@code
 * AccessPolicy policy = PolicyFiles.accessPolicy(root);
 * Codeowners.Check check = Codeowners.check(policy, root);
 * if (!check.upToDate()) System.err.println(check.diff());
 * }</pre>
 *
 * <p>GitHub applies the <em>last</em> matching line, so general lines come first. Output depends
 * only on the policy: maintainer paths in the policy's order, units by id.
 */
public final class Codeowners {

  /** Where GitHub reads the file. */
  public static final String FILE = ".github/CODEOWNERS";

  /** The command that rewrites the file; the Maven plugin's goal. */
  public static final String REGENERATE = "mvn -B dti:codeowners";

  private Codeowners() {}

  /**
   * The outcome of comparing the committed file with the generated one.
   *
   * @param expected the generated text
   * @param diff a unified diff from the committed file to the expected one; empty when up to date
   */
  public record Check(boolean upToDate, String expected, String diff) {}

  /** The CODEOWNERS text for {@code policy}, ending in a newline. */
  public static String generate(AccessPolicy policy) {
    StringBuilder s = new StringBuilder();
    s.append("# Generated from ").append(AccessPolicy.FILE).append(": do not edit by hand.\n");
    s.append("# Regenerate with `").append(REGENERATE).append("` after changing the policy.\n");
    s.append("# GitHub applies the last matching line.\n\n");
    String maintainers = owners(policy.maintainers());
    s.append("# Anything not listed below: the maintainers.\n");
    s.append(line("*", maintainers)).append('\n');
    s.append("# Maintainer paths.\n");
    for (String glob : policy.maintainerPaths()) {
      s.append(line(Glob.of(glob).codeowners(), maintainers));
    }
    String reviewers = owners(policy.reviewers());
    s.append("\n# Reviews: the inspection team.\n");
    s.append(line("/submissions/**/*.review.json", reviewers)).append('\n');
    s.append(
        "# Each unit's submission: its accounts and the inspection team; its review: the team.\n");
    policy
        .units()
        .forEach(
            (unit, accounts) -> {
              Set<String> owners = new LinkedHashSet<>(accounts);
              owners.addAll(policy.reviewers());
              String base = "/submissions/*/*/" + unit;
              s.append(line(base + ".json", owners(List.copyOf(owners))));
              s.append(line(base + ".review.json", reviewers));
            });
    return s.toString();
  }

  /** Compares {@code committed} (null when the file is missing) with {@link #generate}. */
  public static Check check(AccessPolicy policy, String committed) {
    String expected = generate(policy);
    if (expected.equals(committed)) {
      return new Check(true, expected, "");
    }
    return new Check(false, expected, diff(committed == null ? "" : committed, expected));
  }

  /** Compares {@code .github/CODEOWNERS} under {@code repoRoot} with {@link #generate}. */
  public static Check check(AccessPolicy policy, Path repoRoot) {
    Path file = repoRoot.resolve(FILE);
    try {
      String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
      return check(policy, committed);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the generated file under {@code repoRoot}; returns true when it changed. */
  public static boolean write(AccessPolicy policy, Path repoRoot) {
    Check check = check(policy, repoRoot);
    if (check.upToDate()) {
      return false;
    }
    try {
      Path file = repoRoot.resolve(FILE);
      Files.createDirectories(file.getParent());
      Files.writeString(file, check.expected(), StandardCharsets.UTF_8);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A pattern and its owners; none listed means nobody's review is requested. */
  private static String line(String pattern, String owners) {
    return owners.isEmpty() ? pattern + "\n" : pattern + " " + owners + "\n";
  }

  private static String owners(List<String> accounts) {
    return String.join(" ", accounts);
  }

  private static String diff(String committed, String expected) {
    RawText a = new RawText(committed.getBytes(StandardCharsets.UTF_8));
    RawText b = new RawText(expected.getBytes(StandardCharsets.UTF_8));
    EditList edits =
        DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
            .diff(RawTextComparator.DEFAULT, a, b);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DiffFormatter f = new DiffFormatter(out)) {
      f.format(edits, a, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "--- "
        + FILE
        + " (committed)\n+++ "
        + FILE
        + " (generated from "
        + AccessPolicy.FILE
        + ")\n"
        + out.toString(StandardCharsets.UTF_8);
  }
}
