package org.opendti.render.view;

/** The 404 page: everything it shows comes from the shared {@link Page}. */
public record NotFoundView() {}
