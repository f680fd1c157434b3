package org.opendti.rank;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names in Vietnamese collation, as readers expect (Đ after D, tones ignored first), with the
 * numbers in them in numeric order: "Phường 2" before "Phường 10", "Huyện Mẫu An 11" before "Huyện
 * Mẫu An 101". The order of the {@code vi} {@link Collator} on each name with every run of ASCII
 * digits written with {@value #WIDTH} digits (leading zeros dropped, then added: "Phường 0…02"), so
 * that comparing digits compares values; names equal so ("Phường 01", "Phường 1") are then in the
 * collator's order of the names as written. (A number of more than {@value #WIDTH} digits is
 * compared by its digits.) For names without digits this is the collator's own order.
 *
 * <p>Each name's keys are computed once: comparing {@link CollationKey}s compares bytes, where
 * {@link Collator#compare} normalises and walks both names again on every comparison (and is
 * synchronised, so rendering threads queued on it); sorting 10,000 units' names for each page that
 * lists them was a seventh of a 10,000-unit publish's CPU. Thread-safe.
 */
public final class NameOrder implements Comparator<String> {

  /** Digits a number is written with for comparing. */
  static final int WIDTH = 20;

  private final Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
  private final Map<String, Key> keys = new ConcurrentHashMap<>();

  @Override
  public int compare(String a, String b) {
    return key(a).compareTo(key(b));
  }

  private Key key(String name) {
    // RuleBasedCollator.getCollationKey is synchronised: safe to share across threads.
    return keys.computeIfAbsent(name, this::keyOf);
  }

  private Key keyOf(String name) {
    String padded = padNumbers(name);
    CollationKey whole = collator.getCollationKey(name);
    return new Key(padded.equals(name) ? whole : collator.getCollationKey(padded), whole);
  }

  /** {@code name} with each run of ASCII digits written with {@link #WIDTH} digits. */
  static String padNumbers(String name) {
    StringBuilder out = null;
    int i = 0;
    while (i < name.length()) {
      if (!isDigit(name.charAt(i))) {
        if (out != null) {
          out.append(name.charAt(i));
        }
        i++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder(name.length() + WIDTH).append(name, 0, i);
      }
      int end = i;
      while (end < name.length() && isDigit(name.charAt(end))) {
        end++;
      }
      int first = i;
      while (first < end - 1 && name.charAt(first) == '0') {
        first++;
      }
      out.append("0".repeat(Math.max(0, WIDTH - (end - first)))).append(name, first, end);
      i = end;
    }
    return out == null ? name : out.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The collation key of the name with its numbers padded, then of the name as written. */
  private record Key(CollationKey padded, CollationKey whole) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int c = padded.compareTo(other.padded);
      return c != 0 ? c : whole.compareTo(other.whole);
    }
  }
}
