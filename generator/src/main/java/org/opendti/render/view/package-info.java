/**
 * Typed view models handed to the site's Freemarker templates: records of display-ready strings
 * (numbers and dates already formatted for the page's language, links already relative to the
 * page). Templates never see services or the raw model. The only markup here is {@link
 * freemarker.core.TemplateHTMLOutputModel}, produced by {@link org.opendti.render.Markdown}.
 */
package org.opendti.render.view;
