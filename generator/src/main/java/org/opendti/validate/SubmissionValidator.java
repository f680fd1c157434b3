package org.opendti.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Diagnostics;
import org.opendti.diagnostic.Text;
import org.opendti.load.Dataset;
import org.opendti.load.SourceIndex;
import org.opendti.model.Contact;
import org.opendti.model.Framework;
import org.opendti.model.Period;
import org.opendti.model.ProfileField;
import org.opendti.model.Submission;
import org.opendti.model.SubmissionKey;
import org.opendti.model.Value;

/**
 * Checks every submission and review of a {@link Dataset} against the frameworks and the unit
 * registry, reporting every problem at once: path and identity, duplicates, answers and their
 * inputs, not-applicable claims, evidence, profile and contacts; reviews through {@link
 * ReviewCheck}.
 *
 * <p>The pipeline scores only files without errors: {@link Diagnostics#hasErrors(String)}, or
 * {@link Validator#accepted(Dataset, Diagnostics)}. Warnings (a missing answer scores 0, a date
 * outside the period) never keep a file out.
 *
 * <p>Stateless and thread-safe.
 */
public final class SubmissionValidator {

  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().\\-]+$");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");

  /** Every finding about the submissions and reviews of {@code data}, unsorted. */
  public List<Diagnostic> validate(Dataset data, SourceIndex index) {
    return validate(data, index, s -> false);
  }

  /**
   * As {@link #validate(Dataset, SourceIndex)}, without the own checks (path, identity, contacts,
   * profile, answers) of the submissions {@code unchanged} accepts: they were checked before from
   * the same bytes, frameworks and registry, and nothing was found ({@link CheckedFiles}).
   * Duplicates and reviews are checked for every submission.
   */
  public List<Diagnostic> validate(
      Dataset data, SourceIndex index, java.util.function.Predicate<Submission> unchanged) {
    List<Diagnostic> found = new ArrayList<>();
    Map<SubmissionKey, String> firstFile = new java.util.HashMap<>();
    Map<Framework, CriteriaIndex> indexes = new java.util.IdentityHashMap<>();
    for (Submission s : data.submissions()) {
      Findings out = new Findings(found, s.file(), index);
      String earlier = firstFile.putIfAbsent(s.key(), s.file());
      if (earlier != null) {
        out.error(Code.DUPLICATE_SUBMISSION, "", s.unit(), s.framework(), s.period(), earlier);
      }
      if (!unchanged.test(s)) {
        submission(s, data, data.registry(), indexes, out);
      }
    }
    ReviewCheck.check(data, index, found);
    return List.copyOf(found);
  }

  private void submission(
      Submission s,
      Dataset data,
      org.opendti.model.UnitRegistry units,
      Map<Framework, CriteriaIndex> indexes,
      Findings out) {
    PathCheck.check(s.file(), s.unit(), s.framework(), s.period(), false, out);
    contact("preparer", s.preparer(), out);
    contact("approver", s.approver(), out);
    Optional<Framework> f = Identity.framework(data, s.framework(), out);
    if (f.isEmpty()) {
      Identity.unit(units, null, s.unit(), null, out);
      return;
    }
    Optional<Period> period = Identity.period(f.get(), s.period(), out);
    Identity.unit(units, f.get(), s.unit(), period.orElse(null), out);
    profile(f.get(), s.profile(), out);
    CriteriaIndex index = indexes.computeIfAbsent(f.get(), CriteriaIndex::new);
    AnswerCheck.check(s, f.get(), index, period.orElse(null), out);
  }

  private static void contact(String role, Contact c, Findings out) {
    if (c == null) {
      return;
    }
    if (c.email() != null && !EMAIL.matcher(c.email().strip()).matches()) {
      out.warning(
          Code.EMAIL_SHAPE, "/" + role + "/email", Text.of("phrase.role-" + role), c.email());
    }
    if (c.phone() != null && !phone(c.phone().strip())) {
      out.warning(
          Code.PHONE_SHAPE, "/" + role + "/phone", Text.of("phrase.role-" + role), c.phone());
    }
  }

  /**
   * A number someone can dial: 8 to 15 digits (a landline with its area code, a mobile, or +84 and
   * the number), grouped by spaces, dots, dashes or brackets, "+" only in front; blank is no
   * number.
   */
  static boolean phone(String text) {
    if (text.isEmpty()) {
      return true;
    }
    if (!PHONE.matcher(text).matches()) {
      return false;
    }
    long digits = text.chars().filter(ch -> ch >= '0' && ch <= '9').count();
    return digits >= 8 && digits <= 15;
  }

  private static void profile(Framework f, Map<String, Value> profile, Findings out) {
    for (ProfileField field : f.profileFields()) {
      Value v = profile.get(field.id());
      if (v == null) {
        if (field.required()) {
          out.error(Code.MISSING_PROFILE_FIELD, "/profile", field.id(), field.label(), f.id());
        }
        continue;
      }
      Text subject = Text.of("phrase.profile-field", field.id(), field.label());
      InputDomain.check(field.kind(), v, subject, null, null)
          .ifPresent(p -> out.error(p.code(), Texts.pointer("profile", field.id()), p.args()));
    }
    for (String id : profile.keySet()) {
      if (f.profileFields().stream().noneMatch(pf -> pf.id().equals(id))) {
        out.error(
            Code.UNKNOWN_PROFILE_FIELD,
            Texts.pointer("profile", id),
            f.id(),
            id,
            f.profileFields().stream().map(ProfileField::id).toList());
      }
    }
  }
}
