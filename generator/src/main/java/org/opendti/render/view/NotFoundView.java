package org.opendti.render.view;

/**
 * The 404 page: the rest of what it shows comes from the shared {@link Page}.
 *
 * @param archived whether the site archives periods (no pages for a framework's older periods): an
 *     old link to such a scorecard lands here, and the page says so
 * @param search the search page's path from the site's root ({@code search.html}, {@code
 *     en/search.html}), where the unit's later scorecards are found
 */
public record NotFoundView(boolean archived, String search) {}
