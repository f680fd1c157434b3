package org.opendti.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * {@link GitRepo#changedPaths(String, String)} asked of the {@code git} program: for the
 * pull-request check in a fresh JVM, where opening a repository with JGit (294 classes from a
 * signed jar, the system configuration asked of two {@code git} processes, its message bundle,
 * caches and their threads) took about half a second before a single object was read. Git's own
 * plumbing ({@code for-each-ref}, {@code rev-parse}, {@code merge-base}, {@code diff-tree}) answers
 * in a few milliseconds each; the {@code git} on the machine is the runner's, never the pull
 * request's.
 *
 * <p>It answers only where the answer is JGit's exactly: a plain {@code .git} folder; a revision
 * that is a full lower-case SHA, or a ref name looked up as JGit looks it up ({@code name}, {@code
 * refs/}, {@code refs/tags/}, {@code refs/heads/}, {@code refs/remotes/}; tags peeled), never an
 * abbreviation or an expression; a single merge base. Anything else (no {@code git}, a linked work
 * tree, a shallow clone, grafts, reftable, repository extensions, a revision it does not find, two
 * merge bases or none, a shallow history git cannot walk, a name that is not UTF-8, a process that
 * fails or takes over a minute) gives empty, and the caller asks JGit, which answers or reports the
 * problem. {@code GitCliTest} checks both agree on loose and packed repositories and on every pair
 * of commits of a random history.
 */
final class GitCli {

  private static final Pattern FULL_ID = Pattern.compile("[0-9a-f]{40}");
  private static final Pattern REF_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._/-]*");
  private static final Pattern SPECIAL_REF = Pattern.compile("[A-Z_]*HEAD");
  private static final List<String> SEARCH_PATH =
      List.of("", "refs/", "refs/tags/", "refs/heads/", "refs/remotes/");

  /** Something git was not asked, or did not answer: JGit is asked instead. */
  private static final class Unanswered extends Exception {
    Unanswered(String why) {
      super(why, null, false, false);
    }
  }

  private final Path root;
  private Map<String, String> refs;

  private GitCli(Path root) {
    this.root = root;
  }

  /**
   * The paths whose entry differs between the merge base of {@code base} and {@code head} and
   * {@code head}, sorted; empty when git cannot say exactly what JGit would (JGit then answers).
   */
  static Optional<SortedSet<String>> changedPaths(Path root, String base, String head) {
    if (!Files.isDirectory(root.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new GitCli(root).changed(base, head));
    } catch (Unanswered | IOException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private SortedSet<String> changed(String base, String head)
      throws IOException, InterruptedException, Unanswered {
    plainRepository();
    String baseId = resolve(base);
    String headId = resolve(head);
    // Both as commits, annotated tags peeled; rev-parse fails if either is not a commit.
    List<String> commits =
        lines(git("rev-parse", "--verify", "--end-of-options", baseId + "^{commit}"));
    commits.addAll(lines(git("rev-parse", "--verify", "--end-of-options", headId + "^{commit}")));
    List<String> bases = lines(git("merge-base", "--all", commits.get(0), commits.get(1)));
    if (bases.size() != 1) {
      throw new Unanswered(bases.size() + " merge bases");
    }
    // -r: every file, as a recursive tree walk lists them; no rename detection, as JGit's walk.
    byte[] out =
        git(
            "diff-tree",
            "-r",
            "-z",
            "--no-renames",
            "--no-commit-id",
            "--name-only",
            bases.get(0),
            commits.get(1));
    SortedSet<String> paths = new TreeSet<>();
    int from = 0;
    for (int i = 0; i < out.length; i++) {
      if (out[i] == 0) {
        paths.add(utf8(out, from, i));
        from = i + 1;
      }
    }
    if (from != out.length) {
      throw new Unanswered("diff-tree output not NUL-terminated");
    }
    return paths;
  }

  /**
   * Fails for every layout where git's answer may differ from JGit's: a shallow history, grafts, a
   * linked work tree's common folder, reftable, repository extensions.
   */
  private void plainRepository() throws IOException, Unanswered {
    Path gitDir = root.resolve(".git");
    for (String other : List.of("shallow", "commondir", "reftable", "info/grafts")) {
      if (Files.exists(gitDir.resolve(other), LinkOption.NOFOLLOW_LINKS)) {
        throw new Unanswered(other);
      }
    }
    for (String line : Files.readAllLines(gitDir.resolve("config"), StandardCharsets.UTF_8)) {
      String l = line.strip().toLowerCase(java.util.Locale.ROOT);
      if (l.startsWith("[extensions")
          || (l.startsWith("repositoryformatversion")
              && !l.matches("repositoryformatversion\\s*=\\s*[01]"))) {
        throw new Unanswered(line);
      }
    }
  }

  /** The object a revision names: a full id, or a ref by JGit's search path. */
  private String resolve(String revision) throws IOException, InterruptedException, Unanswered {
    if (FULL_ID.matcher(revision).matches()) {
      return revision;
    }
    if (!REF_NAME.matcher(revision).matches()
        || revision.contains("..")
        || revision.contains("//")
        || revision.endsWith("/")
        || revision.contains("/.")
        || revision.contains(".lock/")
        || revision.endsWith(".")
        || revision.endsWith(".lock")) {
      throw new Unanswered(revision);
    }
    for (String prefix : SEARCH_PATH) {
      String name = prefix + revision;
      if (name.startsWith("refs/")) {
        String id = refs().get(name);
        if (id != null) {
          return id;
        }
      } else if (SPECIAL_REF.matcher(name).matches()) {
        // HEAD and the like, files in .git: asked by their full name, never read as an id.
        byte[] out = gitOrEmpty("rev-parse", "--verify", "-q", "--end-of-options", name);
        if (out.length > 0) {
          return lines(out).get(0);
        }
      }
    }
    throw new Unanswered("no ref " + revision); // JGit may still read it, e.g. as an abbreviation
  }

  /** Every ref under {@code refs/}, loose and packed, with the object it points at. */
  private Map<String, String> refs() throws IOException, InterruptedException, Unanswered {
    if (refs == null) {
      refs = new HashMap<>();
      byte[] out = git("for-each-ref", "--format=%(objectname) %(refname)");
      for (String line : lines(out)) {
        int space = line.indexOf(' ');
        if (space != 40 || !FULL_ID.matcher(line.substring(0, 40)).matches()) {
          throw new Unanswered("for-each-ref: " + line);
        }
        refs.put(line.substring(41), line.substring(0, 40));
      }
    }
    return refs;
  }

  private byte[] git(String... args) throws IOException, InterruptedException, Unanswered {
    Run r = run(args);
    if (r.exit != 0) {
      throw new Unanswered("git " + args[0] + " exited with " + r.exit);
    }
    return r.out;
  }

  /** Output of a command whose failure means "not found": empty then. */
  private byte[] gitOrEmpty(String... args) throws IOException, InterruptedException, Unanswered {
    Run r = run(args);
    return r.exit == 0 ? r.out : new byte[0];
  }

  private record Run(int exit, byte[] out) {}

  private Run run(String... args) throws IOException, InterruptedException, Unanswered {
    List<String> command =
        new ArrayList<>(List.of("git", "--no-pager", "-c", "core.quotepath=off"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile());
    Map<String, String> env = pb.environment();
    // Only the repository's own configuration, no prompt, no lock taken on the index.
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    env.put("GIT_TERMINAL_PROMPT", "0");
    env.put("GIT_OPTIONAL_LOCKS", "0");
    env.remove("GIT_DIR");
    env.remove("GIT_WORK_TREE");
    env.remove("GIT_OBJECT_DIRECTORY");
    env.remove("GIT_ALTERNATE_OBJECT_DIRECTORIES");
    env.remove("GIT_NAMESPACE");
    env.remove("GIT_REPLACE_REF_BASE");
    env.put("GIT_NO_REPLACE_OBJECTS", "1"); // JGit does not read replace refs either
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p;
    try {
      p = pb.start();
    } catch (IOException noGit) {
      throw new Unanswered("no git: " + noGit.getMessage());
    }
    p.getOutputStream().close();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = p.getInputStream()) {
      in.transferTo(out);
    }
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new Unanswered("git " + args[0] + " took over a minute");
    }
    return new Run(p.exitValue(), out.toByteArray());
  }

  private static List<String> lines(byte[] out) throws Unanswered {
    List<String> lines = new ArrayList<>();
    for (String line : utf8(out, 0, out.length).split("\n")) {
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return lines;
  }

  private static String utf8(byte[] b, int from, int to) throws Unanswered {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, from, to - from))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Unanswered("a name that is not UTF-8");
    }
  }
}
