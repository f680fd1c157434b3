package org.opendti.load.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.opendti.load.SourceLocation;

/**
 * A strictly parsed JSON file: its tree, and where every value (and every object member's key)
 * starts, by RFC 6901 pointer.
 *
 * @param values location of each value, "" for the root
 * @param keys location of each object member's name, by the member's pointer
 */
public record JsonDocument(
    String file,
    JsonNode root,
    Map<String, SourceLocation> values,
    Map<String, SourceLocation> keys) {

  public JsonDocument {
    values = Map.copyOf(values);
    keys = Map.copyOf(keys);
  }

  /** The location of a value, or of its nearest existing ancestor. */
  public SourceLocation locate(String pointer) {
    String p = pointer;
    while (true) {
      SourceLocation found = values.get(p);
      if (found != null) {
        return found;
      }
      if (p.isEmpty()) {
        return new SourceLocation(1, 1);
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "" : p.substring(0, slash);
    }
  }

  /** The location of a member's name when known, else of its value. */
  public SourceLocation locateKey(String pointer) {
    SourceLocation key = keys.get(pointer);
    return key != null ? key : locate(pointer);
  }
}
