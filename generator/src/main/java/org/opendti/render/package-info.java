/**
 * The render stage: {@link org.opendti.render.SiteRenderer} turns a {@link
 * org.opendti.render.SiteInput} into a {@link org.opendti.render.RenderedSite} (Vietnamese at the
 * root, English under {@code en/}, open data under {@code data/}). {@link
 * org.opendti.render.Markdown} is the only source of unescaped HTML.
 */
package org.opendti.render;
