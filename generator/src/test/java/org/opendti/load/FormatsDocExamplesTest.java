package org.opendti.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Diagnostic;
import org.opendti.diagnostic.Lang;

/**
 * The examples in docs/formats.md are valid against the schemas, so the contract and the schemas
 * cannot drift apart. Elided parts ({@code [ … ]}) become empty arrays.
 */
class FormatsDocExamplesTest {

  private static final Path FORMATS = Path.of("../docs/formats.md");
  private static final List<String> PATHS =
      List.of(
          "units/example.json",
          "criteria/nga-nam-2024.json",
          "submissions/nga-nam-2024/2023/nga-nam.json",
          "submissions/nga-nam-2024/2023/nga-nam.review.json");

  @Test
  void everyExampleLoadsWithoutDiagnostics() throws IOException {
    List<String> examples = new ArrayList<>();
    Matcher m =
        Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(FORMATS));
    while (m.find()) {
      examples.add(m.group(1).replace("[ … ]", "[]"));
    }
    assertThat(examples).hasSize(PATHS.size());

    RepositoryLoader loader = RepositoryLoader.create();
    for (int i = 0; i < examples.size(); i++) {
      List<Diagnostic> diagnostics =
          loader.loadText(PATHS.get(i), examples.get(i)).diagnostics().all();
      assertThat(diagnostics).as(PATHS.get(i)).extracting(diag -> diag.format(Lang.EN)).isEmpty();
    }
    // The framework example's units in English are read as written.
    var framework = loader.loadText(PATHS.get(1), examples.get(1)).dataset().frameworks().get(0);
    assertThat(framework.profileFields().get(0).unitEn()).isEqualTo("people");
    assertThat(framework.criterion("8").orElseThrow().input("b").orElseThrow().unitEn())
        .isEqualTo("dossiers");
    assertThat(framework.criterion("8").orElseThrow().input("a").orElseThrow().unitEnOne())
        .isEqualTo("dossier");
  }
}
