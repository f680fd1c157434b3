package org.opendti.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Catalogue;
import org.opendti.diagnostic.Lang;

/**
 * The plugin's own lines come from the one catalogue of the tools (the generator's {@code
 * org/opendti/diagnostic/messages_*.properties}, whose completeness {@code CatalogueTest} checks):
 * every key the plugin names exists there, in both languages.
 */
class CatalogueKeysTest {

  private static final Pattern KEY =
      Pattern.compile("(?:say|info|Text\\.of)\\(\\s*(?:\\w+ \\? )?\"([a-z][a-z0-9.-]*)\"");
  private static final Pattern OTHER_BRANCH =
      Pattern.compile("\\? \"(plugin\\.[a-z0-9.-]+)\"\\s*:\\s*\"(plugin\\.[a-z0-9.-]+)\"");

  @Test
  void everyKeyThePluginNamesIsInTheCatalogue() throws IOException {
    List<String> keys = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(p);
        Matcher m = KEY.matcher(source);
        while (m.find()) {
          keys.add(m.group(1));
        }
        Matcher alt = OTHER_BRANCH.matcher(source);
        while (alt.find()) {
          keys.add(alt.group(1));
          keys.add(alt.group(2));
        }
      }
    }

    assertThat(keys).as("keys found").hasSizeGreaterThan(20).allMatch(k -> k.startsWith("plugin."));
    for (Lang lang : Lang.values()) {
      assertThat(keys).allSatisfy(k -> assertThat(Catalogue.texts(lang)).containsKey(k));
    }
  }
}
