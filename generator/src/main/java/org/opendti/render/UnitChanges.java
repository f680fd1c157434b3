package org.opendti.render;

import java.util.ArrayList;
import java.util.List;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Unit;
import org.opendti.model.UnitChange;
import org.opendti.render.view.ScorecardView;
import org.opendti.render.view.TextPart;

/**
 * What the registry says about how a unit came about or stopped existing as it was (issue #16): on
 * a scorecard, its own changes ("Từ ngày 01/07/2025, đơn vị này nhập vào Thành phố Cần Thơ") and
 * the changes that made its predecessors part of it, each with the legal act that made it.
 */
final class UnitChanges {

  private UnitChanges() {}

  static List<ScorecardView.ChangeNote> of(PageContext page, String unitId) {
    SiteIndex index = page.index();
    List<ScorecardView.ChangeNote> out = new ArrayList<>();
    Unit unit = index.unit(unitId).orElse(null);
    if (unit == null) {
      return out;
    }
    for (String p : unit.predecessors()) {
      index.unit(p).stream()
          .flatMap(u -> u.changes().stream())
          .filter(c -> c.into().contains(unitId))
          .forEach(c -> out.add(note(page, "changeFrom.", c, page.unitName(p))));
    }
    for (UnitChange c : unit.changes()) {
      String names = String.join(", ", c.into().stream().map(page::unitName).toList());
      out.add(note(page, "changeOwn.", c, names));
    }
    return out;
  }

  private static ScorecardView.ChangeNote note(
      PageContext page, String prefix, UnitChange c, String other) {
    Lang lang = page.lang();
    String text = Messages.format(page.t(prefix + c.kind().jsonName()), lang.date(c.date()), other);
    UnitChange.LegalBasis b = c.basis();
    // The act's name, issuer and article are the registry's Vietnamese ("Nghị quyết 203/2025/QH15",
    // "Quốc hội", "Điều 2"), marked as such on a page in another language.
    String written = lang.attribute(Lang.VI);
    List<TextPart> basis =
        new ArrayList<>(
            Messages.parts(
                page.t("changeBy"),
                new TextPart(b.document(), written),
                new TextPart(b.issuer(), written)));
    if (b.article() != null && !b.article().isBlank()) {
      basis.add(new TextPart(", ", ""));
      basis.add(new TextPart(b.article(), written));
    }
    if (b.date() != null) {
      basis.add(
          new TextPart(", " + Messages.format(page.t("changeDated"), lang.date(b.date())), ""));
    }
    String source =
        b.source() != null && Markdown.isSafeUrl(b.source()) && !b.source().startsWith("mailto:")
            ? b.source()
            : null;
    return new ScorecardView.ChangeNote(text, basis, source);
  }
}
