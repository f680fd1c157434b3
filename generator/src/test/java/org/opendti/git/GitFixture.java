package org.opendti.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real repository built with the {@code git} command line. Every identity and date is set per
 * command in the environment, and the user's and system's Git configuration is ignored, so the
 * repositories are the same on every machine.
 */
public final class GitFixture {

  /** The date set for commands that make no commit (git still wants a valid one). */
  private static final Instant NO_COMMIT = Instant.parse("2000-01-01T00:00:00Z");

  public final Path dir;
  private final Path home;
  private String authorName = "Unit A";
  private String authorEmail = "unit-a@example.vn";

  private GitFixture(Path dir, Path home) {
    this.dir = dir;
    this.home = home;
  }

  /** {@code git init -b main} in {@code dir}; {@code home} stands in for the user's home. */
  public static GitFixture init(Path dir, Path home) {
    GitFixture f = new GitFixture(dir, home);
    f.git(NO_COMMIT, "init", "-q", "-b", "main");
    return f;
  }

  /** {@code git clone} of this repository into {@code target}: a fork. */
  public GitFixture fork(Path target) {
    new GitFixture(dir.getParent(), home)
        .git(NO_COMMIT, "clone", "-q", dir.toString(), target.toString());
    return new GitFixture(target, home);
  }

  public GitFixture as(String name, String email) {
    this.authorName = name;
    this.authorEmail = email;
    return this;
  }

  public GitFixture write(String path, String content) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public GitFixture symlink(String path, String target) {
    try {
      Path link = dir.resolve(path);
      Files.createDirectories(link.getParent());
      Files.createSymbolicLink(link, Path.of(target));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Stages everything and commits with the same author and committer time; returns the SHA. */
  public String commit(String message, Instant when) {
    return commit(message, when, when);
  }

  public String commit(String message, Instant authorDate, Instant committerDate) {
    git(authorDate, committerDate, "add", "-A");
    git(authorDate, committerDate, "commit", "-q", "--allow-empty", "-m", message);
    return head();
  }

  /** {@code git merge --no-ff branch} at {@code when}; returns the merge's SHA. */
  public String mergeNoFf(String branch, String message, Instant when) {
    git(when, "merge", "-q", "--no-ff", "-m", message, branch);
    return head();
  }

  public String head() {
    return git(NO_COMMIT, "rev-parse", "HEAD");
  }

  public String git(Instant when, String... args) {
    return git(when, when, args);
  }

  /** Runs git; fails the test with git's output when it exits non-zero. Returns stdout, trimmed. */
  public String git(Instant authorDate, Instant committerDate, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-c", "core.symlinks=true"));
    command.addAll(List.of("-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("GIT_"));
    env.put("HOME", home.toString());
    env.put("XDG_CONFIG_HOME", home.toString());
    env.put("GIT_CONFIG_NOSYSTEM", "1");
    env.put("GIT_CONFIG_GLOBAL", "/dev/null");
    env.put("GIT_AUTHOR_NAME", authorName);
    env.put("GIT_AUTHOR_EMAIL", authorEmail);
    env.put("GIT_COMMITTER_NAME", authorName);
    env.put("GIT_COMMITTER_EMAIL", authorEmail);
    env.put("GIT_AUTHOR_DATE", authorDate.getEpochSecond() + " +0000");
    env.put("GIT_COMMITTER_DATE", committerDate.getEpochSecond() + " +0000");
    pb.redirectErrorStream(true);
    try {
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new AssertionError("git " + String.join(" ", args) + " failed:\n" + out);
      }
      return out.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** An instant written as ISO-8601, e.g. {@code at("2024-01-01T00:00:00Z")}. */
  public static java.time.Instant at(String iso) {
    return java.time.Instant.parse(iso);
  }
}
