package org.opendti.policy.internal;

import java.util.regex.Pattern;

/**
 * A path glob as in {@code policy/access.json} and {@code .gitignore}: {@code *} and {@code ?} stay
 * within one path segment, {@code **} crosses segments, and {@code **}{@code /x} also matches
 * {@code x} at the root. Patterns are anchored at the repository root.
 *
 * <p>Example: {@code **}{@code /pom.xml} matches {@code pom.xml} and {@code generator/pom.xml};
 * {@code .github/**} matches everything under {@code .github/}.
 */
public record Glob(String pattern, Pattern regex) {

  public static Glob of(String pattern) {
    StringBuilder re = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (pattern.startsWith("**/", i)) {
        re.append("(?:.*/)?");
        i += 3;
      } else if (pattern.startsWith("**", i)) {
        re.append(".*");
        i += 2;
      } else if (c == '*') {
        re.append("[^/]*");
        i++;
      } else if (c == '?') {
        re.append("[^/]");
        i++;
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return new Glob(pattern, Pattern.compile(re.toString()));
  }

  public boolean matches(String path) {
    return regex.matcher(path).matches();
  }

  /**
   * The same pattern in CODEOWNERS syntax, where a pattern without a slash matches at any depth:
   * anchoring with a leading {@code /} keeps {@code pom.xml} meaning the root's only.
   */
  public String codeowners() {
    return pattern.startsWith("**/") ? pattern : "/" + pattern;
  }
}
