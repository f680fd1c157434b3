package org.opendti.load.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A quick test for the schemas' simplest patterns, {@code ^} then ASCII classes or letters each
 * with {@code *}, {@code +} or {@code {n}}, then {@code $} (ids, dates): true only when the value
 * is made of them in order, which the JDK's regex then matches too; false says nothing, and the
 * regex decides. A registry has two such values per unit, and a fresh JVM ran the regex engine for
 * each of them.
 */
final class QuickPattern implements Predicate<String> {

  private static final int MANY = Integer.MAX_VALUE;

  private record Item(boolean[] chars, int min, int max) {}

  private final List<Item> items;

  private QuickPattern(List<Item> items) {
    this.items = items;
  }

  /** The quick test of {@code regex}, or null when it is not of the simple form. */
  static QuickPattern of(String regex) {
    if (regex.length() < 2 || regex.charAt(0) != '^' || !regex.endsWith("$")) {
      return null;
    }
    String body = regex.substring(1, regex.length() - 1);
    List<Item> items = new ArrayList<>();
    int i = 0;
    while (i < body.length()) {
      boolean[] chars = new boolean[128];
      char c = body.charAt(i);
      if (c == '[') {
        int j = i + 1;
        if (j < body.length() && body.charAt(j) == '^') {
          return null;
        }
        while (j < body.length() && body.charAt(j) != ']') {
          char a = body.charAt(j);
          if (a >= 128 || a == '\\' || a == '[' || a == '&') {
            return null;
          }
          if (j + 2 < body.length() && body.charAt(j + 1) == '-' && body.charAt(j + 2) != ']') {
            char b = body.charAt(j + 2);
            if (!alphanumeric(a) || !alphanumeric(b) || a > b) {
              return null;
            }
            for (char x = a; x <= b; x++) {
              chars[x] = true;
            }
            j += 3;
          } else {
            chars[a] = true;
            j++;
          }
        }
        if (j >= body.length()) {
          return null;
        }
        i = j + 1;
      } else if (alphanumeric(c) || c == '-' || c == '_') {
        chars[c] = true;
        i++;
      } else {
        return null;
      }
      int min = 1;
      int max = 1;
      if (i < body.length() && body.charAt(i) == '*') {
        min = 0;
        max = MANY;
        i++;
      } else if (i < body.length() && body.charAt(i) == '+') {
        max = MANY;
        i++;
      } else if (i < body.length() && body.charAt(i) == '{') {
        int close = body.indexOf('}', i);
        if (close < 0 || !body.substring(i + 1, close).matches("[0-9]{1,4}")) {
          return null;
        }
        min = max = Integer.parseInt(body.substring(i + 1, close));
        i = close + 1;
      }
      items.add(new Item(chars, min, max));
    }
    return new QuickPattern(List.copyOf(items));
  }

  /** Each item takes as many characters as it may, in order; the value must be used up. */
  @Override
  public boolean test(String value) {
    int at = 0;
    for (Item item : items) {
      int n = 0;
      while (n < item.max
          && at < value.length()
          && value.charAt(at) < 128
          && item.chars[value.charAt(at)]) {
        n++;
        at++;
      }
      if (n < item.min) {
        return false;
      }
    }
    return at == value.length();
  }

  private static boolean alphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
