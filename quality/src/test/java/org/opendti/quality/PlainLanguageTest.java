package org.opendti.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Code;

/**
 * Plain language on every Vietnamese page (issue #16): what a citizen reads holds no JSON pointer,
 * no diagnostic code, no file name, no time in UTC without Vietnam's zone and none of the English
 * words the repository speaks, except a data file's identifiers marked {@code <code lang="en">}.
 * The text read is the page's visible text and its {@code title}, {@code alt}, {@code aria-label}
 * and {@code placeholder} attributes; scripts and styles are not text. Each leftover is reported
 * with its page and the words around it.
 */
class PlainLanguageTest {

  /** A JSON pointer into a repository file, e.g. {@code /pillars/0/criteria/3/id}. */
  private static final Pattern POINTER =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}./])/(pillars|criteria|groups|answers|inputs|method|bands|units|levels"
              + "|evidence|corrections|periods|aggregation|rankingGroups|sourcePoints)"
              + "(/[\\p{L}\\p{N}._-]+)*");

  /** A file name: {@code nga-nam.json}, {@code 004_362616729f5630a5.txt}, {@code scores.csv}. */
  private static final Pattern FILE =
      Pattern.compile("[\\p{L}\\p{N}_-]+\\.(json|txt|csv|ftlh|properties|xlsx)(?![\\p{L}\\p{N}])");

  /** A seed cited by its file name's prefix, {@code 002_…}. */
  private static final Pattern SEED = Pattern.compile("\\b00[0-9]_");

  /** A time in UTC without Vietnam's offset beside it. */
  private static final Pattern UTC = Pattern.compile("\\bUTC\\b(?!\\+7)");

  /** A code span left by Markdown's backticks, or a field name in camel case. */
  private static final Pattern CODE_WORD =
      Pattern.compile("`|(?<![\\p{L}\\p{N}])[a-z]+[A-Z][a-z]+[A-Za-z]*(?![\\p{L}\\p{N}])");

  /**
   * English words the repository and its tools speak that are not Vietnamese; none of them is a
   * Vietnamese syllable (unlike "an", "do", "in", "no", "to").
   */
  static final List<String> ENGLISH =
      List.of(
          "the",
          "and",
          "with",
          "from",
          "which",
          "this",
          "that",
          "are",
          "only",
          "each",
          "seed",
          "report",
          "plan",
          "decision",
          "warning",
          "error",
          "computed",
          "difference",
          "commit",
          "commits",
          "pointer",
          "criteria",
          "criterion",
          "framework",
          "assessed",
          "bonus",
          "ratio",
          "cohort",
          "points",
          "score",
          "scores",
          "sample",
          "true",
          "false",
          "null",
          "download",
          "submitted",
          "reviewed",
          "encoding",
          "source",
          "deadline",
          "period",
          "unit",
          "units",
          "rank",
          "total",
          "yesNo",
          "severity",
          "location",
          "info");

  private static final Pattern ENGLISH_WORD =
      Pattern.compile(
          "(?i)(?<![\\p{L}\\p{N}])(" + String.join("|", ENGLISH) + ")(?![\\p{L}\\p{N}])");

  /**
   * English that belongs on a Vietnamese page: the bilingual sample-data banner (README, "Sample
   * data"), and the labels of GitHub's own buttons that the form's sending steps quote.
   */
  static final List<String> ALLOWED =
      List.of(
          "Dữ liệu mẫu / Sample data",
          "“Commit changes…”",
          "“Create a new branch…”",
          "“Propose changes”",
          "“Create pull request”");

  /** Diagnostic codes, kebab case, as {@code [band-gap]} printed them. */
  private static final Pattern CODES =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}-])("
              + Arrays.stream(Code.values())
                  .map(Code::id)
                  .distinct()
                  .map(Pattern::quote)
                  .collect(Collectors.joining("|"))
              + ")(?![\\p{L}\\p{N}-])");

  @Test
  void noVietnamesePageShowsDeveloperText() {
    Path site = Sites.site();
    List<String> pages =
        Sites.htmlPages(site).stream()
            .filter(p -> !p.startsWith("en/") && !p.startsWith("assets/"))
            .toList();
    assertThat(pages).hasSizeGreaterThan(20);
    List<String> leftovers = new ArrayList<>();
    for (String page : pages) {
      leftovers.addAll(leftovers(page, text(site.resolve(page))));
    }
    System.out.printf(
        "Plain language: %d Vietnamese page(s), %d leftover(s)%n", pages.size(), leftovers.size());
    assertThat(leftovers)
        .as("developer text on Vietnamese pages (page: what [around it])")
        .isEmpty();
  }

  /** The check can fail: each kind of leftover is found, Vietnamese prose is not. */
  @Test
  void eachKindOfLeftoverIsFound() {
    assertThat(leftovers("x.html", "[band-gap] /pillars/0/groups/0/criteria/0/method/bands/1: …"))
        .anyMatch(l -> l.contains("band-gap"))
        .anyMatch(l -> l.contains("/pillars/0/groups/0/criteria/0/method/bands/1"));
    assertThat(leftovers("x.html", "seed 002_… (nga-nam.json), 2024-01-12 08:00 UTC"))
        .anyMatch(l -> l.contains("002_"))
        .anyMatch(l -> l.contains("nga-nam.json"))
        .anyMatch(l -> l.contains("UTC"))
        .anyMatch(l -> l.contains("seed"));
    assertThat(leftovers("x.html", "Tài liệu (plan, report); có `notApplicableAllowed: true`"))
        .anyMatch(l -> l.contains("plan"))
        .anyMatch(l -> l.contains("notApplicableAllowed"));
    assertThat(
            leftovers(
                "x.html",
                "Tỷ lệ hồ sơ trực tuyến 12/01/2024 15:00 (giờ Việt Nam, UTC+7); tải tệp .json hoặc"
                    + " .xlsx; do Đoàn kiểm tra chấm, an toàn thông tin, in ra giấy."
                    + " https://dti.example.vn/units/x/report.html"))
        .isEmpty();
  }

  static String text(Path page) {
    try {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      // A data file's own identifiers, marked as English code (the open-data page's column
      // names: unit_id, total, criterion_<mã>), are what a reader looks for in the file.
      doc.select("script, style, template, code[lang=en]").remove();
      StringBuilder out = new StringBuilder(doc.body().text());
      for (Element e : doc.select("[title], [alt], [aria-label], [placeholder]")) {
        for (String a : List.of("title", "alt", "aria-label", "placeholder")) {
          if (e.hasAttr(a)) {
            out.append(" \u2016 ").append(e.attr(a));
          }
        }
      }
      out.append(" \u2016 ").append(doc.title());
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> leftovers(String page, String text) {
    for (String allowed : ALLOWED) {
      text = text.replace(allowed, " ");
    }
    // a web address (the printed summary's, a legal act's source) is not prose
    text = text.replaceAll("https?://\\S+", " ");
    List<String> out = new ArrayList<>();
    for (Pattern p : List.of(POINTER, FILE, SEED, UTC, CODE_WORD, ENGLISH_WORD, CODES)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int from = Math.max(0, m.start() - 40);
        int to = Math.min(text.length(), m.end() + 40);
        out.add(page + ": " + m.group() + " [" + text.substring(from, to) + "]");
      }
    }
    return out;
  }
}
