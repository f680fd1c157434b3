package org.opendti.validate;

import java.math.BigDecimal;
import org.opendti.diagnostic.Named;
import org.opendti.diagnostic.Text;
import org.opendti.load.SourceIndex;
import org.opendti.model.Criterion;
import org.opendti.model.Group;
import org.opendti.model.InputKind;

/** Arguments shared by the checks' messages: numbers, names quoted, pointers escaped. */
final class Texts {

  private Texts() {}

  /** A number, written per language by the catalogue; "∞" for null. */
  static Object num(BigDecimal n) {
    return n == null ? "∞" : n;
  }

  /**
   * {@code 3.1 “name”}: the catalogue's messages say "criterion" / "tiêu chí" before it. The name
   * is in English where the framework has it (a page marks a Vietnamese one, {@link Named}).
   */
  static Text criterion(Criterion c) {
    return Text.of("phrase.criterion", c.id(), new Named(c.name(), c.nameEn()));
  }

  /** {@code pillar II “name”} or {@code group I.1 “name”}, at the start of a sentence. */
  static Text group(Group g, boolean pillar) {
    return Text.of(
        pillar ? "phrase.pillar" : "phrase.group", g.id(), new Named(g.name(), g.nameEn()));
  }

  /** An input kind as the reader calls it: "count" in English, "số đếm (count)" in Vietnamese. */
  static Text kind(InputKind kind) {
    return Text.of("phrase.kind-" + kind.jsonName());
  }

  /** An RFC 6901 pointer from raw segments, each escaped. */
  static String pointer(Object... segments) {
    StringBuilder out = new StringBuilder();
    for (Object s : segments) {
      out.append('/').append(SourceIndex.escape(String.valueOf(s)));
    }
    return out.toString();
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
