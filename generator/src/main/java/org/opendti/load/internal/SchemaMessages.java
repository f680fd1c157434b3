package org.opendti.load.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.opendti.load.SourceIndex;
import org.opendti.load.SourceLocation;

/**
 * Turns json-schema-validator messages into located diagnostics with stable codes, plain English
 * messages naming the field and the bad value, and hints.
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
      case "additionalProperties" -> unknownProperty(m, pointer, m.getProperty());
      case "enum", "const" -> enumError(pointer, field, value, m.getSchemaNode());
      case "pattern" -> Patterns.report(document, sink, pointer, field, value, m.getSchemaNode());
      case "propertyNames" -> propertyName(pointer, field, m.getProperty());
      case "minimum", "exclusiveMinimum" ->
          error(
              "schema-minimum",
              pointer,
              "\""
                  + field
                  + "\" is "
                  + Values.show(value)
                  + ", but it must be "
                  + (m.getType().equals("minimum") ? "at least " : "greater than ")
                  + m.getSchemaNode().asText(),
              null);
      case "maximum", "exclusiveMaximum" ->
          error(
              "schema-maximum",
              pointer,
              "\""
                  + field
                  + "\" is "
                  + Values.show(value)
                  + ", but it must be "
                  + (m.getType().equals("maximum") ? "at most " : "less than ")
                  + m.getSchemaNode().asText(),
              field.equals("fraction") || field.equals("minShare")
                  ? "a share is written from 0 to 1: 0.5, not 50"
                  : null);
      case "minItems" ->
          error(
              "schema-min-items",
              pointer,
              "\"" + field + "\" needs at least " + m.getSchemaNode().asText() + " item(s)",
              null);
      case "minLength" ->
          error("schema-min-length", pointer, "\"" + field + "\" must not be empty", null);
      case "oneOf" -> oneOf(pointer, field, value, m.getSchemaNode());
      default ->
          error(
              "schema-" + m.getType().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(),
              pointer,
              m.getMessage(),
              null);
    }
  }

  private void typeError(String pointer, String field, JsonNode value, JsonNode types) {
    String expected = Values.describeTypes(types);
    String subject = pointer.isEmpty() ? "the file" : "\"" + field + "\"";
    String message = subject + " must be " + expected + ", not " + Values.describe(value);
    error("schema-type", pointer, message, Values.typeHint(pointer, value, types.toString()));
  }

  private void required(ValidationMessage m, String parent, String property) {
    String where =
        parent.isEmpty() ? "the file" : "\"" + Values.label(parent, document.root()) + "\"";
    String owner = fragment(m).replaceFirst("/required$", "");
    JsonNode description = schema.at(owner).path("properties").path(property).path("description");
    error(
        "schema-required",
        parent + "/" + SourceIndex.escape(property),
        parent,
        where + " is missing the required field \"" + property + "\"",
        "add \""
            + property
            + "\""
            + (description.isTextual() ? " (" + description.asText() + ")" : ""));
  }

  private void unknownProperty(ValidationMessage m, String parent, String property) {
    String pointer = parent + "/" + SourceIndex.escape(property);
    String owner = fragment(m).replaceFirst("/additionalProperties$", "");
    List<String> allowed = new ArrayList<>();
    Iterator<String> names = schema.at(owner).path("properties").fieldNames();
    names.forEachRemaining(allowed::add);
    String closest = Values.closest(property, allowed);
    String hint =
        closest != null
            ? "did you mean \"" + closest + "\"?"
            : "allowed fields here: " + String.join(", ", allowed);
    sink.error(
        "schema-additional-property",
        document.file(),
        document.locateKey(pointer),
        pointer,
        "unknown field \"" + property + "\"",
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
        "schema-enum",
        pointer,
        "\""
            + field
            + "\" is "
            + Values.show(value)
            + ", which is not one of: "
            + String.join(", ", allowed),
        closest != null ? "did you mean \"" + closest + "\"?" : null);
  }

  private void propertyName(String parent, String field, String property) {
    String pointer = parent + "/" + SourceIndex.escape(property);
    String what = field.equals("answers") ? "a criterion id like 6.3" : "a lowercase ASCII id";
    sink.error(
        "schema-property-name",
        document.file(),
        document.locateKey(pointer),
        pointer,
        "the key \"" + property + "\" in \"" + field + "\" is not " + what,
        field.equals("answers")
            ? "use the criterion's id exactly as the framework writes it"
            : "use the input's id exactly as the framework writes it");
  }

  private void oneOf(String pointer, String field, JsonNode value, JsonNode branches) {
    if (!value.isObject()) {
      return; // its type error says it all
    }
    List<String> choices = new ArrayList<>();
    branches.forEach(b -> b.path("required").forEach(r -> choices.add(r.asText())));
    List<String> present = choices.stream().filter(value::has).toList();
    String quoted = String.join(", ", choices.stream().map(c -> "\"" + c + "\"").toList());
    String message =
        present.size() > 1
            ? "\""
                + field
                + "\" has "
                + String.join(" and ", present)
                + "; give only one of "
                + quoted
            : "\"" + field + "\" needs one of " + quoted;
    error("schema-one-of", pointer, message, null);
  }

  private void error(String code, String pointer, String message, String hint) {
    error(code, pointer, pointer, message, hint);
  }

  private void error(String code, String pointer, String at, String message, String hint) {
    SourceLocation location = document.locate(at);
    sink.error(code, document.file(), location, pointer, message, hint);
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
