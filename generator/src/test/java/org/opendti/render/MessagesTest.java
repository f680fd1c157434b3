package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opendti.diagnostic.Lang;

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
    }
  }
}
