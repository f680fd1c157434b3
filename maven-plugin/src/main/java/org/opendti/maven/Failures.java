package org.opendti.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.opendti.diagnostic.InvalidInputException;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Text;
import org.opendti.diagnostic.UnknownLanguageException;
import org.opendti.diagnostic.UsageException;
import org.opendti.git.NotARepositoryException;
import org.opendti.git.RevisionException;

/**
 * The one place that turns core exceptions into Maven's two kinds, shared by every goal: {@link
 * MojoFailureException} when the user must change something (their files, their repository, the
 * options they gave: a {@link UsageException}), {@link MojoExecutionException} with the cause when
 * something broke (I/O, or a bug in the tools: any other exception, including {@link
 * IllegalArgumentException}, is never blamed on the user's input). Messages come from the catalogue
 * ({@code plugin.failure.*}) in the goal's language.
 */
final class Failures {

  private Failures() {}

  /** A goal body that may throw core exceptions. */
  interface Body {
    void run() throws IOException, MojoFailureException;
  }

  static void run(String goal, Lang lang, Body body)
      throws MojoExecutionException, MojoFailureException {
    try {
      body.run();
    } catch (InvalidInputException e) {
      throw usage(say(lang, "plugin.failure.invalid-input", e.text(), e.diagnostics().size()), e);
    } catch (RevisionException e) {
      throw usage(say(lang, "plugin.failure.revision", goal, e.text()), e);
    } catch (NotARepositoryException e) {
      throw usage(say(lang, "plugin.failure.not-a-repository", goal, e.text()), e);
    } catch (UsageException e) {
      throw usage(say(lang, "plugin.failure.usage", goal, e.text()), e);
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException(
          say(lang, "plugin.failure.io", goal, String.valueOf(e.getMessage())), e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException(say(lang, "plugin.failure.bug", goal, e.toString()), e);
    }
  }

  /**
   * The user's mistake, in the goal's language. Its cause is what the usage error wraps, if
   * anything (a Git error): Maven appends every message of the chain that the first does not
   * contain, so the usage error itself, worded in English for stack traces, would follow the
   * Vietnamese message.
   */
  private static MojoFailureException usage(String message, UsageException e) {
    return new MojoFailureException(message, e.getCause());
  }

  /**
   * The language {@code dti.lang} names. Any other is a usage error, said in both languages since
   * the reader's is unknown.
   */
  static Lang language(String goal, String code) throws MojoFailureException {
    try {
      return Lang.of(code);
    } catch (UnknownLanguageException e) {
      Text text = Text.of("plugin.failure.lang", goal, String.valueOf(e.code()));
      throw usage(text.in(Lang.VI) + " / " + text.in(Lang.EN), e);
    }
  }

  private static String say(Lang lang, String key, Object... args) {
    return Text.of(key, args).in(lang);
  }
}
