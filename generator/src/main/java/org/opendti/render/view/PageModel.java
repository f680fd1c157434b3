package org.opendti.render.view;

/**
 * The root of a template's data model: the shared {@link Page} and the page's own view.
 *
 * @param <V> the page's view record
 */
public record PageModel<V>(Page page, V view) {}
