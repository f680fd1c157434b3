package org.opendti.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Diagnostics;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.Severity;
import org.opendti.model.Evidence;
import org.opendti.model.Review;
import org.opendti.validate.Validator;

/**
 * A reviewer's correction may carry evidence (căn cứ), in the submission's evidence form, and it is
 * read and checked as a submission's: a known kind, only http(s) links with a host, no
 * bidirectional controls; every problem with its file, line and column.
 */
class CorrectionEvidenceTest {

  private static final RepositoryLoader LOADER = RepositoryLoader.create();
  private static final String REVIEW = "submissions/demo-xa/2023/demo-a.review.json";

  /** The base review with criterion 3's correction carrying {@code evidence} (line 11 on). */
  private static String review(String evidence) {
    return """
        {
          "$schema": "../../../schemas/review.schema.json",
          "unit": "demo-a",
          "framework": "demo-xa",
          "period": "2023",
          "reviewer": { "name": "Đoàn kiểm tra huyện", "title": "Trưởng đoàn" },
          "date": "2024-01-10",
          "corrections": [
            { "criterion": "3", "points": 1, "reason": "Chỉ có 4 bài hợp lệ.",
              "was": { "inputs": { "n": 7 } },
              "evidence": [
        %s
              ] }
          ]
        }
        """
        .formatted(evidence);
  }

  private static Diagnostics check(Path repo, String evidence) throws IOException {
    MalformedInputTest.copy(MalformedInputTest.fixtures().resolve("_base"), repo);
    Files.writeString(repo.resolve(REVIEW), review(evidence));
    LoadResult loaded = LOADER.load(repo);
    return loaded.diagnostics().plus(new Validator().validate(loaded.dataset(), loaded.sources()));
  }

  /** The review's warnings and errors, located (the base repository's own are not at issue). */
  private static List<String> located(Diagnostics report) {
    return onReview(report).stream()
        .filter(d -> d.severity() != Severity.INFO)
        .map(d -> d.file() + ":" + d.line() + ":" + d.column() + " " + d.code())
        .toList();
  }

  private static List<Diagnostic> onReview(Diagnostics report) {
    return report.all().stream().filter(d -> d.file().equals(REVIEW)).toList();
  }

  @Test
  void evidenceIsReadAndValid(@TempDir Path repo) throws IOException {
    String evidence =
        """
                  { "kind": "report", "number": "12/BB-ĐKT", "date": "2024-01-09",
                    "issuer": "Đoàn kiểm tra huyện", "title": "Biên bản kiểm tra",
                    "url": "https://example.vn/bb-12.pdf" },
                  { "kind": "document", "title": "Báo cáo của hệ thống một cửa" }""";

    Diagnostics report = check(repo, evidence);
    LoadResult loaded = LOADER.load(repo);

    assertThat(located(report)).isEmpty();
    Review.Correction c = loaded.dataset().reviews().get(0).correction("3").orElseThrow();
    assertThat(c.evidence())
        .containsExactly(
            new Evidence(
                "report",
                "12/BB-ĐKT",
                LocalDate.parse("2024-01-09"),
                "Đoàn kiểm tra huyện",
                "Biên bản kiểm tra",
                "https://example.vn/bb-12.pdf"),
            new Evidence("document", null, null, null, "Báo cáo của hệ thống một cửa", null));
    assertThat(ModelJson.review(loaded.dataset().reviews().get(0)))
        .contains("\"evidence\"", "https://example.vn/bb-12.pdf", "Báo cáo của hệ thống một cửa");
  }

  @Test
  void aJavascriptLinkIsRefusedWhereItStands(@TempDir Path repo) throws IOException {
    Diagnostics report =
        check(repo, "          { \"kind\": \"link\", \"url\": \"javascript:alert(1)\" }");

    assertThat(located(report)).containsExactly(REVIEW + ":12:36 schema-pattern");
    Diagnostic d = onReview(report).get(0);
    assertThat(d.message(Lang.VI)).isNotBlank();
    assertThat(d.message(Lang.EN)).isNotBlank();
  }

  @Test
  void aLinkWithoutHostGetsTheSubmissionsMessage(@TempDir Path repo) throws IOException {
    Diagnostics report = check(repo, "          { \"kind\": \"link\", \"url\": \"https:///x\" }");

    assertThat(located(report)).containsExactly(REVIEW + ":12:36 evidence-url-scheme");
    assertThat(onReview(report).get(0).message(Lang.VI)).contains("https:///x", "Tiêu chí 3");
  }

  @Test
  void aRightToLeftOverrideInATitleIsRefused(@TempDir Path repo) throws IOException {
    Diagnostics report =
        check(repo, "          { \"kind\": \"document\", \"title\": \"Biên bản \u202Efdp.exe\" }");

    assertThat(located(report)).containsExactly(REVIEW + ":12:42 bidi-control");
    assertThat(onReview(report).get(0).message(Lang.EN)).contains("U+202E");
  }

  @Test
  void anUnknownKindIsRefused(@TempDir Path repo) throws IOException {
    Diagnostics report = check(repo, "          { \"kind\": \"rumour\" }");

    assertThat(located(report)).containsExactly(REVIEW + ":12:21 schema-enum");
  }
}
