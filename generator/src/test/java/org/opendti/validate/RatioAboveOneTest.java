package org.opendti.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendti.validate.TestData.criterion;
import static org.opendti.validate.TestData.group;
import static org.opendti.validate.TestData.inputs;
import static org.opendti.validate.TestData.num;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.load.Dataset;
import org.opendti.load.SourceIndex;
import org.opendti.model.Answer;
import org.opendti.model.Framework;
import org.opendti.model.InputKind;
import org.opendti.model.Method;

/**
 * Computers per official ({@code 001_…} 1.I.1, "Tỷ lệ% x Điểm tối đa (Tối đa &lt;= 1 điểm)") can
 * exceed 100%: a framework says so with {@code allowAboveOne}, and only then is a numerator above
 * the denominator accepted.
 */
class RatioAboveOneTest {

  private static List<Diagnostic> validate(boolean allowAboveOne) {
    Framework fw =
        TestData.framework(
                group(
                    "1",
                    null,
                    criterion("1.1")
                        .input("a", InputKind.COUNT)
                        .input("b", InputKind.COUNT)
                        .method(
                            new Method.Ratio(
                                List.of("a"),
                                List.of("b"),
                                null,
                                null,
                                Method.ZeroDenominator.INVALID,
                                allowAboveOne))
                        .build()))
            .build();
    Answer computersPerOfficial = TestData.answer("1.1", inputs("a", num("45"), "b", num("40")));
    Dataset data =
        new Dataset(
            TestData.registry(),
            List.of(fw),
            List.of(
                TestData.submission(
                    Fixture.FILE, "xa-a", fw.id(), "2023", List.of(computersPerOfficial))),
            List.of());
    return new SubmissionValidator().validate(data, SourceIndex.empty());
  }

  @Test
  void numeratorAboveDenominatorIsAnErrorByDefault() {
    assertThat(validate(false)).anyMatch(d -> d.code().id().equals("ratio-above-one"));
  }

  @Test
  void allowAboveOneAcceptsIt() {
    assertThat(validate(true)).noneMatch(d -> d.code().id().equals("ratio-above-one"));
  }
}
