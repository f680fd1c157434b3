/**
 * Reporting validation results to people and tools: the console, GitHub workflow annotations and a
 * Markdown job summary.
 */
package org.opendti.report;
