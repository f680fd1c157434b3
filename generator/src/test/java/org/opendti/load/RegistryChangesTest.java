package org.opendti.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Lang;
import org.opendti.model.Unit;
import org.opendti.model.UnitChange;

/**
 * Mergers in the registry (issue #16): a unit says it became part of another on a date, by a legal
 * act; the checks the schema cannot make, all at once, in Vietnamese, at their line.
 */
class RegistryChangesTest {

  private static final RepositoryLoader LOADER = RepositoryLoader.create();

  private static String registry(String oldUnit, String newUnit) {
    return """
        {"units": [
          %s,
          %s
        ]}
        """
        .formatted(oldUnit, newUnit);
  }

  private static final String OLD =
      """
      {"id": "xa-cu", "name": "Xã Cũ", "level": "xa", "validTo": "2025-06-30",
       "changes": [{"kind": "mergedInto", "date": "%s", "into": ["%s"],
         "basis": {"document": "Nghị quyết 1/NQ-UBTVQH15", "issuer": "Ủy ban Thường vụ Quốc hội",
                   "date": "2025-06-16", "article": "Điều 1", "source": "https://example.vn/nq"}}]}""";

  private static final String NEW =
      """
      {"id": "xa-moi", "name": "Xã Mới", "level": "xa", "validFrom": "%s", "predecessors": [%s]}""";

  @Test
  void aMergerIsReadWithItsDateAndLegalBasis() {
    LoadResult r =
        LOADER.loadText(
            "units/u.json",
            registry(
                OLD.formatted("2025-07-01", "xa-moi"), NEW.formatted("2025-07-01", "\"xa-cu\"")));
    assertThat(r.diagnostics().all()).isEmpty();
    Unit old = r.dataset().registry().unit("xa-cu").orElseThrow();
    assertThat(old.changes())
        .containsExactly(
            new UnitChange(
                UnitChange.Kind.MERGED_INTO,
                LocalDate.of(2025, 7, 1),
                List.of("xa-moi"),
                new UnitChange.LegalBasis(
                    "Nghị quyết 1/NQ-UBTVQH15",
                    "Ủy ban Thường vụ Quốc hội",
                    LocalDate.of(2025, 6, 16),
                    "Điều 1",
                    "https://example.vn/nq")));
  }

  @Test
  void everyProblemIsReportedAtOnceInVietnamese() {
    // the date is not the day after validTo, and the new unit neither lists the old one nor
    // exists yet on that day; a second change names a unit the registry does not know
    String old =
        OLD.formatted("2025-07-02", "xa-moi")
            .replace(
                "}}]}",
                "}}, {\"kind\": \"split\", \"date\": \"2025-07-01\", \"into\": [\"xa-khac\"],"
                    + " \"basis\": {\"document\": \"Nghị quyết 2\", \"issuer\": \"Quốc hội\"}}]}");
    LoadResult r = LOADER.loadText("units/u.json", registry(old, NEW.formatted("2025-08-01", "")));
    List<Diagnostic> d = r.diagnostics().all();
    assertThat(d)
        .extracting(Diagnostic::code)
        .containsExactlyInAnyOrder(
            Code.CHANGE_NOT_PREDECESSOR, Code.CHANGE_SUCCESSOR_NOT_VALID, Code.CHANGE_UNKNOWN_UNIT);
    assertThat(d).allSatisfy(x -> assertThat(x.file()).isEqualTo("units/u.json"));
    assertThat(d).allSatisfy(x -> assertThat(x.line()).isGreaterThan(1));
    Diagnostic notPredecessor =
        d.stream().filter(x -> x.code() == Code.CHANGE_NOT_PREDECESSOR).findFirst().orElseThrow();
    assertThat(notPredecessor.pointer()).isEqualTo("/units/0/changes/0/into/0");
    assertThat(notPredecessor.message(Lang.VI))
        .contains("xa-moi không ghi xa-cu trong các đơn vị tiền thân");
    assertThat(notPredecessor.hint(Lang.VI))
        .isEqualTo("Thêm \"xa-cu\" vào predecessors của xa-moi");

    // the last change's date must be the day after validTo
    LoadResult late =
        LOADER.loadText(
            "units/u.json",
            registry(
                OLD.formatted("2025-07-02", "xa-moi"), NEW.formatted("2025-07-01", "\"xa-cu\"")));
    assertThat(late.diagnostics().all())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.code()).isEqualTo(Code.CHANGE_DATE_MISMATCH);
              assertThat(x.message(Lang.VI)).contains("phải là ngày kế tiếp, 01/07/2025");
            });
    LoadResult open =
        LOADER.loadText(
            "units/u.json",
            registry(
                OLD.formatted("2025-07-01", "xa-moi").replace("\"validTo\": \"2025-06-30\",", ""),
                NEW.formatted("2025-07-01", "\"xa-cu\"")));
    assertThat(open.diagnostics().all())
        .extracting(Diagnostic::code)
        .containsExactly(Code.CHANGE_WITHOUT_END);
  }

  @Test
  void theSchemaRefusesAChangeWithoutItsLegalBasis() {
    String old =
        OLD.formatted("2025-07-01", "xa-moi")
            .replaceAll("\"basis\": \\{[^}]*\\}", "\"basis\": {\"document\": \"\"}");
    LoadResult r =
        LOADER.loadText("units/u.json", registry(old, NEW.formatted("2025-07-01", "\"xa-cu\"")));
    assertThat(r.diagnostics().all()).isNotEmpty();
    assertThat(r.diagnostics().all())
        .anySatisfy(x -> assertThat(x.pointer()).startsWith("/units/0/changes/0/basis"));
  }

  @Test
  void theRepositorysRegistryRecordsTheRealChangesWithTheirResolutions() {
    LoadResult r = LOADER.load(Path.of("..").toAbsolutePath().normalize());
    assertThat(r.diagnostics().all()).filteredOn(x -> x.file().startsWith("units/")).isEmpty();
    var registry = r.dataset().registry();
    java.util.function.Function<String, List<String>> acts =
        id ->
            registry.unit(id).orElseThrow().changes().stream()
                .map(c -> c.basis().document())
                .toList();
    assertThat(acts.apply("soc-trang")).containsExactly("Nghị quyết 202/2025/QH15");
    assertThat(acts.apply("gia-lai")).containsExactly("Nghị quyết 202/2025/QH15");
    assertThat(acts.apply("hung-yen")).containsExactly("Nghị quyết 202/2025/QH15");
    assertThat(acts.apply("nga-nam"))
        .containsExactly("Nghị quyết 203/2025/QH15", "Nghị quyết 1668/NQ-UBTVQH15");
    assertThat(acts.apply("lac-dao")).containsExactly("Nghị quyết 1666/NQ-UBTVQH15");
    assertThat(acts.apply("nam-dong")).containsExactly("Nghị quyết 1314/NQ-UBTVQH15");
    assertThat(registry.unit("gia-lai-2025").orElseThrow().predecessors())
        .containsExactly("gia-lai", "binh-dinh");
    assertThat(registry.unit("can-tho-2025").orElseThrow().predecessors())
        .contains("soc-trang", "hau-giang");
    // the sample province's fictional merger
    assertThat(registry.unit("mau-huyen-1-xa-5").orElseThrow().changes())
        .singleElement()
        .satisfies(c -> assertThat(c.basis().document()).contains("giả định"));
  }
}
