package org.opendti.load.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Localized;
import org.opendti.diagnostic.Text;
import org.opendti.load.SourceIndex;
import org.opendti.load.SourceLocation;

/**
 * Turns json-schema-validator messages into located diagnostics with stable codes, naming the field
 * and the bad value, with hints (the catalogue words them in Vietnamese and English).
 */
final class SchemaMessages {

  private final JsonNode schema;
  private final JsonDocument document;
  private final DiagnosticSink sink;

  SchemaMessages(JsonNode schema, JsonDocument document, DiagnosticSink sink) {
    this.schema = schema;
    this.document = document;
    this.sink = sink;
  }

  void report(List<ValidationMessage> messages) {
    for (ValidationMessage m : messages) {
      // A failed oneOf also reports why each branch failed; the oneOf message says it better.
      if (fragment(m).contains("/oneOf/")) {
        continue;
      }
      reportOne(m);
    }
  }

  private void reportOne(ValidationMessage m) {
    String pointer = pointer(m.getInstanceLocation());
    JsonNode value = m.getInstanceNode();
    String field = Values.label(pointer, document.root());
    switch (m.getType()) {
      case "type" -> typeError(pointer, field, value, m.getSchemaNode());
      case "required" -> required(m, pointer, m.getProperty());
      // A field another one needs ("unitEnOne" without "unitEn"): missing as a required one is.
      case "dependentRequired" -> required(m, pointer, String.valueOf(m.getArguments()[0]));
      case "additionalProperties" -> unknownProperty(m, pointer, m.getProperty());
      case "enum", "const" -> enumError(pointer, field, value, m.getSchemaNode());
      case "pattern" -> Patterns.report(document, sink, pointer, field, value, m.getSchemaNode());
      case "propertyNames" -> propertyName(pointer, field, m.getProperty());
      case "minimum", "exclusiveMinimum" ->
          error(
              Code.SCHEMA_MINIMUM,
              pointer,
              field,
              Values.show(value),
              Text.of(
                  m.getType().equals("minimum") ? "phrase.at-least" : "phrase.greater-than",
                  limit(m.getSchemaNode())));
      case "maximum", "exclusiveMaximum" ->
          error(
              Code.SCHEMA_MAXIMUM,
              pointer,
              field,
              Values.show(value),
              Text.of(
                  m.getType().equals("maximum") ? "phrase.at-most" : "phrase.less-than",
                  limit(m.getSchemaNode())),
              field.equals("fraction") || field.equals("minShare")
                  ? Text.of("phrase.hint-share")
                  : "");
      case "minItems" -> error(Code.SCHEMA_MIN_ITEMS, pointer, field, limit(m.getSchemaNode()));
      case "minLength" -> error(Code.SCHEMA_MIN_LENGTH, pointer, field);
      case "uniqueItems" -> error(Code.SCHEMA_UNIQUE_ITEMS, pointer, field);
      case "oneOf" -> oneOf(pointer, field, value, m.getSchemaNode());
      // Keywords the project's schemas do not use: the validator's own (English) words.
      default -> error(Code.SCHEMA_OTHER, pointer, m.getType(), m.getMessage());
    }
  }

  /** A schema's bound: a number, written per language, or its text. */
  private static Object limit(JsonNode bound) {
    return bound.isNumber() ? bound.decimalValue() : bound.asText();
  }

  private void typeError(String pointer, String field, JsonNode value, JsonNode types) {
    Object subject = pointer.isEmpty() ? Text.of("phrase.the-file") : "\"" + field + "\"";
    Text hint = Values.typeHint(pointer, value, types.toString());
    error(
        Code.SCHEMA_TYPE,
        pointer,
        subject,
        Values.describeTypes(types),
        Values.describe(value),
        hint == null ? "" : hint);
  }

  private void required(ValidationMessage m, String parent, String property) {
    Object where =
        parent.isEmpty()
            ? Text.of("phrase.the-file")
            : "\"" + Values.label(parent, document.root()) + "\"";
    String owner = fragment(m).replaceFirst("/(required|dependentRequired(/.*)?)$", "");
    JsonNode description = schema.at(owner).path("properties").path(property).path("description");
    SourceLocation location = document.locate(parent);
    sink.error(
        Code.SCHEMA_REQUIRED,
        document.file(),
        location,
        parent + "/" + SourceIndex.escape(property),
        where,
        property,
        description.isTextual() ? Described.of(description.asText()) : "");
  }

  /**
   * A field's description in the schema, written "tiếng Việt / English" (as every description in
   * {@code schemas/} is): the reader's half, as " (…)" after the field's name.
   */
  record Described(String vi, String en) implements Localized {

    static Described of(String description) {
      int slash = description.indexOf(" / ");
      return slash < 0
          ? new Described(description, description)
          : new Described(description.substring(0, slash), description.substring(slash + 3));
    }

    @Override
    public String in(Lang lang) {
      return " (" + lang.pick(vi, en) + ")";
    }
  }

  private void unknownProperty(ValidationMessage m, String parent, String property) {
    String pointer = parent + "/" + SourceIndex.escape(property);
    String owner = fragment(m).replaceFirst("/additionalProperties$", "");
    List<String> allowed = new ArrayList<>();
    Iterator<String> names = schema.at(owner).path("properties").fieldNames();
    names.forEachRemaining(allowed::add);
    String closest = Values.closest(property, allowed);
    Text hint =
        closest != null
            ? Text.of("phrase.hint-did-you-mean", closest)
            : Text.of("phrase.hint-allowed-fields", allowed);
    sink.error(
        Code.SCHEMA_ADDITIONAL_PROPERTY,
        document.file(),
        document.locateKey(pointer),
        pointer,
        property,
        hint);
  }

  private void enumError(String pointer, String field, JsonNode value, JsonNode allowedNode) {
    List<String> allowed = new ArrayList<>();
    if (allowedNode.isArray()) {
      allowedNode.forEach(v -> allowed.add(v.asText()));
    } else {
      allowed.add(allowedNode.asText());
    }
    String closest = value.isTextual() ? Values.closest(value.asText(), allowed) : null;
    error(
        Code.SCHEMA_ENUM,
        pointer,
        field,
        Values.show(value),
        allowed,
        closest != null ? Text.of("phrase.hint-did-you-mean", closest) : "");
  }

  private void propertyName(String parent, String field, String property) {
    String pointer = parent + "/" + SourceIndex.escape(property);
    boolean answers = field.equals("answers");
    sink.error(
        Code.SCHEMA_PROPERTY_NAME,
        document.file(),
        document.locateKey(pointer),
        pointer,
        property,
        field,
        Text.of(answers ? "phrase.key-criterion-id" : "phrase.key-input-id"),
        Text.of(answers ? "phrase.hint-criterion-key" : "phrase.hint-input-key"));
  }

  private void oneOf(String pointer, String field, JsonNode value, JsonNode branches) {
    if (!value.isObject()) {
      return; // its type error says it all
    }
    List<String> choices = new ArrayList<>();
    branches.forEach(b -> b.path("required").forEach(r -> choices.add(r.asText())));
    List<String> present = choices.stream().filter(value::has).toList();
    List<String> quoted = choices.stream().map(c -> "\"" + c + "\"").toList();
    if (present.size() > 1) {
      error(Code.SCHEMA_ONE_OF_MANY, pointer, field, present, quoted);
    } else {
      error(Code.SCHEMA_ONE_OF, pointer, field, quoted);
    }
  }

  private void error(Code code, String pointer, Object... args) {
    sink.error(code, document.file(), document.locate(pointer), pointer, args);
  }

  private static String fragment(ValidationMessage m) {
    String location = String.valueOf(m.getSchemaLocation());
    int hash = location.indexOf('#');
    return hash < 0 ? "" : location.substring(hash + 1);
  }

  static String pointer(JsonNodePath path) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      s.append('/').append(SourceIndex.escape(String.valueOf(path.getElement(i))));
    }
    return s.toString();
  }
}
