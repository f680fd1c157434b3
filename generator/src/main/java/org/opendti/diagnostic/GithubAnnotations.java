package org.opendti.diagnostic;

import java.util.List;

/**
 * Diagnostics as GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…::message}),
 * which the runner turns into annotations on the pull request's files.
 *
 * <p>Messages come from submissions and so from outside: every value is escaped as the runner
 * requires, so a crafted message cannot inject a second workflow command.
 */
public final class GithubAnnotations {

  private GithubAnnotations() {}

  /** One workflow command per diagnostic, its message and hint in {@code lang}. */
  public static List<String> lines(List<Diagnostic> diagnostics, Lang lang) {
    return diagnostics.stream().map(d -> line(d, lang)).toList();
  }

  static String line(Diagnostic d, Lang lang) {
    String command =
        switch (d.severity()) {
          case ERROR -> "error";
          case WARNING -> "warning";
          case INFO -> "notice";
        };
    StringBuilder s = new StringBuilder("::").append(command).append(" file=");
    s.append(property(d.file()));
    if (d.line() > 0) {
      s.append(",line=").append(d.line()).append(",col=").append(d.column());
    }
    s.append(",title=").append(property(d.code().id()));
    String message = d.message(lang);
    if (!d.pointer().isEmpty()) {
      message = d.pointer() + ": " + message;
    }
    String hint = d.hint(lang);
    if (hint != null) {
      message += "\n" + Text.of("annotation.hint", hint).in(lang);
    }
    return s.append("::").append(data(message)).toString();
  }

  /** Escaping of a command's data, as in the runner's toolkit ({@code escapeData}). */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escaping of a command's property ({@code escapeProperty}). */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }

  static boolean isError(Diagnostic d) {
    return d.severity() == Severity.ERROR;
  }
}
