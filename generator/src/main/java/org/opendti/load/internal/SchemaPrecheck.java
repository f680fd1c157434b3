package org.opendti.load.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A fast check that a document certainly satisfies a JSON Schema, so that the full validator (and
 * its messages) is needed only for the rare document that may not: the full validator took two
 * fifths of the time of loading a clean submission.
 *
 * <p>Sound, not complete: {@link #certainlyValid} answers true only when the full validator would
 * report nothing; whatever it cannot decide (a failed bound, pattern or enum, an unusual number) is
 * left to the full validator. A schema using a keyword this class does not know is never
 * prechecked. Immutable and thread-safe.
 */
final class SchemaPrecheck {

  /** Keywords that never affect validity. */
  private static final Set<String> ANNOTATIONS =
      Set.of("$schema", "$comment", "$defs", "title", "description", "examples", "default");

  /** What a (sub)schema says of a value: certainly valid, certainly invalid, or cannot tell. */
  enum Verdict {
    VALID,
    INVALID,
    UNSURE;

    Verdict and(Verdict other) {
      if (this == INVALID || other == INVALID) {
        return INVALID;
      }
      return this == UNSURE || other == UNSURE ? UNSURE : VALID;
    }
  }

  /** One compiled keyword (or a whole subschema). */
  @FunctionalInterface
  private interface Rule {
    Verdict check(JsonNode value);
  }

  private final Rule root;

  private SchemaPrecheck(Rule root) {
    this.root = root;
  }

  /** The precheck of {@code schema}, or empty when the schema uses a keyword it does not know. */
  static Optional<SchemaPrecheck> compile(JsonNode schema) {
    try {
      return Optional.of(new SchemaPrecheck(new Compiler(schema).schema(schema, true)));
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  /** True only if the full validator would find no problem with {@code value}. */
  boolean certainlyValid(JsonNode value) {
    return root.check(value) == Verdict.VALID;
  }

  /** Thrown while compiling a schema this class cannot check soundly. */
  private static final class Unsupported extends RuntimeException {
    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  /** Compiles one schema document; local {@code $ref}s are compiled once each, cycles allowed. */
  private static final class Compiler {
    private final JsonNode document;
    private final Map<String, Rule[]> refs = new HashMap<>();

    Compiler(JsonNode document) {
      this.document = document;
    }

    Rule schema(JsonNode s, boolean top) {
      if (s.isBoolean()) {
        Verdict v = s.booleanValue() ? Verdict.VALID : Verdict.INVALID;
        return value -> v;
      }
      if (!s.isObject()) {
        throw new Unsupported("schema " + s);
      }
      List<Rule> rules = new ArrayList<>();
      JsonNode properties = s.get("properties");
      Iterator<Map.Entry<String, JsonNode>> fields = s.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        String keyword = f.getKey();
        JsonNode arg = f.getValue();
        if (ANNOTATIONS.contains(keyword) || (top && keyword.equals("$id"))) {
          continue;
        }
        rules.add(
            switch (keyword) {
              case "type" -> type(arg);
              case "properties" -> properties(arg);
              case "additionalProperties" -> additional(arg, properties);
              case "required" -> required(arg);
              case "dependentRequired" -> dependentRequired(arg);
              case "propertyNames" -> propertyNames(arg);
              case "pattern" -> pattern(arg);
              case "enum" -> oneOfTexts(arg);
              case "const" -> oneOfTexts(JsonNodeFactory.instance.arrayNode().add(arg));
              case "minLength" -> minLength(arg);
              case "minimum" -> bound(arg, c -> c >= 0);
              case "exclusiveMinimum" -> bound(arg, c -> c > 0);
              case "maximum" -> bound(arg, c -> c <= 0);
              case "exclusiveMaximum" -> bound(arg, c -> c < 0);
              case "minItems" -> minItems(arg);
              case "items" -> items(arg);
              case "allOf" -> allOf(arg);
              case "anyOf" -> anyOf(arg);
              case "oneOf" -> oneOf(arg);
              case "not" -> not(arg);
              case "if" -> ifThenElse(arg, s.get("then"), s.get("else"));
              case "then", "else" -> value -> Verdict.VALID; // part of "if"
              case "$ref" -> ref(arg);
              default -> throw new Unsupported(keyword);
            });
      }
      Rule[] all = rules.toArray(Rule[]::new);
      return value -> {
        Verdict v = Verdict.VALID;
        for (Rule r : all) {
          v = v.and(r.check(value));
          if (v == Verdict.INVALID) {
            return v;
          }
        }
        return v;
      };
    }

    private Rule ref(JsonNode arg) {
      String ref = arg.asText();
      if (!ref.startsWith("#")) {
        throw new Unsupported("$ref " + ref);
      }
      String pointer = ref.substring(1);
      Rule[] target = refs.get(pointer);
      if (target == null) {
        target = new Rule[1];
        refs.put(pointer, target);
        JsonNode s = document.at(pointer);
        if (s.isMissingNode()) {
          throw new Unsupported("$ref " + ref);
        }
        target[0] = schema(s, false);
      }
      Rule[] resolved = target;
      return value -> resolved[0].check(value);
    }

    private static Rule type(JsonNode arg) {
      List<String> types = new ArrayList<>();
      if (arg.isTextual()) {
        types.add(arg.asText());
      } else if (arg.isArray()) {
        arg.forEach(t -> types.add(t.asText()));
      } else {
        throw new Unsupported("type " + arg);
      }
      for (String t : types) {
        if (!Set.of("object", "array", "string", "number", "integer", "boolean", "null")
            .contains(t)) {
          throw new Unsupported("type " + t);
        }
      }
      return value -> {
        Verdict v = Verdict.INVALID;
        for (String t : types) {
          Verdict one = isType(value, t);
          if (one == Verdict.VALID) {
            return one;
          }
          if (one == Verdict.UNSURE) {
            v = one;
          }
        }
        return v;
      };
    }

    private static Verdict isType(JsonNode value, String type) {
      return switch (type) {
        case "object" -> verdict(value.isObject());
        case "array" -> verdict(value.isArray());
        case "string" -> verdict(value.isTextual());
        case "boolean" -> verdict(value.isBoolean());
        case "null" -> verdict(value.isNull());
        case "number" -> verdict(value.isNumber());
        // An integral decimal such as 1.0 may or may not count as an integer.
        default ->
            value.isIntegralNumber()
                ? Verdict.VALID
                : value.isNumber() ? Verdict.UNSURE : Verdict.INVALID;
      };
    }

    private static Verdict verdict(boolean valid) {
      return valid ? Verdict.VALID : Verdict.INVALID;
    }

    private Rule properties(JsonNode arg) {
      Map<String, Rule> byName = new HashMap<>();
      arg.fields().forEachRemaining(e -> byName.put(e.getKey(), schema(e.getValue(), false)));
      return value -> {
        if (!value.isObject()) {
          return Verdict.VALID;
        }
        Verdict v = Verdict.VALID;
        for (Map.Entry<String, Rule> e : byName.entrySet()) {
          JsonNode member = value.get(e.getKey());
          if (member != null) {
            v = v.and(e.getValue().check(member));
            if (v == Verdict.INVALID) {
              return v;
            }
          }
        }
        return v;
      };
    }

    private Rule additional(JsonNode arg, JsonNode properties) {
      Set<String> declared = new java.util.HashSet<>();
      if (properties != null) {
        properties.fieldNames().forEachRemaining(declared::add);
      }
      Rule rule = schema(arg, false);
      return value -> {
        if (!value.isObject()) {
          return Verdict.VALID;
        }
        Verdict v = Verdict.VALID;
        Iterator<Map.Entry<String, JsonNode>> members = value.fields();
        while (members.hasNext()) {
          Map.Entry<String, JsonNode> m = members.next();
          if (!declared.contains(m.getKey())) {
            v = v.and(rule.check(m.getValue()));
            if (v == Verdict.INVALID) {
              return v;
            }
          }
        }
        return v;
      };
    }

    private static Rule required(JsonNode arg) {
      List<String> names = new ArrayList<>();
      arg.forEach(n -> names.add(n.asText()));
      return value -> {
        if (!value.isObject()) {
          return Verdict.VALID;
        }
        for (String n : names) {
          if (value.get(n) == null) {
            return Verdict.INVALID;
          }
        }
        return Verdict.VALID;
      };
    }

    /** Each listed field, when present, needs the fields it names ({@code required} for them). */
    private static Rule dependentRequired(JsonNode arg) {
      List<Map.Entry<String, Rule>> rules = new ArrayList<>();
      arg.fields().forEachRemaining(e -> rules.add(Map.entry(e.getKey(), required(e.getValue()))));
      return value -> {
        if (!value.isObject()) {
          return Verdict.VALID;
        }
        for (Map.Entry<String, Rule> r : rules) {
          if (value.get(r.getKey()) != null && r.getValue().check(value) == Verdict.INVALID) {
            return Verdict.INVALID;
          }
        }
        return Verdict.VALID;
      };
    }

    private Rule propertyNames(JsonNode arg) {
      Rule rule = schema(arg, false);
      return value -> {
        if (!value.isObject()) {
          return Verdict.VALID;
        }
        Verdict v = Verdict.VALID;
        Iterator<String> names = value.fieldNames();
        while (names.hasNext()) {
          v = v.and(rule.check(TextNode.valueOf(names.next())));
          if (v == Verdict.INVALID) {
            return v;
          }
        }
        return v;
      };
    }

    /** The full validator compiles the same pattern with the JDK and searches (find) it. */
    private static Rule pattern(JsonNode arg) {
      Pattern p = Pattern.compile(arg.asText());
      java.util.function.Predicate<String> quick = QuickPattern.of(arg.asText());
      return value ->
          !value.isTextual()
                  || (quick != null && quick.test(value.textValue()))
                  || p.matcher(value.textValue()).find()
              ? Verdict.VALID
              : Verdict.UNSURE;
    }

    private static Rule oneOfTexts(JsonNode arg) {
      List<String> texts = new ArrayList<>();
      arg.forEach(
          e -> {
            if (e.isTextual()) {
              texts.add(e.textValue());
            }
          });
      // A text equals only an equal text: with loose typing off, the full validator agrees.
      return value -> {
        if (!value.isTextual()) {
          return Verdict.UNSURE;
        }
        return texts.contains(value.textValue()) ? Verdict.VALID : Verdict.INVALID;
      };
    }

    private static Rule minLength(JsonNode arg) {
      int min = arg.intValue();
      return value -> {
        if (!value.isTextual()) {
          return Verdict.VALID;
        }
        String t = value.textValue();
        return t.codePointCount(0, t.length()) >= min ? Verdict.VALID : Verdict.UNSURE;
      };
    }

    /** The full validator compares exact decimals; so does this, and leaves a failure to it. */
    private static Rule bound(JsonNode arg, java.util.function.IntPredicate holds) {
      if (!arg.isNumber()) {
        throw new Unsupported("bound " + arg);
      }
      BigDecimal limit = new BigDecimal(arg.asText());
      return value -> {
        if (!value.isNumber()) {
          return Verdict.VALID;
        }
        if (!value.isBigDecimal() && !value.isBigInteger()) {
          return Verdict.UNSURE;
        }
        return holds.test(value.decimalValue().compareTo(limit)) ? Verdict.VALID : Verdict.UNSURE;
      };
    }

    private static Rule minItems(JsonNode arg) {
      int min = arg.intValue();
      return value -> !value.isArray() || value.size() >= min ? Verdict.VALID : Verdict.UNSURE;
    }

    private Rule items(JsonNode arg) {
      if (arg.isArray()) {
        throw new Unsupported("items as an array");
      }
      Rule rule = schema(arg, false);
      return value -> {
        if (!value.isArray()) {
          return Verdict.VALID;
        }
        Verdict v = Verdict.VALID;
        for (JsonNode item : value) {
          v = v.and(rule.check(item));
          if (v == Verdict.INVALID) {
            return v;
          }
        }
        return v;
      };
    }

    private Rule[] each(JsonNode arg) {
      if (!arg.isArray() || arg.isEmpty()) {
        throw new Unsupported("subschemas " + arg);
      }
      Rule[] rules = new Rule[arg.size()];
      for (int i = 0; i < rules.length; i++) {
        rules[i] = schema(arg.get(i), false);
      }
      return rules;
    }

    private Rule allOf(JsonNode arg) {
      Rule[] rules = each(arg);
      return value -> {
        Verdict v = Verdict.VALID;
        for (Rule r : rules) {
          v = v.and(r.check(value));
        }
        return v;
      };
    }

    private Rule anyOf(JsonNode arg) {
      Rule[] rules = each(arg);
      return value -> {
        Verdict v = Verdict.INVALID;
        for (Rule r : rules) {
          Verdict one = r.check(value);
          if (one == Verdict.VALID) {
            return one;
          }
          if (one == Verdict.UNSURE) {
            v = one;
          }
        }
        return v;
      };
    }

    private Rule oneOf(JsonNode arg) {
      Rule[] rules = each(arg);
      return value -> {
        int valid = 0;
        for (Rule r : rules) {
          Verdict one = r.check(value);
          if (one == Verdict.UNSURE) {
            return one;
          }
          if (one == Verdict.VALID) {
            valid++;
          }
        }
        return valid == 1 ? Verdict.VALID : Verdict.INVALID;
      };
    }

    private Rule not(JsonNode arg) {
      Rule rule = schema(arg, false);
      return value ->
          switch (rule.check(value)) {
            case VALID -> Verdict.INVALID;
            case INVALID -> Verdict.VALID;
            case UNSURE -> Verdict.UNSURE;
          };
    }

    private Rule ifThenElse(JsonNode condition, JsonNode then, JsonNode otherwise) {
      Rule test = schema(condition, false);
      Rule yes = then == null ? value -> Verdict.VALID : schema(then, false);
      Rule no = otherwise == null ? value -> Verdict.VALID : schema(otherwise, false);
      return value ->
          switch (test.check(value)) {
            case VALID -> yes.check(value);
            case INVALID -> no.check(value);
            case UNSURE -> Verdict.UNSURE;
          };
    }
  }
}
