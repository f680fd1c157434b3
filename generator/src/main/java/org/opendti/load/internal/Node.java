package org.opendti.load.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.opendti.diagnostic.Code;
import org.opendti.load.SourceIndex;

/**
 * A JSON value with its pointer, read by the mappers. Documents reaching the mappers passed the
 * schema, so types are right; only what a schema cannot check (real calendar dates) is reported
 * here. Every string comes out NFC-normalised: seed {@code 001_…} is stored decomposed (NFD) and
 * must compare equal to the others (docs/formats.md).
 */
final class Node {

  private final JsonNode json;
  private final Node parent;
  // The member name, or null for an array element (then its index).
  private final String name;
  private final int index;
  private final JsonDocument document;
  private final DiagnosticSink sink;
  private final StringPool strings;

  private Node(
      JsonNode json,
      Node parent,
      String name,
      int index,
      JsonDocument document,
      DiagnosticSink sink,
      StringPool strings) {
    this.json = json;
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.document = document;
    this.sink = sink;
    this.strings = strings;
  }

  static Node root(JsonDocument document, DiagnosticSink sink) {
    return root(document, sink, new StringPool());
  }

  /** The root of a document whose texts are shared through {@code strings}. */
  static Node root(JsonDocument document, DiagnosticSink sink, StringPool strings) {
    return new Node(document.root(), null, null, -1, document, sink, strings);
  }

  JsonNode json() {
    return json;
  }

  JsonDocument document() {
    return document;
  }

  DiagnosticSink sink() {
    return sink;
  }

  StringPool strings() {
    return strings;
  }

  /**
   * The RFC 6901 pointer, built when asked for: only diagnostics need one, and building one per
   * value read was a tenth of the time of mapping a submission.
   */
  String pointer() {
    if (parent == null) {
      return "";
    }
    String segment = name != null ? SourceIndex.escape(name) : Integer.toString(index);
    return parent.pointer() + "/" + segment;
  }

  Node at(String name) {
    return new Node(json.path(name), this, name, -1, document, sink, strings);
  }

  boolean present() {
    return !json.isMissingNode() && !json.isNull();
  }

  boolean has(String name) {
    return at(name).present();
  }

  String text() {
    return present() ? strings.get(nfc(json.asText())) : null;
  }

  String text(String name) {
    return at(name).text();
  }

  BigDecimal decimal(String name) {
    Node n = at(name);
    return n.present() ? decimal(n.json) : null;
  }

  boolean bool(String name, boolean fallback) {
    Node n = at(name);
    return n.present() ? n.json.asBoolean() : fallback;
  }

  /** A date field, or null when absent or not a real date (then reported). */
  LocalDate date(String name) {
    return at(name).date();
  }

  LocalDate date() {
    if (!present()) {
      return null;
    }
    String text = json.asText();
    try {
      return strings.date(text);
    } catch (DateTimeException e) {
      String pointer = pointer();
      sink.error(
          Code.INVALID_DATE,
          document.file(),
          document.locate(pointer),
          pointer,
          Values.label(pointer, document.root()),
          text);
      return null;
    }
  }

  /** The elements of an array member; empty when absent. */
  List<Node> items(String name) {
    return at(name).items();
  }

  /** The elements of this array; empty when absent. */
  List<Node> items() {
    List<Node> out = new ArrayList<>();
    for (int i = 0; i < json.size(); i++) {
      out.add(new Node(json.get(i), this, null, i, document, sink, strings));
    }
    return out;
  }

  List<String> texts(String name) {
    return at(name).texts();
  }

  /**
   * The texts of this array; empty when absent. A loop, not a stream: a registry maps two of these
   * per unit, most of them absent, in a JVM that has not compiled the stream's code yet.
   */
  List<String> texts() {
    int n = json.size();
    if (n == 0) {
      return List.of();
    }
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new Node(json.get(i), this, null, i, document, sink, strings).text());
    }
    return Collections.unmodifiableList(out);
  }

  /** The members of an object member, in file order; empty when absent. */
  List<Map.Entry<String, Node>> members(String name) {
    Node object = at(name);
    List<Map.Entry<String, Node>> out = new ArrayList<>();
    object
        .json
        .fields()
        .forEachRemaining(
            e ->
                out.add(
                    Map.entry(
                        nfc(e.getKey()),
                        new Node(e.getValue(), object, e.getKey(), -1, document, sink, strings))));
    return out;
  }

  /**
   * A number node's exact value. An integer's own decimal keeps a BigInteger alive besides its
   * compact value; a decimal made from the long is equal, hashes alike and is half the size.
   */
  static BigDecimal decimal(JsonNode number) {
    if (number.isBigInteger() && number.bigIntegerValue().bitLength() < 64) {
      return BigDecimal.valueOf(number.longValue());
    }
    return number.decimalValue();
  }

  static String nfc(String s) {
    return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
