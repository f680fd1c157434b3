package org.opendti.diagnostic;

import java.util.List;
import java.util.stream.Stream;

/**
 * Every diagnostic a stage found, sorted by {@link Diagnostic#ORDER}. Validation never stops at the
 * first problem, so this is the whole list, to be shown at once.
 *
 * <pre>{@code
 * Diagnostics found = loaded.diagnostics().plus(new Validator().validate(data, sources));
 * if (found.hasErrors()) {
 *   found.all().forEach(d -> System.err.println(d.format(Lang.VI)));
 * }
 * }</pre>
 *
 * @param all every diagnostic, in {@link Diagnostic#ORDER}
 */
public record Diagnostics(List<Diagnostic> all) {

  /** No diagnostic. */
  public static final Diagnostics NONE = new Diagnostics(List.of());

  public Diagnostics {
    all = all.stream().sorted(Diagnostic.ORDER).toList();
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  public long count(Severity severity) {
    return all.stream().filter(d -> d.severity() == severity).count();
  }

  /** Whether the file has any error; such a file is never scored. */
  public boolean hasErrors(String file) {
    return all.stream().anyMatch(d -> d.severity() == Severity.ERROR && d.file().equals(file));
  }

  public List<Diagnostic> forFile(String file) {
    return all.stream().filter(d -> d.file().equals(file)).toList();
  }

  public Diagnostics plus(Diagnostics other) {
    return new Diagnostics(Stream.concat(all.stream(), other.all.stream()).toList());
  }
}
