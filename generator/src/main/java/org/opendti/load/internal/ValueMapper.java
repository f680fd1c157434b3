package org.opendti.load.internal;

import java.util.regex.Pattern;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Text;
import org.opendti.model.InputKind;
import org.opendti.model.Value;

/**
 * Maps an input or profile value to a {@link Value}: by the declared {@link InputKind} when the
 * framework is known, otherwise by its JSON type (a yyyy-MM-dd string is a date).
 */
final class ValueMapper {

  private static final Pattern DATE = Pattern.compile(Patterns.DATE);

  private ValueMapper() {}

  /** The value, or null after reporting a value of the wrong type. */
  static Value map(Node node, InputKind kind, Text what) {
    if (kind == null) {
      return byJsonType(node);
    }
    switch (kind) {
      case COUNT, NUMBER, PERCENT, MONEY, POINTS -> {
        if (node.json().isNumber()) {
          return node.strings().number(Node.decimal(node.json()));
        }
      }
      case BOOLEAN -> {
        if (node.json().isBoolean()) {
          return Value.Bool.of(node.json().asBoolean());
        }
      }
      case CHOICE -> {
        if (node.json().isTextual()) {
          return new Value.Text(node.text());
        }
      }
      case DATE -> {
        if (node.json().isTextual() && DATE.matcher(node.json().asText()).matches()) {
          java.time.LocalDate date = node.date();
          return date == null ? null : new Value.Date(date);
        }
      }
      default -> throw new IllegalStateException("unknown kind " + kind);
    }
    wrongType(node, kind, what);
    return null;
  }

  private static Value byJsonType(Node node) {
    if (node.json().isNumber()) {
      return node.strings().number(Node.decimal(node.json()));
    }
    if (node.json().isBoolean()) {
      return Value.Bool.of(node.json().asBoolean());
    }
    if (DATE.matcher(node.json().asText()).matches()) {
      java.time.LocalDate date = node.date();
      return date == null ? null : new Value.Date(date);
    }
    return new Value.Text(node.text());
  }

  private static void wrongType(Node node, InputKind kind, Text what) {
    Text expected =
        Text.of(
            switch (kind) {
              case BOOLEAN -> "phrase.expect-boolean";
              case CHOICE -> "phrase.expect-option-quoted";
              case DATE -> "phrase.expect-date-quoted";
              default -> "phrase.expect-number";
            });
    String jsonType =
        switch (kind) {
          case BOOLEAN -> "boolean";
          case CHOICE, DATE -> "string";
          default -> "number";
        };
    Text hint = Values.typeHint(node.pointer(), node.json(), jsonType);
    if (hint == null && kind == InputKind.DATE) {
      hint = Patterns.dateHint(node.json().asText());
    }
    node.sink()
        .error(
            Code.INPUT_TYPE,
            node.document().file(),
            node.document().locate(node.pointer()),
            node.pointer(),
            what,
            Text.of("phrase.kind-" + kind.jsonName()),
            expected,
            Values.describe(node.json()),
            hint == null ? "" : hint);
  }
}
