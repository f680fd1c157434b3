package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Lang;

class SiteTemplatesTest {

  @TempDir Path dir;

  /** A template's data model: a record, as the real views are. */
  public record Model(String text, Map<String, String> t) {}

  /** A view holding Markdown output. */
  public record Md(freemarker.core.TemplateHTMLOutputModel md) {}

  private String render(String template) throws IOException {
    Files.writeString(dir.resolve("t.ftlh"), template);
    return new String(
        new SiteTemplates(dir).render("t.ftlh", Lang.VI, new Model("<b>\"x\"</b>", Map.of())),
        StandardCharsets.UTF_8);
  }

  @Test
  void outputIsHtmlEscaped() throws IOException {
    assertThat(render("${text}")).isEqualTo("&lt;b&gt;&quot;x&quot;&lt;/b&gt;");
  }

  @Test
  void newBuiltinCannotInstantiateClasses() {
    assertThatThrownBy(() -> render("${\"freemarker.template.utility.Execute\"?new()(\"id\")}"))
        .isInstanceOf(SiteRenderException.class);
  }

  @Test
  void apiBuiltinIsDisabled() {
    assertThatThrownBy(() -> render("${text?api.getClass()}"))
        .isInstanceOf(SiteRenderException.class);
  }

  @Test
  void missingValuesFailInsteadOfPrintingNothing() {
    assertThatThrownBy(() -> render("${t.noSuchKey}")).isInstanceOf(SiteRenderException.class);
    assertThatThrownBy(() -> render("${noSuchVariable}")).isInstanceOf(SiteRenderException.class);
  }

  @Test
  void markdownMarkupIsNotEscapedTwice() throws IOException {
    Files.writeString(dir.resolve("m.ftlh"), "${md}");
    assertThat(
            new String(
                new SiteTemplates(dir).render("m.ftlh", Lang.EN, new Md(Markdown.render("**a**"))),
                StandardCharsets.UTF_8))
        .isEqualTo("<p><strong>a</strong></p>\n");
  }
}
