package org.opendti.render.view;

/**
 * The search page ({@code search.html}) of units and criteria: a box and an empty result list that
 * {@code assets/search.js} fills from the split index (only the shard a query needs).
 *
 * @param units how many units the index holds, in the page's number format
 * @param criteria how many criteria (of every framework) it holds, formatted
 * @param index link to the index's manifest, {@code search/index.json}
 * @param prefix folder of the page's language from the site root ("" or "en/"), for result links
 */
public record SearchView(String units, String criteria, String index, String prefix) {}
