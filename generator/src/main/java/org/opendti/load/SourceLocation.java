package org.opendti.load;

/** A 1-based line and column in a source file. */
public record SourceLocation(int line, int column) {

  public static final SourceLocation UNKNOWN = new SourceLocation(0, 0);
}
