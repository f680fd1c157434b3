package org.opendti.load.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.function.Supplier;
import org.opendti.load.SourceIndex;
import org.opendti.load.SourceLocation;

/**
 * A strictly parsed JSON file: its tree, and where every value (and every object member's key)
 * starts, by RFC 6901 pointer.
 *
 * <p>The locations are computed on first use: recording a location per value took a third of the
 * time of loading a file, and only a file with a diagnostic (or one whose locations are kept) ever
 * needs them. Confined to the thread that read it.
 */
public final class JsonDocument {

  private final String file;
  private final JsonNode root;
  private Supplier<SourceIndex.FileLocations> pending;
  private SourceIndex.FileLocations locations;

  /**
   * @param locations computes where each value and member name starts; called at most once
   */
  JsonDocument(String file, JsonNode root, Supplier<SourceIndex.FileLocations> locations) {
    this.file = file;
    this.root = root;
    this.pending = locations;
  }

  public String file() {
    return file;
  }

  public JsonNode root() {
    return root;
  }

  /** Location of each value, "" for the root. */
  public Map<String, SourceLocation> values() {
    return locations().values();
  }

  /** Location of each object member's name, by the member's pointer. */
  public Map<String, SourceLocation> keys() {
    return locations().keys();
  }

  private SourceIndex.FileLocations locations() {
    if (locations == null) {
      locations = pending.get();
      pending = null;
    }
    return locations;
  }

  /** The location of a value, or of its nearest existing ancestor. */
  public SourceLocation locate(String pointer) {
    Map<String, SourceLocation> values = values();
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
    SourceLocation key = keys().get(pointer);
    return key != null ? key : locate(pointer);
  }
}
