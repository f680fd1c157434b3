package org.opendti.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.opendti.diagnostic.InvalidInputException;
import org.opendti.diagnostic.UsageException;
import org.opendti.git.NotARepositoryException;
import org.opendti.git.RevisionException;

/**
 * The one place that turns core exceptions into Maven's two kinds, shared by every goal: {@link
 * MojoFailureException} when the user must change something (their files, their repository, the
 * options they gave: a {@link UsageException}), {@link MojoExecutionException} with the cause when
 * something broke (I/O, or a bug in the tools: any other exception, including {@link
 * IllegalArgumentException}, is never blamed on the user's input).
 */
final class Failures {

  private Failures() {}

  /** A goal body that may throw core exceptions. */
  interface Body {
    void run() throws IOException, MojoFailureException;
  }

  static void run(String goal, Body body) throws MojoExecutionException, MojoFailureException {
    try {
      body.run();
    } catch (InvalidInputException e) {
      throw new MojoFailureException(
          e.getMessage() + " (" + e.diagnostics().size() + " problem(s) listed above)", e);
    } catch (RevisionException e) {
      throw new MojoFailureException(
          "dti:"
              + goal
              + ": "
              + e.getMessage()
              + " (check -Ddti.base, -Ddti.head and -Ddti.mainRef; CI needs fetch-depth: 0)",
          e);
    } catch (NotARepositoryException e) {
      throw new MojoFailureException(
          "dti:"
              + goal
              + ": "
              + e.getMessage()
              + " (run it in a Git clone, or point -Ddti.root at one)",
          e);
    } catch (UsageException e) {
      throw new MojoFailureException("dti:" + goal + ": " + e.getMessage(), e);
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException(
          "dti:" + goal + " could not read or write a file: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException(
          "dti:" + goal + " failed: this is a bug in opendti, please report it: " + e, e);
    }
  }
}
