package org.opendti.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.model.Aggregation;
import org.opendti.model.Answer;
import org.opendti.model.Criterion;
import org.opendti.model.EvidenceRequirement;
import org.opendti.model.Framework;
import org.opendti.model.InputDef;
import org.opendti.model.InputKind;
import org.opendti.model.Method;
import org.opendti.model.Review;
import org.opendti.model.Submission;
import org.opendti.model.Value;

/** JSON → model: defaults, enum names, value types and NFC text (docs/formats.md). */
class MappingTest {

  private static final RepositoryLoader LOADER = RepositoryLoader.create();

  @TempDir static Path repo;
  private static Dataset base;

  @BeforeAll
  static void loadBase() throws IOException {
    MalformedInputTest.copy(MalformedInputTest.fixtures().resolve("_base"), repo);
    LoadResult result = LOADER.load(repo);
    assertThat(result.diagnostics().all()).isEmpty();
    base = result.dataset();
  }

  private static Criterion criterion(String id) {
    return base.framework("demo-xa").orElseThrow().criterion(id).orElseThrow();
  }

  @Test
  void decomposedTextEqualsComposedAfterLoad() {
    String composed = "Huyện Nam Đông";
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
    assertThat(decomposed).isNotEqualTo(composed);
    String json =
        "{ \"units\": [ { \"id\": \"nam-dong\", \"name\": \""
            + decomposed
            + "\", \"level\": \"huyen\" } ] }";

    LoadResult result = LOADER.loadText("units/u.json", json);

    assertThat(result.dataset().registry().unit("nam-dong").orElseThrow().name())
        .isEqualTo(composed);
  }

  @Test
  void omittedInputsBecomeOneValueInputOfTheMethodsKind() {
    assertThat(criterion("1").inputs())
        .containsExactly(
            new InputDef("value", "Có Ban chỉ đạo chuyển đổi số", null, InputKind.BOOLEAN, null));
    assertThat(criterion("1").method()).isEqualTo(new Method.YesNo("value"));
    assertThat(criterion("4").inputs())
        .extracting(InputDef::kind)
        .containsExactly(InputKind.CHOICE);
    assertThat(criterion("6").inputs())
        .extracting(InputDef::kind)
        .containsExactly(InputKind.POINTS);
    assertThat(criterion("2").inputs()).extracting(InputDef::id).containsExactly("a", "b");
  }

  @Test
  void flagsDefaultToFalse() {
    assertThat(criterion("1").bonus()).isFalse();
    assertThat(criterion("1").notApplicableAllowed()).isFalse();
    assertThat(criterion("6").bonus()).isTrue();
    assertThat(criterion("4").notApplicableAllowed()).isTrue();
    assertThat(criterion("2").evidence()).isEqualTo(EvidenceRequirement.NONE);
    assertThat(criterion("1").evidence().kinds()).containsExactly("decision");
    assertThat(criterion("1").sourcePoints()).isNull();
  }

  @Test
  void methodsMapWithTheirFields() {
    assertThat(criterion("2").method())
        .isEqualTo(
            new Method.Ratio(List.of("a"), List.of("b"), null, null, Method.ZeroDenominator.MAX));
    Method.Bands bands = (Method.Bands) criterion("3").method();
    assertThat(bands.bands().get(1))
        .isEqualTo(
            new Method.Band(
                new BigDecimal("5"), new BigDecimal("12"), new BigDecimal("0.5"), null, null));
    assertThat(criterion("5").method())
        .isEqualTo(new Method.Lateness("d", LocalDate.of(2023, 11, 25), BigDecimal.ONE));
  }

  @Test
  void aggregationMembersDefaultOneByOne() {
    Aggregation a = base.framework("demo-xa").orElseThrow().aggregation();

    assertThat(a.bonus()).isEqualTo(Aggregation.BonusPolicy.ADD_CAPPED);
    assertThat(a.rescaleNotApplicable()).isTrue();
    assertThat(a.prioritySectors()).isEmpty();
    assertThat(a.classification()).hasSize(1);
  }

  @Test
  void omittedAggregationAndEnumDefaults() {
    Framework f =
        frameworkWith(
            "{ \"type\": \"ratio\", \"numerator\": [\"a\"], \"denominator\": [] }",
            "{ \"type\": \"cohort\", \"numerator\": [\"a\"], \"denominator\": [], \"variant\": \"relativeToBest\" }");

    assertThat(f.aggregation()).isEqualTo(Aggregation.DEFAULT);
    assertThat(((Method.Ratio) f.criteria().get(0).method()).onZeroDenominator())
        .isEqualTo(Method.ZeroDenominator.INVALID);
    assertThat(((Method.Cohort) f.criteria().get(1).method()).variant())
        .isEqualTo(Method.CohortVariant.RELATIVE_TO_BEST);
    assertThat(f.criteria().get(1).inputs()).isEmpty();
  }

  @Test
  void submissionValuesAreTypedByTheFrameworksInputs() {
    Submission s = base.submissions().get(0);

    assertThat(s.file()).isEqualTo("submissions/demo-xa/2023/demo-a.json");
    assertThat(s.answer("1").orElseThrow().inputs()).containsEntry("value", new Value.Bool(true));
    assertThat(s.answer("2").orElseThrow().inputs())
        .containsEntry("a", new Value.Num(new BigDecimal("998")));
    assertThat(s.answer("2").orElseThrow().selfScore()).isEqualTo(new BigDecimal("4.99"));
    assertThat(s.answer("5").orElseThrow().inputs())
        .containsEntry("d", new Value.Date(LocalDate.of(2023, 11, 20)));
    assertThat(s.answer("4").orElseThrow().notApplicable())
        .isEqualTo(new Answer.NotApplicable("Chưa thành lập Ban chỉ đạo."));
    assertThat(s.profile()).containsEntry("population", new Value.Num(new BigDecimal("7500")));
    assertThat(s.answers())
        .extracting(Answer::criterion)
        .containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(s.answer("1").orElseThrow().evidence().get(0).date())
        .isEqualTo(LocalDate.of(2023, 2, 15));
  }

  @Test
  void withoutItsFrameworkValuesAreTypedByJsonType() {
    String json =
        """
        { "unit": "u", "framework": "unknown", "period": "2023",
          "preparer": { "name": "A", "office": "B", "title": "C", "phone": "1", "email": "e" },
          "approver": { "name": "D", "title": "E" },
          "answers": { "1": { "inputs": { "d": "2023-11-20", "c": "chu-tich", "n": 1.50, "b": false } } } }
        """;

    Submission s =
        LOADER.loadText("submissions/unknown/2023/u.json", json).dataset().submissions().get(0);

    assertThat(s.answer("1").orElseThrow().inputs())
        .containsEntry("d", new Value.Date(LocalDate.of(2023, 11, 20)))
        .containsEntry("c", new Value.Text("chu-tich"))
        .containsEntry("n", new Value.Num(new BigDecimal("1.50")))
        .containsEntry("b", new Value.Bool(false));
  }

  @Test
  void reviewCorrectionsMap() {
    Review r = base.reviews().get(0);

    assertThat(r.date()).isEqualTo(LocalDate.of(2024, 1, 10));
    assertThat(r.correction("2").orElseThrow().inputs())
        .containsEntry("a", new Value.Num(new BigDecimal("990")));
    assertThat(r.correction("3").orElseThrow().points()).isEqualTo(BigDecimal.ONE);
    assertThat(r.correction("4").orElseThrow().notApplicable()).isFalse();
    assertThat(r.correction("2").orElseThrow().notApplicable()).isNull();
    assertThat(base.reviewOf(base.submissions().get(0))).contains(r);
  }

  @Test
  void registryMapsDatesAndLinks() {
    assertThat(base.registry().unit("demo-b").orElseThrow().validTo())
        .isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(base.registry().unit("demo-b").orElseThrow().successors()).containsExactly("demo-a");
    assertThat(base.registry().unit("demo-a").orElseThrow().sample()).isTrue();
    assertThat(base.registry().level("xa").orElseThrow().parentLevel()).isEqualTo("huyen");
  }

  private static Framework frameworkWith(String... methods) {
    StringBuilder criteria = new StringBuilder();
    for (int i = 0; i < methods.length; i++) {
      criteria
          .append(i == 0 ? "" : ",")
          .append("{ \"id\": \"")
          .append(i + 1)
          .append("\", \"name\": \"C\", \"maxPoints\": 1, \"method\": ")
          .append(methods[i])
          .append(" }");
    }
    String json =
        """
        { "id": "f", "title": "T", "source": { "authority": "A", "document": "D" }, "level": "xa",
          "periods": [ { "id": "2023", "start": "2023-01-01", "end": "2023-12-31", "deadline": "2024-01-15" } ],
          "totalPoints": 10, "pillars": [ { "id": "I", "name": "P", "criteria": [ %s ] } ],
          "rankingGroups": [ { "id": "all", "name": "All", "by": "all" } ] }
        """
            .formatted(criteria);
    LoadResult result = LOADER.loadText("criteria/f.json", json);
    assertThat(result.diagnostics().all()).isEmpty();
    return result.dataset().framework("f").orElseThrow();
  }
}
