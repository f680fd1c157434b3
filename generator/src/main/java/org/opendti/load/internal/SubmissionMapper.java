package org.opendti.load.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.opendti.diagnostic.Text;
import org.opendti.model.Answer;
import org.opendti.model.Contact;
import org.opendti.model.Evidence;
import org.opendti.model.InputKind;
import org.opendti.model.Review;
import org.opendti.model.SortedMaps;
import org.opendti.model.Submission;
import org.opendti.model.Value;

/**
 * Maps submissions and reviews. Values take their type from the framework's input kinds when the
 * framework and criterion are known (unknown ones are the validator's business).
 */
final class SubmissionMapper {

  private final Function<String, Optional<FrameworkIndex>> frameworks;

  SubmissionMapper(Function<String, Optional<FrameworkIndex>> frameworks) {
    this.frameworks = frameworks;
  }

  Submission submission(Node n, String file) {
    FrameworkIndex framework = frameworks.apply(n.text("framework")).orElse(null);
    Map<String, Value> profile = new TreeMap<>();
    for (Map.Entry<String, Node> e : n.members("profile")) {
      InputKind kind = framework == null ? null : framework.profileKind(e.getKey());
      put(
          profile,
          e.getKey(),
          ValueMapper.map(e.getValue(), kind, Text.of("phrase.quoted-profile-field", e.getKey())));
    }
    return new Submission(
        file,
        n.text("unit"),
        n.text("framework"),
        n.text("period"),
        contact(n.at("preparer")),
        contact(n.at("approver")),
        profile,
        n.text("prioritySector"),
        n.members("answers").stream()
            .map(e -> answer(framework, e.getKey(), e.getValue()))
            .toList());
  }

  Review review(Node n, String file) {
    FrameworkIndex framework = frameworks.apply(n.text("framework")).orElse(null);
    return new Review(
        file,
        n.text("unit"),
        n.text("framework"),
        n.text("period"),
        contact(n.at("reviewer")),
        n.date("date"),
        n.items("corrections").stream()
            .map(
                c -> {
                  String criterion = c.text("criterion");
                  return new Review.Correction(
                      criterion,
                      values(framework, criterion, c),
                      c.decimal("points"),
                      c.has("notApplicable") ? c.at("notApplicable").json().asBoolean() : null,
                      c.text("reason"),
                      c.has("was") ? was(framework, criterion, c.at("was")) : null,
                      evidence(c));
                })
            .toList(),
        n.items("objections").stream()
            .map(
                o ->
                    new Review.Objection(
                        o.text("reference"),
                        o.text("criterion"),
                        o.date("received"),
                        o.has("decision")
                            ? Review.Decision.of(o.text("decision")).orElse(null)
                            : null,
                        o.text("reason"),
                        o.date("decided")))
            .toList());
  }

  private static Review.Was was(FrameworkIndex framework, String criterion, Node n) {
    return new Review.Was(
        values(framework, criterion, n),
        n.has("notApplicable") && n.at("notApplicable").json().asBoolean());
  }

  private Answer answer(FrameworkIndex framework, String criterion, Node n) {
    return new Answer(
        criterion,
        values(framework, criterion, n),
        n.decimal("selfScore"),
        evidence(n),
        n.text("notes"),
        n.has("notApplicable")
            ? new Answer.NotApplicable(n.at("notApplicable").text("reason"))
            : null);
  }

  /** The {@code evidence} array of an answer or a correction; absent: none. */
  private static List<Evidence> evidence(Node owner) {
    return owner.items("evidence").stream()
        .map(
            e ->
                new Evidence(
                    e.text("kind"),
                    e.text("number"),
                    e.date("date"),
                    e.text("issuer"),
                    e.text("title"),
                    e.text("url")))
        .toList();
  }

  private static Map<String, Value> values(
      FrameworkIndex framework, String criterionId, Node owner) {
    Map<String, Value> values = new TreeMap<>();
    for (Map.Entry<String, Node> e : owner.members("inputs")) {
      InputKind kind = framework == null ? null : framework.inputKind(criterionId, e.getKey());
      Text what = Text.of("phrase.quoted-input", e.getKey(), criterionId);
      put(values, e.getKey(), ValueMapper.map(e.getValue(), kind, what));
    }
    return owner.strings().inputs(SortedMaps.copyOf(values));
  }

  private static void put(Map<String, Value> into, String key, Value value) {
    // A null value was reported; the file is then left out, so skipping it here is safe.
    if (value != null) {
      into.put(key, value);
    }
  }

  private static Contact contact(Node n) {
    return new Contact(
        n.text("name"), n.text("office"), n.text("title"), n.text("phone"), n.text("email"));
  }
}
