package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.Pipeline;
import org.opendti.diagnostic.Lang;
import org.opendti.diagnostic.UsageException;
import org.opendti.model.Criterion;
import org.opendti.model.Framework;
import org.opendti.model.InputDef;
import org.opendti.model.ProfileField;
import org.opendti.render.view.Page;
import org.opendti.render.view.PageModel;

/** The submission form page of each framework: every criterion and input, and its data. */
class FormPageTest {

  static final Path TEMPLATES = Path.of("..", "site-templates");
  static final ObjectMapper JSON = new ObjectMapper();
  static SiteInput repo;
  static Map<Lang, Map<String, String>> messages;
  static SiteTemplates templates;

  @BeforeAll
  static void load() throws IOException {
    repo = Pipeline.builder().repositoryRoot(Path.of("..")).build().check().siteInput();
    messages = Messages.load(TEMPLATES);
    templates = new SiteTemplates(TEMPLATES);
  }

  static Document render(SiteInput input, Lang lang, Framework fw, String repositoryUrl) {
    SiteIndex index = new SiteIndex(input);
    Map<String, String> t = messages.get(lang);
    String path = FormPage.path(lang, fw.id());
    Page page =
        new Page(
            lang.code(), "form", "d", SitePaths.root(path), "x", "en", "y", false, t, null, null);
    byte[] html =
        templates.render(
            "form.ftlh",
            lang,
            new PageModel<>(
                page,
                FormPage.view(new PageContext(index, lang, path, messages), fw, repositoryUrl)));
    return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
  }

  @Test
  void listsEveryCriterionAndInputOfEveryFramework() {
    assertThat(repo.dataset().frameworks()).hasSizeGreaterThanOrEqualTo(5);
    for (Framework fw : repo.dataset().frameworks()) {
      for (Lang lang : Lang.values()) {
        Document doc = render(repo, lang, fw, null);
        for (Criterion c : fw.allCriteria()) {
          String at = fw.id() + " " + c.id();
          Element box = doc.selectFirst("fieldset[data-criterion=" + c.id() + "]");
          assertThat(box).as(at).isNotNull();
          assertThat(box.selectFirst("legend").text())
              .as(at)
              .contains(lang.pick(c.name(), c.nameEn()));
          for (InputDef d : FormPage.reviewersScore(c) ? List.<InputDef>of() : FormInputs.of(c)) {
            Element field = box.selectFirst(".form-field[data-field=" + d.id() + "]");
            assertThat(field).as(at + " " + d.id()).isNotNull();
            assertThat(field.attr("data-kind")).isEqualTo(d.kind().jsonName());
            assertThat(field.text()).as(at).contains(lang.pick(d.label(), d.labelEn()));
            if (d.unit() != null) {
              // The unit of measure in the page's language: "(meetings)", not "(cuộc họp)".
              assertThat(field.selectFirst("label").text())
                  .as(at)
                  .contains("(" + lang.pick(d.unit(), d.unitEn()) + ")");
            }
          }
          if (FormPage.reviewersScore(c)) {
            // Only the inspection team scores it: shown, with who scores, and nothing to fill in.
            assertThat(box.select("input, select, textarea")).as(at).isEmpty();
            // One sentence: who, then what the unit does not do ("… do Đoàn kiểm tra chấm; …").
            assertThat(box.select(".scored-by").text())
                .as(at)
                .matches(
                    lang == Lang.VI
                        ? "Điểm tiêu chí này do [^.;]+ chấm; đơn vị không tự chấm và không điền gì ở"
                            + " đây\\."
                        : "The points of this criterion are given by [^.;]+ alone; the unit neither"
                            + " scores it nor fills in anything here\\.");
            continue;
          }
          assertThat(box.select("[data-na]")).as(at).hasSize(c.notApplicableAllowed() ? 1 : 0);
          assertThat(box.select("[data-self], [data-notes], [data-evidence]")).as(at).hasSize(3);
        }
        for (ProfileField f : fw.profileFields()) {
          assertThat(doc.select(".profile .form-field[data-field=" + f.id() + "]")).hasSize(1);
        }
        List<String> periods = doc.select("#f-period option").eachAttr("value");
        assertThat(periods)
            .containsExactlyElementsOf(fw.periods().stream().map(p -> p.id()).toList());
        List<String> labels = doc.select("#f-period option").eachText();
        for (int i = 0; i < fw.periods().size(); i++) {
          // The period is chosen with its dates and deadline in sight.
          assertThat(labels.get(i)).contains(lang.date(fw.periods().get(i).start()));
        }
        assertThat(doc.selectFirst("#f-unit").attr("role")).isEqualTo("combobox");
        everyControlIsLabelled(doc, fw.id());
        assertThat(doc.select("noscript").text()).isNotBlank();
      }
    }
  }

  /**
   * The evidence a criterion asks for: "required" said once ("Tài liệu kiểm chứng (bắt buộc)", not
   * "Tài liệu kiểm chứng (Tài liệu kiểm chứng yêu cầu)"), and a framework's list written one
   * document to a line (Ngã Năm's) kept one to a line.
   */
  @Test
  void evidenceSaysRequiredOnceAndKeepsTheFrameworksLines() {
    int required = 0;
    int lines = 0;
    for (Framework fw : repo.dataset().frameworks()) {
      for (Lang lang : Lang.values()) {
        Document doc = render(repo, lang, fw, null);
        for (Criterion c : fw.allCriteria()) {
          Element evidence =
              doc.selectFirst("fieldset[data-criterion=" + c.id() + "] .evidence > p");
          if (evidence == null || c.evidence() == null) {
            continue;
          }
          String at = fw.id() + " " + c.id() + " " + lang;
          String head = lang == Lang.VI ? "Tài liệu kiểm chứng" : "Evidence";
          if (c.evidence().required()) {
            required++;
            assertThat(evidence.text())
                .as(at)
                .startsWith(head + (lang == Lang.VI ? " (bắt buộc)" : " (required)"));
          }
          assertThat(evidence.text().indexOf(head, 1)).as(at).isEqualTo(-1);
          String description = c.evidence().description();
          if (description != null && description.contains("\n")) {
            lines++;
            Element kept = evidence.selectFirst(".lines");
            assertThat(kept).as(at).isNotNull();
            assertThat(kept.wholeText()).as(at).isEqualTo(description);
          }
        }
      }
    }
    assertThat(required).isPositive();
    assertThat(lines).isPositive();
  }

  /** Every control has a label: label[for], an enclosing label, or a radio's fieldset legend. */
  private static void everyControlIsLabelled(Document doc, String at) {
    for (Element el : doc.select("#dti-form input, #dti-form select, #dti-form textarea")) {
      boolean labelled =
          !doc.select("label[for=" + el.id() + "]").isEmpty()
              || !el.parents().select("label").isEmpty();
      assertThat(labelled).as(at + " #" + el.id()).isTrue();
    }
    for (Element el : doc.select("#dti-form [aria-describedby]")) {
      for (String id : el.attr("aria-describedby").split(" ")) {
        assertThat(doc.getElementById(id)).as(at + " " + id).isNotNull();
      }
    }
    List<String> ids = new ArrayList<>(doc.select("[id]").eachAttr("id"));
    assertThat(ids).as(at).doesNotHaveDuplicates();
  }

  @Test
  void embeddedDataIsValidJsonAndComplete() throws IOException {
    for (Framework fw : repo.dataset().frameworks()) {
      Document doc = render(repo, Lang.VI, fw, null);
      JsonNode data = JSON.readTree(doc.getElementById("framework-data").data());
      assertThat(data.get("id").asText()).isEqualTo(fw.id());
      assertThat(data.get("totalPoints").asText()).isEqualTo(fw.totalPoints().toPlainString());
      List<Criterion> all = fw.allCriteria();
      assertThat(data.get("criteria")).hasSize(all.size());
      for (int i = 0; i < all.size(); i++) {
        Criterion c = all.get(i);
        JsonNode n = data.get("criteria").get(i);
        assertThat(n.get("id").asText()).isEqualTo(c.id());
        assertThat(n.get("maxPoints").asText()).isEqualTo(c.maxPoints().toPlainString());
        assertThat(n.get("method").get("type").asText()).isEqualTo(c.method().type());
        assertThat(n.get("notApplicableAllowed").asBoolean()).isEqualTo(c.notApplicableAllowed());
        List<String> inputs = new ArrayList<>();
        n.get("inputs").forEach(x -> inputs.add(x.get("id").asText()));
        assertThat(inputs).isEqualTo(c.method().inputIds());
      }
      int inPillars = 0;
      for (JsonNode p : data.get("pillars")) {
        inPillars += p.get("criteria").size();
      }
      assertThat(inPillars).isEqualTo(fw.criteria().size());
      assertThat(data.get("t").get("errWhole").asText()).isNotBlank();
      assertThat(data.get("newFileUrl").isNull()).isTrue();
    }
  }

  @Test
  void hostileFrameworkTitleCannotCloseTheDataScript() throws IOException {
    String hostile = "</script><script>alert(1)</script><!-- \u2028 & " + SiteFixture.HOSTILE;
    SiteInput fixture = SiteFixture.input();
    Framework fw = fixture.dataset().frameworks().get(0);
    Framework evil =
        new Framework(
            fw.id(),
            hostile,
            hostile,
            fw.description(),
            fw.descriptionEn(),
            fw.source(),
            fw.level(),
            fw.periods(),
            fw.totalPoints(),
            fw.pillars(),
            fw.profileFields(),
            fw.aggregation(),
            fw.rankingGroups());
    SiteInput input = SiteFixture.withFramework(fixture, evil);
    Document doc = render(input, Lang.VI, evil, null);
    assertThat(doc.select("script:not([src])")).hasSize(1);
    Element data = doc.getElementById("framework-data");
    assertThat(data.data()).doesNotContain("<", ">", "\u2028");
    assertThat(JSON.readTree(data.data()).get("title").asText()).isEqualTo(hostile);
    assertThat(doc.selectFirst("h1").text()).contains("</script><script>alert(1)</script>");
  }

  @Test
  void sendLinksOnlyWithARepositoryUrl() throws IOException {
    Framework fw = repo.dataset().framework("nga-nam-2024").orElseThrow();
    Document with = render(repo, Lang.EN, fw, "https://github.com/opendti/dti-tinh.git");
    assertThat(with.select("#f-send")).hasSize(1);
    JsonNode data = JSON.readTree(with.getElementById("framework-data").data());
    assertThat(data.get("newFileUrl").asText())
        .isEqualTo("https://github.com/opendti/dti-tinh/new/main");
    assertThat(data.get("editUrl").asText())
        .isEqualTo("https://github.com/opendti/dti-tinh/edit/main/");
    assertThat(with.selectFirst(".form-guide a").attr("href"))
        .isEqualTo("https://github.com/opendti/dti-tinh/blob/main/docs/submit-guide.en.md");
    Document without = render(repo, Lang.VI, fw, null);
    assertThat(without.select("#f-send, .form-guide")).isEmpty();
    // No configuration jargon for officials: what to do instead.
    assertThat(without.select(".send-steps").text())
        .doesNotContain("dti.repositoryUrl")
        .contains("bấm “Lưu bài về máy” và gửi tệp cho đơn vị quản trị trang này");
  }

  @Test
  void unitsOfTheLevelWithTheirAcceptedSubmissions(@TempDir Path tmp) throws Exception {
    Framework fw = repo.dataset().framework("nga-nam-2024").orElseThrow();
    for (Lang lang : Lang.values()) {
      Document doc = render(repo, lang, fw, null);
      String json = doc.getElementById("framework-data").data();
      JsonNode data = JSON.readTree(json);
      // The units as the page's script reads them from the compact rows (form-scoring.js).
      Path file = tmp.resolve("data-" + lang.code() + ".json");
      Files.writeString(file, json);
      JsonNode units =
          JSON.readTree(NodeScript.run("units.js", NodeScript.ASSETS.toString(), file.toString()));
      assertThat(units).hasSameSizeAs(data.get("units"));
      JsonNode ngaNam = null;
      for (JsonNode u : units) {
        assertThat(repo.dataset().registry().unit(u.get("id").asText()).orElseThrow().level())
            .isEqualTo(fw.level());
        if (u.get("id").asText().equals("nga-nam")) {
          ngaNam = u;
        }
      }
      assertThat(ngaNam).isNotNull();
      String prefix = lang == Lang.VI ? "../" : "../../";
      assertThat(ngaNam.get("accepted").get("2023").asText())
          .isEqualTo(prefix + "data/nga-nam-2024/2023/submissions/nga-nam.json");
      assertThat(ngaNam.get("accepted").has("2024")).isFalse();
      assertThat(ngaNam.get("onMain")).extracting(JsonNode::asText).containsExactly("2023");
      // Found by either language's name, without diacritics, and by its id.
      assertThat(ngaNam.get("key").asText()).contains("nga nam", "thi xa nga nam");
      org.opendti.model.Unit registered = repo.dataset().registry().unit("nga-nam").orElseThrow();
      assertThat(ngaNam.get("name").asText())
          .isEqualTo(lang.pick(registered.name(), registered.nameEn()));
      if (registered.nameEn() != null) {
        assertThat(ngaNam.get("key").asText())
            .contains(SearchPage.fold(registered.nameEn()))
            .contains(SearchPage.fold(registered.name()));
      }
      String parent =
          registered.parent() == null
              ? ""
              : repo.dataset()
                  .registry()
                  .unit(registered.parent())
                  .map(p -> lang.pick(p.name(), p.nameEn()))
                  .orElse(registered.parent());
      assertThat(ngaNam.get("parent").asText()).isEqualTo(parent);
    }
    Document doc = render(repo, Lang.VI, fw, null);
    JsonNode data = JSON.readTree(doc.getElementById("framework-data").data());
    // The Excel layout is not in the page: the script fetches it when the official uses Excel.
    assertThat(data.has("sheet")).isFalse();
    assertThat(data.get("sheetUrl").asText()).isEqualTo("nga-nam-2024.sheet.json");
    // Criterion 15 is scored by the inspection team only.
    for (JsonNode c : data.get("criteria")) {
      if (c.get("id").asText().equals("15")) {
        assertThat(c.get("method").get("scoredBy").asText()).isEqualTo("reviewers");
      }
    }
  }

  /**
   * Gia Lai's commune framework applies to the communes "trên địa bàn tỉnh Gia Lai" (seed {@code
   * 004_…} Điều 1, {@code appliesTo}): its form offers those and the sample communes, not the
   * registry's communes of other provinces (Huế's, Hưng Yên's, Cần Thơ's).
   */
  @Test
  void aProvincesFormOffersItsOwnUnitsOnly() throws IOException {
    Framework fw = repo.dataset().framework("gia-lai-2023-xa").orElseThrow();
    var registry = repo.dataset().registry();
    JsonNode data =
        JSON.readTree(render(repo, Lang.VI, fw, null).getElementById("framework-data").data());
    List<String> offered = new ArrayList<>();
    data.get("units").forEach(row -> offered.add(row.get(0).asText()));
    List<String> expected =
        registry.units().stream()
            .filter(u -> u.level().equals("xa"))
            .filter(
                u ->
                    u.sample()
                        || registry.ancestors(u.id()).stream()
                            .anyMatch(a -> a.id().equals("gia-lai")))
            .map(org.opendti.model.Unit::id)
            .toList();
    assertThat(offered).containsExactlyInAnyOrderElementsOf(expected).contains("mau-huyen-1-xa-1");
    assertThat(registry.units())
        .as("the registry has communes of other provinces, which the form leaves out")
        .anyMatch(u -> u.level().equals("xa") && !u.sample() && !offered.contains(u.id()));
  }

  /** Each unit is a short row: its fields by position, its parent's name said once per page. */
  @Test
  void unitsAreCompactRows() throws IOException {
    Framework fw = repo.dataset().framework("nga-nam-2024").orElseThrow();
    JsonNode data =
        JSON.readTree(render(repo, Lang.VI, fw, null).getElementById("framework-data").data());
    assertThat(data.get("unitData").asText()).isEqualTo("../data/nga-nam-2024/");
    for (JsonNode row : data.get("units")) {
      assertThat(row.isArray()).isTrue();
      assertThat(row).hasSize(8);
      int parent = row.get(3).asInt();
      assertThat(parent).isBetween(-1, data.get("unitParents").size() - 1);
    }
    List<String> parents = new ArrayList<>();
    data.get("unitParents").forEach(p -> parents.add(p.asText()));
    assertThat(parents).doesNotHaveDuplicates();
  }

  @Test
  void repositoryUrlNeedsHttpsOwnerAndRepository() {
    assertThat(FormLinks.base("https://github.com/o/r/")).isEqualTo("https://github.com/o/r");
    assertThat(FormLinks.repository("https://github.com/o/r.git", Lang.VI).newFile())
        .isEqualTo("https://github.com/o/r/new/main");
    assertThat(FormLinks.base(" ")).isNull();
    assertThatThrownBy(() -> FormLinks.base("http://github.com/o/r"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FormLinks.base("https://github.com/o"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FormLinks.base("https://github.com/o/r%22x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> SiteRenderer.builder().templates(TEMPLATES).repositoryUrl("javascript:x").build())
        .isInstanceOf(UsageException.class);
  }
}
