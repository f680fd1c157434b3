package org.opendti.load.internal;

import java.util.ArrayList;
import java.util.List;
import org.opendti.load.SourceLocation;

/** Turns a character offset into a 1-based line and column, counting lines as Jackson does. */
final class LineMap {

  private final int[] lineStarts;

  private LineMap(int[] lineStarts) {
    this.lineStarts = lineStarts;
  }

  static LineMap of(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return new LineMap(starts.stream().mapToInt(Integer::intValue).toArray());
  }

  SourceLocation at(int offset) {
    int line = 0;
    int low = 0;
    int high = lineStarts.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (lineStarts[mid] <= offset) {
        line = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return new SourceLocation(line + 1, offset - lineStarts[line] + 1);
  }
}
