package org.opendti.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Framework#covers}: a framework issued for one province ({@code appliesTo}, seed {@code
 * 004_…} Điều 1: "trên địa bàn tỉnh Gia Lai") assesses that province's units of its level only;
 * sample units may show any framework of their level.
 */
class FrameworkCoversTest {

  private static final UnitRegistry REGISTRY =
      new UnitRegistry(
          List.of(
              new Level("tinh", "Cấp tỉnh", "Province", null),
              new Level("huyen", "Cấp huyện", "District", "tinh"),
              new Level("xa", "Cấp xã", "Commune", "huyen")),
          List.of(
              unit("gia-lai", "tinh", null, false),
              unit("chu-se", "huyen", "gia-lai", false),
              unit("ia-pal", "xa", "chu-se", false),
              unit("binh-dinh", "tinh", null, false),
              unit("an-nhon", "huyen", "binh-dinh", false),
              unit("nhon-hung", "xa", "an-nhon", false),
              unit("mau", "tinh", null, true),
              unit("mau-huyen", "huyen", "mau", true),
              unit("mau-xa", "xa", "mau-huyen", true)));

  @Test
  void aFrameworkForOneProvinceCoversItsOwnUnitsOfItsLevelOnly() {
    Framework giaLai = framework("xa", "gia-lai");

    assertThat(giaLai.covers(unit("ia-pal"), REGISTRY)).isTrue();
    assertThat(giaLai.covers(unit("nhon-hung"), REGISTRY)).isFalse();
    assertThat(giaLai.covers(unit("chu-se"), REGISTRY)).as("a district, not a commune").isFalse();
  }

  @Test
  void sampleUnitsMayUseAnyFrameworkOfTheirLevel() {
    assertThat(framework("xa", "gia-lai").covers(unit("mau-xa"), REGISTRY)).isTrue();
    assertThat(framework("huyen", "gia-lai").covers(unit("mau-xa"), REGISTRY)).isFalse();
  }

  @Test
  void aFrameworkThatStatesNoTerritoryCoversEveryUnitOfItsLevel() {
    Framework anywhere = framework("xa", null);

    assertThat(anywhere.covers(unit("ia-pal"), REGISTRY)).isTrue();
    assertThat(anywhere.covers(unit("nhon-hung"), REGISTRY)).isTrue();
    assertThat(anywhere.covers(unit("an-nhon"), REGISTRY)).isFalse();
  }

  @Test
  void theTerritoryItselfIsCoveredWhenItIsOfTheLevel() {
    assertThat(framework("tinh", "gia-lai").covers(unit("gia-lai"), REGISTRY)).isTrue();
    assertThat(framework("tinh", "gia-lai").covers(unit("binh-dinh"), REGISTRY)).isFalse();
  }

  private static Unit unit(String id) {
    return REGISTRY.unit(id).orElseThrow();
  }

  private static Unit unit(String id, String level, String parent, boolean sample) {
    return new Unit(id, id, null, level, parent, null, null, List.of(), List.of(), sample);
  }

  private static Framework framework(String level, String appliesTo) {
    return new Framework(
        "f",
        "F",
        null,
        null,
        null,
        new Source("UBND", "1/QĐ-UBND", LocalDate.of(2023, 5, 5), null, null),
        level,
        List.of(new Period("2023", LocalDate.of(2022, 11, 15), LocalDate.of(2023, 11, 14), null)),
        BigDecimal.TEN,
        List.of(),
        List.of(),
        Aggregation.DEFAULT,
        List.of(),
        null,
        appliesTo);
  }
}
