package org.opendti.load.internal;

import java.util.List;
import org.opendti.model.Aggregation;
import org.opendti.model.Classification;
import org.opendti.model.Criterion;
import org.opendti.model.EvidenceRequirement;
import org.opendti.model.Framework;
import org.opendti.model.Group;
import org.opendti.model.InputDef;
import org.opendti.model.InputKind;
import org.opendti.model.Measurement;
import org.opendti.model.Method;
import org.opendti.model.Period;
import org.opendti.model.PrioritySector;
import org.opendti.model.ProfileField;
import org.opendti.model.RankingGroup;
import org.opendti.model.Source;

/** Maps a framework file ({@code criteria/<id>.json}), applying the defaults of docs/formats.md. */
final class FrameworkMapper {

  private FrameworkMapper() {}

  static Framework map(Node n) {
    Node s = n.at("source");
    return new Framework(
        n.text("id"),
        n.text("title"),
        n.text("titleEn"),
        n.text("description"),
        n.text("descriptionEn"),
        new Source(
            s.text("authority"),
            s.text("document"),
            s.date("date"),
            s.text("seed"),
            s.text("note")),
        n.text("level"),
        n.items("periods").stream()
            .map(p -> new Period(p.text("id"), p.date("start"), p.date("end"), p.date("deadline")))
            .toList(),
        n.decimal("totalPoints"),
        n.items("pillars").stream().map(FrameworkMapper::group).toList(),
        n.items("profileFields").stream()
            .map(
                f ->
                    new ProfileField(
                        f.text("id"),
                        f.text("label"),
                        f.text("labelEn"),
                        kind(f.text("kind")),
                        f.text("unit"),
                        f.text("unitEn"),
                        f.bool("required", false)))
            .toList(),
        n.has("aggregation") ? aggregation(n.at("aggregation")) : Aggregation.DEFAULT,
        n.items("rankingGroups").stream()
            .map(
                r ->
                    new RankingGroup(
                        r.text("id"),
                        r.text("name"),
                        r.text("nameEn"),
                        r.text("by"),
                        r.bool("reference", false)))
            .toList(),
        measurement(n),
        n.text("appliesTo"));
  }

  /** The {@code measurement} of a framework or criterion, or null when it states none. */
  private static Measurement measurement(Node n) {
    if (!n.has("measurement")) {
      return null;
    }
    Node m = n.at("measurement");
    return new Measurement(
        Measurement.Kind.valueOf(MethodMapper.constant(m.text("kind"))), m.text("reason"));
  }

  static Group group(Node n) {
    return new Group(
        n.text("id"),
        n.text("name"),
        n.text("nameEn"),
        n.text("description"),
        n.decimal("points"),
        n.items("groups").stream().map(FrameworkMapper::group).toList(),
        n.items("criteria").stream().map(FrameworkMapper::criterion).toList());
  }

  static Criterion criterion(Node n) {
    Method method = MethodMapper.map(n.at("method"));
    return new Criterion(
        n.text("id"),
        n.text("name"),
        n.text("nameEn"),
        n.text("description"),
        n.decimal("maxPoints"),
        n.text("sourcePoints"),
        method,
        n.has("inputs") ? inputs(n) : implicitInputs(n, method),
        n.has("evidence") ? evidence(n.at("evidence")) : EvidenceRequirement.NONE,
        n.text("dataSource"),
        n.text("verifyingUnit"),
        n.text("leadOffice"),
        n.texts("coordinatingOffices"),
        n.bool("bonus", false),
        n.bool("notApplicableAllowed", false),
        measurement(n));
  }

  private static List<InputDef> inputs(Node n) {
    return n.items("inputs").stream()
        .map(
            i ->
                new InputDef(
                    i.text("id"),
                    i.text("label"),
                    i.text("labelEn"),
                    kind(i.text("kind")),
                    i.text("unit"),
                    i.text("unitEn"),
                    i.text("unitEnOne")))
        .toList();
  }

  /**
   * docs/formats.md: omitted inputs of a single-input method mean one input named by the method.
   */
  private static List<InputDef> implicitInputs(Node n, Method method) {
    InputKind kind = MethodMapper.impliedKind(method);
    if (kind == null) {
      return List.of();
    }
    return List.of(
        new InputDef(method.inputIds().get(0), n.text("name"), n.text("nameEn"), kind, null));
  }

  private static EvidenceRequirement evidence(Node n) {
    return new EvidenceRequirement(
        n.bool("required", false), n.texts("kinds"), n.text("description"));
  }

  private static Aggregation aggregation(Node n) {
    Aggregation d = Aggregation.DEFAULT;
    return new Aggregation(
        n.bool("rescaleNotApplicable", d.rescaleNotApplicable()),
        n.has("bonus")
            ? Aggregation.BonusPolicy.valueOf(MethodMapper.constant(n.text("bonus")))
            : d.bonus(),
        n.items("prioritySectors").stream()
            .map(
                p ->
                    new PrioritySector(
                        p.text("id"),
                        p.text("name"),
                        p.text("nameEn"),
                        p.decimal("points"),
                        p.items("groups").stream().map(FrameworkMapper::group).toList()))
            .toList(),
        n.items("classification").stream()
            .map(
                c ->
                    new Classification(
                        c.text("id"), c.text("label"), c.text("labelEn"), c.decimal("minShare")))
            .toList());
  }

  static InputKind kind(String json) {
    return InputKind.valueOf(MethodMapper.constant(json));
  }
}
