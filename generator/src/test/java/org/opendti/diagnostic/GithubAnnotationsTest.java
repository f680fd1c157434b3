package org.opendti.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {

  private static final Diagnostic RATIO =
      Diagnostic.of(
          Severity.ERROR,
          Code.RATIO_ABOVE_ONE,
          "submissions/x/2023/a.json",
          12,
          18,
          "/answers/3.1/inputs/a",
          "3.1 “Tỷ lệ”",
          "a",
          new BigDecimal("25.5"),
          "b",
          new BigDecimal("20"),
          "");

  @Test
  void errorWithLocationBecomesAnAnnotationInVietnamese() {
    assertThat(GithubAnnotations.lines(List.of(RATIO), Lang.VI))
        .containsExactly(
            "::error file=submissions/x/2023/a.json,line=12,col=18,title=ratio-above-one::"
                + "/answers/3.1/inputs/a: Tiêu chí 3.1 “Tỷ lệ”: tử số a = 25,5 lớn hơn mẫu số b = 20"
                + "%0AGợi ý: Tỷ lệ ở tiêu chí này không được vượt quá 100%25: kiểm tra lại để tử số"
                + " và mẫu số cùng đếm một loại đối tượng");
  }

  @Test
  void andInEnglishWhenAskedFor() {
    assertThat(GithubAnnotations.line(RATIO, Lang.EN))
        .endsWith(
            "::/answers/3.1/inputs/a: criterion 3.1 “Tỷ lệ”: the numerator a = 25.5 is above the"
                + " denominator b = 20%0AHint: a ratio cannot exceed 100%25 here: check that both"
                + " figures count the same things");
  }

  @Test
  void hostileMessageCannotStartASecondCommand() {
    Diagnostic d =
        Diagnostic.of(
            Severity.WARNING,
            Code.UNIT_SUBMISSION,
            "a,b:c.json",
            0,
            0,
            "",
            "evil\n::set-output name=x::pwned 100%");

    String line = GithubAnnotations.line(d, Lang.VI);

    assertThat(line).doesNotContain("\n");
    assertThat(line).startsWith("::warning file=a%2Cb%3Ac.json,title=unit-submission::");
    assertThat(line).endsWith("evil%0A::set-output name=x::pwned 100%25");
  }
}
