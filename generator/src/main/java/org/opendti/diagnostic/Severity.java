package org.opendti.diagnostic;

/** How serious a diagnostic is. Errors fail the build and keep a submission out of scoring. */
public enum Severity {
  ERROR,
  WARNING,
  INFO
}
