package org.opendti.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Localized;
import org.opendti.diagnostic.Text;
import org.opendti.load.Dataset;
import org.opendti.model.Answer;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.Value;

/**
 * Corrections that have gone stale: a reviewer corrected a criterion, recording the unit's answer
 * as it was ({@link Review.Was}), and the unit's submission now answers it otherwise. The
 * correction still counts (the reviewer's word stands until the reviewer looks again), but both
 * files get a warning, the pull-request report lists it and the scorecard marks it, until a
 * reviewer confirms it (records the new answer in {@code was}) or drops it.
 *
 * <p>Example: a review corrects criterion 3.3 to {@code a = 12} with {@code "was": {"inputs": {"a":
 * 15, "b": 120}}}; the unit then changes {@code a} to 49. The correction still gives {@code a =
 * 12}, and {@link #of} returns it with {@code was} {@code a = 15, b = 120} and {@code now} {@code a
 * = 49, b = 120}.
 */
public final class StaleCorrections {

  private StaleCorrections() {}

  /**
   * One stale correction.
   *
   * @param review the review that holds it
   * @param index its place in {@code corrections}
   * @param submission the submission it corrects
   * @param was the answer the reviewer saw
   * @param now the answer the submission gives now
   */
  public record Stale(
      Review review, int index, Submission submission, Review.Was was, Review.Was now) {

    public Review.Correction correction() {
      return review.corrections().get(index);
    }

    public String criterion() {
      return correction().criterion();
    }
  }

  /** The stale corrections of every review in {@code data} with a submission, in file order. */
  public static List<Stale> of(Dataset data) {
    List<Stale> out = new ArrayList<>();
    for (Review r : data.reviews()) {
      data.submission(r.key()).ifPresent(s -> out.addAll(of(r, s)));
    }
    return out;
  }

  /** The corrections of {@code review} that {@code submission} has made stale. */
  public static List<Stale> of(Review review, Submission submission) {
    List<Stale> out = new ArrayList<>();
    for (int i = 0; i < review.corrections().size(); i++) {
      Review.Correction c = review.corrections().get(i);
      Optional<Answer> answer = submission.answer(c.criterion());
      if (c.staleAgainst(answer)) {
        out.add(new Stale(review, i, submission, c.was(), Review.Was.of(answer)));
      }
    }
    return out;
  }

  /**
   * An answer as a reader sees it: {@code a = 15; b = 120}, "không phát sinh" / "not applicable",
   * or "chưa trả lời" / "not answered"; numbers in the reader's language.
   */
  public static Localized describe(Review.Was answer) {
    return new Described(answer);
  }

  private record Described(Review.Was answer) implements Localized {
    @Override
    public String in(Lang lang) {
      if (answer.notApplicable()) {
        return Text.of("phrase.answer-not-applicable").in(lang);
      }
      if (answer.inputs().isEmpty()) {
        return Text.of("phrase.answer-none").in(lang);
      }
      StringBuilder s = new StringBuilder();
      for (Map.Entry<String, Value> e : answer.inputs().entrySet()) {
        if (!s.isEmpty()) {
          s.append("; ");
        }
        s.append(e.getKey()).append(" = ").append(value(e.getValue(), lang));
      }
      return s.toString();
    }

    private static String value(Value v, Lang lang) {
      if (v instanceof Value.Num n) {
        return lang.plain(n.value());
      } else if (v instanceof Value.Bool b) {
        return Text.of(b.value() ? "phrase.yes" : "phrase.no").in(lang);
      } else if (v instanceof Value.Date d) {
        return lang.date(d.value());
      }
      return ((Value.Text) v).value();
    }
  }
}
