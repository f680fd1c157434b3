package org.opendti.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.opendti.InvalidInputException;
import org.opendti.git.RevisionException;

/**
 * The one place that turns core exceptions into Maven's two kinds: {@link MojoFailureException}
 * when the user's input is wrong (fix your files), {@link MojoExecutionException} when something
 * broke (I/O, a template bug). Shared by every goal.
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
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException(
          "dti:" + goal + " could not read or write a file: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("dti:" + goal + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException("dti:" + goal + " failed unexpectedly: " + e, e);
    }
  }
}
