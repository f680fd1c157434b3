package org.opendti.render.view;

/**
 * A link to an open-data file, saved under {@code fileName}: every period's scores are called
 * {@code scores.csv} on the site, and a reader who saves two of them should not get "scores
 * (1).csv" with nothing to say which is which.
 */
public record DataFile(String label, String href, String fileName) {}
