package org.opendti.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Lang;

/** Messages, hints and completeness of the schema diagnostics. */
class SchemaDiagnosticsTest {

  private static final RepositoryLoader LOADER = RepositoryLoader.create();
  private static final String SUBMISSION = "submissions/f/2023/u.json";

  private static List<Diagnostic> submission(String answers) {
    String json =
        """
        {
          "$schema": "anything/goes.json",
          "unit": "u",
          "framework": "f",
          "period": "2023",
          "preparer": { "name": "A", "office": "B", "title": "C", "phone": "1", "email": "e" },
          "approver": { "name": "D", "title": "E" },
          "answers": %s
        }
        """
            .formatted(answers);
    return LOADER.loadText(SUBMISSION, json).diagnostics().all();
  }

  @Test
  void aValidSubmissionWithAnySchemaPathHasNoDiagnostic() {
    assertThat(submission("{ \"1\": { \"inputs\": { \"a\": 1 } } }")).isEmpty();
  }

  @Test
  void aMissingFieldIsNamedWithTheSchemasDescriptionInTheReadersLanguage() {
    String json = "{ \"unit\": \"u\", \"framework\": \"f\", \"answers\": {} }";

    List<Diagnostic> d = LOADER.loadText(SUBMISSION, json).diagnostics().all();

    assertThat(d)
        .filteredOn(x -> x.pointer().equals("/period"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.message(Lang.VI)).isEqualTo("Tệp thiếu trường bắt buộc \"period\"");
              assertThat(x.hint(Lang.VI)).isEqualTo("Thêm \"period\" (Mã kỳ, trùng thư mục)");
              assertThat(x.message(Lang.EN))
                  .isEqualTo("the file is missing the required field \"period\"");
              assertThat(x.hint(Lang.EN))
                  .isEqualTo("add \"period\" (Period id, same as the folder)");
            });
  }

  @Test
  void decimalCommaGetsAHint() {
    List<Diagnostic> d = submission("{ \"8\": { \"inputs\": {}, \"selfScore\": \"9,98\" } }");

    assertThat(d)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code().id()).isEqualTo("schema-type");
              assertThat(x.pointer()).isEqualTo("/answers/8/selfScore");
              assertThat(x.message(Lang.EN)).contains("selfScore").contains("\"9,98\"");
              assertThat(x.hint(Lang.EN)).isEqualTo("write numbers with a decimal point: 9.98");
              assertThat(x.hint(Lang.VI))
                  .isEqualTo(
                      "Trong tệp JSON, số dùng dấu chấm thập phân và không đặt trong ngoặc kép:"
                          + " 9.98");
              assertThat(x.line()).isEqualTo(8);
              assertThat(x.column()).isEqualTo(50);
            });
  }

  @Test
  void numberWhereTextIsExpectedGetsAHint() {
    String json =
        """
        { "unit": "u", "framework": "f", "period": "2023",
          "preparer": { "name": 12, "office": "B", "title": "C", "phone": "1", "email": "e" },
          "approver": { "name": "D", "title": "E" }, "answers": {} }
        """;

    List<Diagnostic> d = LOADER.loadText(SUBMISSION, json).diagnostics().all();

    assertThat(d)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code().id()).isEqualTo("schema-type");
              assertThat(x.hint(Lang.EN)).isEqualTo("put the value in double quotes: \"12\"");
            });
  }

  @Test
  void misspeltPropertySuggestsTheClosestName() {
    List<Diagnostic> d = submission("{ \"8\": { \"inputs\": {}, \"evidense\": [] } }");

    assertThat(d)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code().id()).isEqualTo("schema-additional-property");
              assertThat(x.message(Lang.EN)).contains("\"evidense\"");
              assertThat(x.hint(Lang.EN)).isEqualTo("did you mean \"evidence\"?");
            });
  }

  @Test
  void farOffPropertyListsTheAllowedNames() {
    List<Diagnostic> d = submission("{ \"8\": { \"inputs\": {}, \"xyz\": 1 } }");

    assertThat(d)
        .singleElement()
        .extracting(diag -> diag.hint(Lang.EN))
        .asString()
        .startsWith("allowed fields here: inputs, notApplicable, selfScore");
  }

  @Test
  void reportsEveryProblemInTheFile() {
    List<Diagnostic> d =
        submission(
            """
            {
              "1": { "inputs": {}, "selfScore": "1" },
              "2": { "inputs": {}, "evidence": [ { "kind": "bogus", "url": "ftp://x" } ] },
              "3": { "notApplicable": {} },
              "4": {}
            }""");

    assertThat(d)
        .extracting(diag -> diag.code().id())
        .containsExactly(
            "schema-type", "schema-enum", "schema-pattern", "schema-required", "schema-one-of");
  }

  @Test
  void unknownMethodTypeIsOneEnumErrorWithASuggestion() {
    List<Diagnostic> d = framework("{ \"type\": \"ratioo\", \"numerator\": [\"a\"] }");

    assertThat(d)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code().id()).isEqualTo("schema-enum");
              assertThat(x.pointer()).isEqualTo("/pillars/0/criteria/0/method/type");
              assertThat(x.hint(Lang.EN)).isEqualTo("did you mean \"ratio\"?");
            });
  }

  @Test
  void methodFieldsAreCheckedForItsType() {
    List<Diagnostic> d =
        framework(
            "{ \"type\": \"cohort\", \"numerator\": [\"a\"], \"denominator\": [], \"variant\": \"min-max\", \"target\": 1 }");

    assertThat(d)
        .extracting(diag -> diag.code().id(), diag -> diag.hint(Lang.EN))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("schema-enum", "did you mean \"minMax\"?"),
            org.assertj.core.groups.Tuple.tuple(
                "schema-additional-property",
                "allowed fields here: type, numerator, denominator, variant"));
  }

  @Test
  void badIdSuggestsASlug() {
    String json =
        "{ \"units\": [ { \"id\": \"Xã Ia_Kha\", \"name\": \"Xã Ia Kha\", \"level\": \"xa\" } ] }";

    List<Diagnostic> d = LOADER.loadText("units/u.json", json).diagnostics().all();

    assertThat(d)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code().id()).isEqualTo("schema-pattern");
              assertThat(x.hint(Lang.EN)).isEqualTo("for example \"xa-ia-kha\"");
            });
  }

  @Test
  void noMessageLeaksAStackTraceOrJavaName() {
    List<Diagnostic> d = LOADER.loadText(SUBMISSION, "{\"unit\": [}").diagnostics().all();

    assertThat(d)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.message(Lang.EN)).doesNotContain("Exception").doesNotContain("at com.");
              assertThat(x.line()).isEqualTo(1);
            });
  }

  static List<Diagnostic> framework(String method) {
    String json =
        """
        {
          "id": "f", "title": "T", "source": { "authority": "A", "document": "D" }, "level": "xa",
          "periods": [ { "id": "2023", "start": "2023-01-01", "end": "2023-12-31", "deadline": "2024-01-15" } ],
          "totalPoints": 10,
          "pillars": [ { "id": "I", "name": "P", "criteria": [
            { "id": "1", "name": "C", "maxPoints": 10, "method": %s }
          ] } ],
          "rankingGroups": [ { "id": "all", "name": "All", "by": "all" } ]
        }
        """
            .formatted(method);
    return LOADER.loadText("criteria/f.json", json).diagnostics().all();
  }
}
