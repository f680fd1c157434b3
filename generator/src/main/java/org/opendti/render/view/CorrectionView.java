package org.opendti.render.view;

import freemarker.core.TemplateHTMLOutputModel;

/**
 * The inspection team's correction form of a framework ({@code corrections/<framework>.html}).
 *
 * @param form the officials' form of the framework: its fields, data and scorer
 * @param reviews the reviews on main and each period's ranking as JSON for {@code
 *     assets/correction.js}, escaped for a script element
 * @param period the period the form opens on without one in its address: the latest with a scored
 *     submission (a period still open has nothing to correct yet), else the latest
 */
public record CorrectionView(FormView form, TemplateHTMLOutputModel reviews, String period) {}
