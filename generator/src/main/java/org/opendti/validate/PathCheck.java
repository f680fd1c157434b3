package org.opendti.validate;

import org.opendti.diagnostic.Code;

/**
 * A submission or review lives at {@code submissions/<framework>/<period>/<unit>.json} (reviews:
 * {@code <unit>.review.json}) and its {@code unit}, {@code framework} and {@code period} fields
 * must name the same, so that a pull request's path tells reviewers what it changes.
 */
final class PathCheck {

  private PathCheck() {}

  static void check(
      String file, String unit, String framework, String period, boolean review, Findings out) {
    String suffix = review ? ".review.json" : ".json";
    String[] parts = file.split("/", -1);
    boolean shaped =
        parts.length == 4
            && parts[0].equals("submissions")
            && parts[3].endsWith(suffix)
            && (review || !parts[3].endsWith(".review.json"))
            && parts[3].length() > suffix.length();
    if (!shaped) {
      out.error(Code.PATH_SHAPE, "", file, suffix, framework, period, unit);
      return;
    }
    String fileUnit = parts[3].substring(0, parts[3].length() - suffix.length());
    field("framework", framework, parts[1], file, out);
    field("period", period, parts[2], file, out);
    field("unit", unit, fileUnit, file, out);
  }

  private static void field(String name, String value, String fromPath, String file, Findings out) {
    if (!fromPath.equals(value)) {
      out.error(Code.PATH_MISMATCH, "/" + name, name, value, file, fromPath);
    }
  }
}
