package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Lang;

class ViewWrapperTest {

  @TempDir Path dir;

  /** A view with every kind of component the real views have. */
  public record View(
      String name, String missing, boolean flag, int depth, List<Row> rows, List<String> empty) {}

  /** A nested record. */
  public record Row(String id, boolean on) {}

  private String render(String template, Object view) throws IOException {
    Files.writeString(dir.resolve("t.ftlh"), template);
    return new String(
        new SiteTemplates(dir).render("t.ftlh", Lang.VI, view), StandardCharsets.UTF_8);
  }

  private static final View VIEW =
      new View(
          "Xã <A>", null, true, 2, List.of(new Row("r1", true), new Row("r2", false)), List.of());

  @Test
  void recordComponentsAreHashKeys() throws IOException {
    assertThat(render("${name} ${depth} ${flag?then('y','n')} ${depth == 2}", VIEW))
        .isEqualTo("Xã &lt;A&gt; 2 y true");
  }

  @Test
  void nullComponentsAndUnknownKeysAreMissing() throws IOException {
    assertThat(render("${missing??} ${nothing??} ${missing!'-'}", VIEW)).isEqualTo("false false -");
  }

  @Test
  void listsOfRecordsAreSequences() throws IOException {
    assertThat(
            render(
                "<#list rows as r>${r?index}:${r.id}<#if r.on>+</#if><#sep>,</#list>"
                    + " ${rows?size} ${empty?has_content?c} ${rows[1].id}",
                VIEW))
        .isEqualTo("0:r1+,1:r2 2 false r2");
  }

  @Test
  void aRecordIsAHashWithContent() throws IOException {
    assertThat(render("${rows[0]?has_content?c} ${rows[0]?keys?join(',')}", VIEW))
        .isEqualTo("true id,on");
  }

  @Test
  void nestedRecordsReadRepeatedly() throws IOException {
    assertThat(render("${v.name}|${v.name}|${v.rows[0].id}", new Holder(VIEW)))
        .isEqualTo("Xã &lt;A&gt;|Xã &lt;A&gt;|r1");
  }

  /** A view holding another view. */
  public record Holder(View v) {}

  /** A page model with interface text. */
  public record WithText(java.util.Map<String, String> t) {}

  @Test
  void sharedMessageMapsReadAsTheMapItself() throws IOException {
    java.util.Map<String, String> t = java.util.Map.of("home", "Trang <chủ>", "x", "");
    Files.writeString(
        dir.resolve("t.ftlh"), "${t.home}|${t.x?has_content?c}|${(t.nothing??)?c}|${t?size}");
    String expected = "Trang &lt;chủ&gt;|false|false|2";
    for (SiteTemplates templates :
        List.of(new SiteTemplates(dir), new SiteTemplates(dir, List.of(t)))) {
      assertThat(
              new String(
                  templates.render("t.ftlh", Lang.VI, new WithText(t)), StandardCharsets.UTF_8))
          .isEqualTo(expected);
    }
  }
}
