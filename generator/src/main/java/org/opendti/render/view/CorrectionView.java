package org.opendti.render.view;

import freemarker.core.TemplateHTMLOutputModel;

/**
 * The inspection team's correction form of a framework ({@code corrections/<framework>.html}).
 *
 * @param form the officials' form of the framework: its fields, data and scorer
 * @param reviews the reviews on main and each period's ranking as JSON for {@code
 *     assets/correction.js}, escaped for a script element
 */
public record CorrectionView(FormView form, TemplateHTMLOutputModel reviews) {}
