/**
 * The last pipeline stage: {@link org.opendti.publish.SitePublisher} writes a rendered site to its
 * output path atomically and without a moment where it is missing: the path is a link to a version
 * folder, replaced by renaming a new link over it ({@code SiteVersions}).
 */
package org.opendti.publish;
