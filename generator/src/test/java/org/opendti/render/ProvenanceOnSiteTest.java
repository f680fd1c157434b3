package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendti.diagnostic.Lang;
import org.opendti.git.FileProvenance;
import org.opendti.git.MainCommit;
import org.opendti.score.UnitScore;

class ProvenanceOnSiteTest {

  private static final String SHA1 = "1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
  private static final String SHA2 = "2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
  private static final String HASH = "ab".repeat(32);

  @TempDir Path schemas;

  @Test
  void aScorecardAndTheOpenDataShowWhereTheSubmissionCameFrom() {
    SiteInput plain = SiteFixture.input();
    UnitScore s = plain.scores().get(0);
    FileProvenance p =
        new FileProvenance(
            s.submissionFile(),
            new MainCommit(SHA1, Instant.parse("2024-01-12T08:00:00Z"), 12, List.of()),
            new MainCommit(SHA2, Instant.parse("2024-02-01T09:30:00Z"), 13, List.of("@ivan")),
            List.of(SHA1, SHA2),
            HASH);
    SiteInput input = withProvenance(plain, p);

    RenderedSite site = SiteRendererTest.renderer(schemas, null).render(input);

    Document vi = Jsoup.parse(site.text(ScorecardPage.path(Lang.VI, s)));
    assertThat(vi.select("#provenance").text()).isEqualTo("Nguồn gốc hồ sơ");
    assertThat(vi.select("dl.provenance").text())
        .doesNotContain(s.submissionFile())
        // Vietnam's time, with the zone shown (issue #16): 08:00 UTC is 15:00 in Vietnam
        .contains("12/01/2024 15:00 (giờ Việt Nam, UTC+7) (yêu cầu hợp nhất #12)")
        .contains("01/02/2024 16:30 (giờ Việt Nam, UTC+7) (yêu cầu hợp nhất #13)")
        .contains("@ivan")
        .contains("1111111, 2222222")
        .contains(HASH);
    assertThat(vi.select("dl.provenance").text()).contains("Người phê duyệt @ivan");
    assertThat(vi.select("dl.provenance a").attr("href"))
        .endsWith("data/xa-mau/" + s.periodId() + "/submissions/" + s.unitId() + ".json");
    Document en = Jsoup.parse(site.text(ScorecardPage.path(Lang.EN, s)));
    assertThat(en.select("dl.provenance").text()).contains("First submitted").contains("#13");

    String csv =
        new String(
            site.bytes("data/xa-mau/" + s.periodId() + "/scores.csv"), StandardCharsets.UTF_8);
    assertThat(csv.lines().findFirst().orElseThrow())
        .endsWith(String.join(",", OpenData.PROVENANCE_COLUMNS));
    assertThat(csv)
        .contains("2024-01-12T08:00:00Z,12,2024-02-01T09:30:00Z,13,'@ivan,1111111 2222222," + HASH);
    assertThat(site.text("data/xa-mau/" + s.periodId() + "/scores.json"))
        .contains("\"lastChangedAt\":\"2024-02-01T09:30:00Z\"")
        .contains("\"sha256\":\"" + HASH + "\"");
  }

  @Test
  void withoutTheHostsRecordTheApproverIsShownAsUnknown() {
    SiteInput plain = SiteFixture.input();
    UnitScore s = plain.scores().get(0);
    MainCommit commit = MainCommit.unapproved(SHA1, Instant.parse("2024-01-12T08:00:00Z"), 12);
    SiteInput input =
        withProvenance(
            plain, new FileProvenance(s.submissionFile(), commit, commit, List.of(SHA1), HASH));

    RenderedSite site = SiteRendererTest.renderer(schemas, null).render(input);

    assertThat(
            Jsoup.parse(site.text(ScorecardPage.path(Lang.VI, s))).select("dl.provenance").text())
        .contains("Người phê duyệt Không rõ");
    assertThat(
            Jsoup.parse(site.text(ScorecardPage.path(Lang.EN, s))).select("dl.provenance").text())
        .contains("Approved by Unknown");
    assertThat(site.text("data/xa-mau/" + s.periodId() + "/scores.json"))
        .contains("\"approvedBy\":null");
  }

  @Test
  void withoutGitHistoryNothingIsShownAndTheColumnsStayAsTheyWere() {
    SiteInput plain = SiteFixture.input();
    UnitScore s = plain.scores().get(0);

    RenderedSite site = SiteRendererTest.renderer(schemas, null).render(plain);

    assertThat(Jsoup.parse(site.text(ScorecardPage.path(Lang.VI, s))).select("#provenance"))
        .isEmpty();
    String csv =
        new String(
            site.bytes("data/xa-mau/" + s.periodId() + "/scores.csv"), StandardCharsets.UTF_8);
    assertThat(csv).doesNotContain("sha256");
  }

  /** The fixture with one file's provenance. */
  private static SiteInput withProvenance(SiteInput plain, FileProvenance p) {
    return new SiteInput(
        plain.dataset(),
        plain.diagnostics(),
        plain.scores(),
        plain.rankings(),
        new TreeMap<>(Map.of(p.path(), p)));
  }
}
