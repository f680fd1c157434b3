package org.opendti.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GithubAnnotationsTest {

  @Test
  void errorWithLocationBecomesAnAnnotation() {
    Diagnostic d =
        new Diagnostic(
            Severity.ERROR,
            "ratio-above-one",
            "submissions/x/2023/a.json",
            12,
            18,
            "/answers/3.1/inputs/a",
            "numerator 25 is above the denominator 20",
            "check the counts");

    assertThat(GithubAnnotations.lines(List.of(d)))
        .containsExactly(
            "::error file=submissions/x/2023/a.json,line=12,col=18,title=ratio-above-one::"
                + "/answers/3.1/inputs/a: numerator 25 is above the denominator 20%0AHint: check the counts");
  }

  @Test
  void hostileMessageCannotStartASecondCommand() {
    Diagnostic d =
        new Diagnostic(
            Severity.WARNING,
            "x",
            "a,b:c.json",
            0,
            0,
            "",
            "evil\n::set-output name=x::pwned 100%",
            null);

    String line = GithubAnnotations.line(d);

    assertThat(line).doesNotContain("\n");
    assertThat(line).startsWith("::warning file=a%2Cb%3Ac.json,title=x::");
    assertThat(line).endsWith("evil%0A::set-output name=x::pwned 100%25");
  }
}
