package org.opendti.load.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendti.model.Answer;
import org.opendti.model.Contact;
import org.opendti.model.Evidence;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.Value;

/** The read cache's codec: what it reads back is what it was given, or nothing (issue #17). */
class ModelCodecTest {

  private static final Contact CONTACT =
      new Contact("Nguyễn Văn A", "UBND xã", "Chủ tịch", "0200 000 000", "a@example.invalid");
  private static final Evidence EVIDENCE =
      new Evidence(
          "decision",
          "12/QĐ-UBND",
          LocalDate.of(2024, 2, 29),
          "UBND xã",
          "Quyết định 😀 số 12",
          "https://example.invalid/a.pdf");

  private static Submission submission(String file, String note) {
    Map<String, Value> inputs =
        Map.of(
            "a", new Value.Num(new BigDecimal("1.50")),
            "b", new Value.Num(new BigDecimal("1E+3")),
            "c", Value.Bool.TRUE,
            "d", Value.Bool.FALSE,
            "e", new Value.Text("cap-pho"),
            "f", new Value.Date(LocalDate.of(2024, 12, 31)));
    return new Submission(
        file,
        "xa-a",
        "demo-xa",
        "2024",
        CONTACT,
        new Contact("Trần B", null, null, null, null),
        Map.of("population", new Value.Num(new BigDecimal("12000"))),
        "education",
        List.of(
            new Answer("1.1", inputs, new BigDecimal("2.5"), List.of(EVIDENCE), note, null),
            new Answer("1.2", inputs, null, List.of(), null, new Answer.NotApplicable("Không có")),
            new Answer("1.3", Map.of(), null, List.of(EVIDENCE, EVIDENCE), "", null)));
  }

  private static Review review(String file) {
    return new Review(
        file,
        "xa-a",
        "demo-xa",
        "2024",
        null,
        LocalDate.of(2024, 12, 15),
        List.of(
            new Review.Correction(
                "1.1",
                Map.of("a", new Value.Num(BigDecimal.ONE)),
                new BigDecimal("0"),
                null,
                "Thiếu tài liệu",
                new Review.Was(Map.of("a", new Value.Num(new BigDecimal("1.50"))), false),
                List.of(EVIDENCE)),
            new Review.Correction("1.2", Map.of(), null, true, "N/A", null, List.of()),
            new Review.Correction(
                "1.3", Map.of(), null, false, null, new Review.Was(Map.of(), true), List.of())),
        List.of(
            new Review.Objection("CV-1", "1.1", LocalDate.of(2025, 1, 2), null, null, null),
            new Review.Objection(
                "CV-2",
                null,
                LocalDate.of(2025, 1, 3),
                Review.Decision.PARTLY_UPHELD,
                "Chấp nhận một phần",
                LocalDate.of(2025, 1, 20))));
  }

  private static byte[] write(List<Object> records) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelCodec.Writer w = new ModelCodec.Writer(out);
    for (Object r : records) {
      try {
        if (r instanceof Submission s) {
          w.submission("id-" + s.file(), "blob-" + s.file(), s);
        } else {
          Review v = (Review) r;
          w.review("id-" + v.file(), null, v);
        }
      } catch (ModelCodec.Unencodable refused) {
        // left out, as the cache leaves it out
      }
    }
    w.finish();
    return out.toByteArray();
  }

  private static List<ModelCodec.Entry> read(byte[] bytes) {
    ModelCodec.Reader r = new ModelCodec.Reader(input(bytes), new StringPool());
    List<ModelCodec.Entry> out = new ArrayList<>();
    for (ModelCodec.Entry e = r.next(); e != null; e = r.next()) {
      out.add(e);
    }
    assertThat(r.atEnd()).isTrue();
    return out;
  }

  @Test
  void everyFieldOfSubmissionsAndReviewsReadsBackEqual() throws Exception {
    Submission a = submission("submissions/demo-xa/2024/xa-a.json", "Ghi chú **đậm**");
    // Texts and maps written by an earlier entry are referred to, not written again.
    Submission b = submission("submissions/demo-xa/2024/xa-b.json", "Ghi chú **đậm**");
    Review r = review("submissions/demo-xa/2024/xa-a.review.json");

    List<ModelCodec.Entry> back = read(write(List.of(a, b, r)));

    assertThat(back).hasSize(3);
    assertThat(back.get(0).submission()).isEqualTo(a);
    assertThat(back.get(0).file()).isEqualTo(a.file());
    assertThat(back.get(0).contentId()).isEqualTo("id-" + a.file());
    assertThat(back.get(0).blobId()).isEqualTo("blob-" + a.file());
    assertThat(back.get(1).submission()).isEqualTo(b);
    assertThat(back.get(2).review()).isEqualTo(r);
    assertThat(back.get(2).blobId()).isNull();
    // Equal numbers keep their scale; the shared map of inputs is one object
    Answer first = back.get(1).submission().answers().get(0);
    assertThat(((Value.Num) first.inputs().get("a")).value().scale()).isEqualTo(2);
    assertThat(first.inputs()).isSameAs(back.get(0).submission().answers().get(0).inputs());
  }

  @Test
  void aSecondEntryCostsItsOwnTextsOnlySinceTheOthersAreWrittenOnce() throws Exception {
    Submission a = submission("submissions/demo-xa/2024/xa-a.json", "Ghi chú");
    int one = write(List.of(a)).length;
    int two = write(List.of(a, submission("submissions/demo-xa/2024/xa-b.json", "Ghi chú"))).length;
    // Its path and ids (about 120 bytes) are new; its contacts, inputs, evidence and notes are not
    assertThat(two - one).isLessThan(one / 2);
  }

  @Test
  void aLoneSurrogateLeavesTheRecordOutAndTheOthersIntact() throws Exception {
    Submission bad = submission("submissions/demo-xa/2024/xa-a.json", "lỗi \uD800 ở đây");
    Submission good = submission("submissions/demo-xa/2024/xa-b.json", "Ghi chú");

    List<ModelCodec.Entry> back = read(write(List.of(bad, good)));

    assertThat(back).extracting(ModelCodec.Entry::submission).containsExactly(good);
  }

  @Test
  void aCutStreamGivesOnlyWhatWasWrittenOrFails() throws Exception {
    List<Object> records =
        List.of(
            submission("submissions/demo-xa/2024/xa-a.json", "một"),
            review("submissions/demo-xa/2024/xa-a.review.json"),
            submission("submissions/demo-xa/2024/xa-b.json", "hai"));
    byte[] whole = write(records);
    for (int cut = 0; cut < whole.length; cut++) {
      byte[] part = Arrays.copyOf(whole, cut);
      ModelCodec.Reader r = new ModelCodec.Reader(input(part), new StringPool());
      int i = 0;
      try {
        for (ModelCodec.Entry e = r.next(); e != null; e = r.next()) {
          assertThat(e.submission() != null ? e.submission() : e.review())
              .isEqualTo(records.get(i++));
        }
        assertThat(cut).as("a stream cut before its end marker ends").isEqualTo(whole.length - 1);
      } catch (IllegalArgumentException | IndexOutOfBoundsException expected) {
        // a cut stream fails when read past its end
      }
    }
  }

  @Test
  void anUnknownKindOfEntryIsRefused() {
    assertThatThrownBy(() -> new ModelCodec.Reader(input(new byte[] {9}), new StringPool()).next())
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The codec writes these records' components by hand: a component added to one of them must be
   * added to the codec (and this list), or the cache would drop it silently.
   */
  @Test
  void theRecordsTheCodecWritesHaveTheComponentsItKnows() {
    assertThat(components(Submission.class))
        .containsExactly(
            "file",
            "unit",
            "framework",
            "period",
            "preparer",
            "approver",
            "profile",
            "prioritySector",
            "answers");
    assertThat(components(Answer.class))
        .containsExactly("criterion", "inputs", "selfScore", "evidence", "notes", "notApplicable");
    assertThat(components(Answer.NotApplicable.class)).containsExactly("reason");
    assertThat(components(Evidence.class))
        .containsExactly("kind", "number", "date", "issuer", "title", "url");
    assertThat(components(Contact.class))
        .containsExactly("name", "office", "title", "phone", "email");
    assertThat(components(Review.class))
        .containsExactly(
            "file", "unit", "framework", "period", "reviewer", "date", "corrections", "objections");
    assertThat(components(Review.Correction.class))
        .containsExactly(
            "criterion", "inputs", "points", "notApplicable", "reason", "was", "evidence");
    assertThat(components(Review.Was.class)).containsExactly("inputs", "notApplicable");
    assertThat(components(Review.Objection.class))
        .containsExactly("reference", "criterion", "received", "decision", "reason", "decided");
    assertThat(Value.class.getPermittedSubclasses()).hasSize(4);
    assertThat(Review.Decision.values()).hasSize(3);
  }

  private static List<String> components(Class<? extends Record> type) {
    return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
  }

  private static org.opendti.load.KeptBytes.Input input(byte[] bytes) {
    return new org.opendti.load.KeptBytes.Input(bytes, 0, bytes.length);
  }
}
