package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.load.LoadResult;
import org.opendti.load.RepositoryLoader;
import org.opendti.model.UnitRegistry;

/**
 * {@code data/units.json}: this repository's unit registry as open data, so that the score files'
 * unit ids can be followed across the mergers of 2025 without the repository.
 */
class UnitsOpenDataTest {

  private static final RepositoryLoader LOADER = RepositoryLoader.create();

  @Test
  void thePublishedRegistryReadsBackToTheSameRegistry(@TempDir Path copy) throws IOException {
    UnitRegistry registry = LOADER.loadContext(Path.of("..")).dataset().registry();
    byte[] published = OpenData.units(registry);

    // The file alone, as the registry of an otherwise empty repository.
    Files.createDirectories(copy.resolve("units"));
    Files.write(copy.resolve("units/all.json"), published);
    LoadResult back = LOADER.loadContext(copy);

    assertThat(back.diagnostics().all())
        .filteredOn(d -> d.file() != null && d.file().startsWith("units/"))
        .isEmpty();
    assertThat(back.dataset().registry()).isEqualTo(registry);
  }

  @Test
  void itSaysWhatBecameOfAUnitAndByWhichAct() throws IOException {
    UnitRegistry registry = LOADER.loadContext(Path.of("..")).dataset().registry();
    JsonNode units = new ObjectMapper().readTree(OpenData.units(registry));

    assertThat(units.get("$schema").asText()).isEqualTo("schemas/registry.schema.json");
    assertThat(units.get("levels").findValuesAsText("id")).contains("tinh", "huyen", "xa");
    JsonNode namDong = null;
    for (JsonNode u : units.get("units")) {
      if (u.get("id").asText().equals("nam-dong")) {
        namDong = u;
      }
    }
    assertThat(namDong).isNotNull();
    // units/thua-thien-hue.json: merged into Huyện Phú Lộc on 1 January 2025.
    assertThat(namDong.at("/changes/0/kind").asText()).isEqualTo("mergedInto");
    assertThat(namDong.at("/changes/0/date").asText()).isEqualTo("2025-01-01");
    assertThat(namDong.at("/changes/0/into/0").asText()).isEqualTo("phu-loc");
    assertThat(namDong.at("/changes/0/basis/document").asText()).startsWith("Nghị quyết 1314");
    assertThat(namDong.at("/validTo").asText()).isEqualTo("2024-12-31");
  }
}
