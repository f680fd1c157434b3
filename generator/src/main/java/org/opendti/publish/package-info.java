/**
 * The last pipeline stage: {@link org.opendti.publish.SitePublisher} writes a rendered site to its
 * output folder atomically (temporary sibling folder, then a swap).
 */
package org.opendti.publish;
