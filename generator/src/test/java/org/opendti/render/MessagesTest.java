package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Lang;
import org.opendti.render.view.TextPart;

class MessagesTest {

  @Test
  void argumentsGoInInOnePass() {
    assertThat(Messages.format("{0} / {1}", "a", "b")).isEqualTo("a / b");
    assertThat(Messages.format("{1}{0}{1}", "a", "b")).isEqualTo("bab");
    assertThat(Messages.format("không có", "a")).isEqualTo("không có");
    // Text from the data goes in as it is: a "{1}" inside it is never read as a reference.
    assertThat(Messages.format("{0}!", "{1} $1 \\")).isEqualTo("{1} $1 \\!");
    assertThat(Messages.format("{{0}} {x} {10} {", "a")).isEqualTo("{a} {x} {10} {");
  }

  /**
   * The English site says a count as "Errors to fix: 3", never "3 error(s)": the form's, the
   * workbench's and the scorecard's counts read as English for 0, 1 and more, with no plural rule.
   */
  @Test
  void englishSiteTextHasNoPluralInBrackets() throws IOException {
    Map<String, String> en = Messages.load(SiteRendererTest.TEMPLATES).get(Lang.EN);
    assertThat(en.entrySet()).filteredOn(e -> e.getValue().matches(".*\\w\\(s\\).*")).isEmpty();
  }

  /** The same as the regular expression it replaces, for random patterns. */
  @Test
  void sameAsTheRegularExpression() {
    Pattern reference = Pattern.compile("\\{(\\d)}");
    String[] pieces = {"{", "}", "0", "1", "2", "9", "a", "ố", " ", "{0}", "{1}", "$", "\\"};
    String[] args = {"X", "{0}", "$1", "\\", "đ", "", "{1}", "z", "y", "w"};
    Random random = new Random(3);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder pattern = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        pattern.append(pieces[random.nextInt(pieces.length)]);
      }
      String p = pattern.toString();
      Matcher m = reference.matcher(p);
      StringBuilder expected = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(expected, Matcher.quoteReplacement(args[m.group(1).charAt(0) - '0']));
      }
      m.appendTail(expected);
      assertThat(Messages.format(p, args)).as(p).isEqualTo(expected.toString());
      // parts says the same words, cut where an argument begins and ends.
      TextPart[] marked =
          java.util.Arrays.stream(args).map(a -> new TextPart(a, "vi")).toArray(TextPart[]::new);
      assertThat(String.join("", Messages.parts(p, marked).stream().map(TextPart::text).toList()))
          .as(p)
          .isEqualTo(expected.toString());
    }
  }

  /** The pattern's own words are in the page's language; each argument keeps its own. */
  @Test
  void partsKeepEachArgumentsLanguage() {
    assertThat(
            Messages.parts(
                "{0} of {1}", new TextPart("Nghị quyết 1", "vi"), new TextPart("Quốc hội", "vi")))
        .containsExactly(
            new TextPart("Nghị quyết 1", "vi"),
            new TextPart(" of ", ""),
            new TextPart("Quốc hội", "vi"));
    assertThat(Messages.parts("no argument", new TextPart("x", "vi")))
        .containsExactly(new TextPart("no argument", ""));
  }

  /**
   * Officials often use a phone: a message that names a keyboard shortcut (Ctrl+A, Ctrl+V) also
   * says what to do on a touch screen, in both languages.
   */
  @Test
  void aKeyboardShortcutComesWithItsTouchAlternative() throws IOException {
    Map<Lang, Map<String, String>> all = Messages.load(SiteRendererTest.TEMPLATES);
    Map<Lang, String> touch = Map.of(Lang.VI, "nhấn giữ", Lang.EN, "long-press");
    for (Lang lang : touch.keySet()) {
      assertThat(all.get(lang).entrySet())
          .as(lang.code())
          .filteredOn(e -> e.getValue().matches("(?s).*Ctrl\\+[AV].*"))
          .isNotEmpty()
          .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).contains(touch.get(lang)));
    }
  }

  /**
   * A translation says every argument its original says: a {@code {0}} left out of one language
   * would drop a name or a number from that language's pages without an error.
   */
  @Test
  void bothLanguagesUseTheSameArguments() throws IOException {
    Map<Lang, Map<String, String>> all = Messages.load(SiteRendererTest.TEMPLATES);
    Pattern argument = Pattern.compile("\\{(\\d)}");
    for (Map.Entry<String, String> vi : all.get(Lang.VI).entrySet()) {
      java.util.Set<String> viArgs = new java.util.TreeSet<>();
      java.util.Set<String> enArgs = new java.util.TreeSet<>();
      argument.matcher(vi.getValue()).results().forEach(m -> viArgs.add(m.group()));
      argument
          .matcher(all.get(Lang.EN).get(vi.getKey()))
          .results()
          .forEach(m -> enArgs.add(m.group()));
      assertThat(enArgs).as(vi.getKey()).isEqualTo(viArgs);
    }
  }
}
