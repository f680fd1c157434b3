package org.opendti.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The form's number reading ({@code readNumber} in {@code assets/form-scoring.js}, under Node) does
 * what {@code docs/formats.md}, "Numbers in the form", says: every example of its table, in both
 * languages, and what the form shows reads back as the same number.
 */
class FormNumbersNodeTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DOC = FormScoringNodeTest.REPO.resolve("docs/formats.md");

  /** One example of the table: what is typed and what it must read as. */
  private record Example(String typed, String kind, String expected) {}

  @Test
  void everyExampleOfTheFormatsTableReadsAsDocumented(@TempDir Path tmp) throws Exception {
    List<Example> examples = examples(Files.readString(DOC));
    assertThat(examples).hasSizeGreaterThan(15);
    ArrayNode cases = JSON.createArrayNode();
    for (String lang : List.of("vi", "en")) {
      for (Example e : examples) {
        cases.addArray().add(e.typed()).add(e.kind()).add(lang);
      }
    }
    Path file = tmp.resolve("cases.json");
    JSON.writeValue(file.toFile(), cases);
    JsonNode out =
        JSON.readTree(
            NodeScript.run("read-numbers.js", NodeScript.scoringModule(), file.toString()));
    for (int i = 0; i < cases.size(); i++) {
      Example e = examples.get(i % examples.size());
      JsonNode r = out.get(i);
      String at = e.typed() + " (" + cases.get(i).get(2).asText() + ")";
      switch (e.expected()) {
        case "asked" -> assertThat(r.get("error").asText()).as(at).isEqualTo("errAmbiguous");
        case "error" ->
            assertThat(r.get("error").asText()).as(at).isIn("errNumberFormat", "errPercentSign");
        default -> {
          assertThat(r.get("error").isNull()).as(at + " " + r).isTrue();
          assertThat(r.get("value").asText()).as(at).isEqualTo(e.expected());
          assertThat(r.get("again").asText())
              .as("shown " + r.get("shown") + " reads back")
              .isEqualTo(e.expected());
        }
      }
    }
  }

  @Test
  void aPercentSignOnlyEndsAPercentageAndShownDecimalsNeverLookLikeThousands(@TempDir Path tmp)
      throws Exception {
    ArrayNode cases = JSON.createArrayNode();
    cases.addArray().add("50%").add("count").add("vi");
    cases.addArray().add("1,234").add("number").add("en");
    cases.addArray().add("1234,567").add("number").add("vi");
    Path file = tmp.resolve("cases.json");
    JSON.writeValue(file.toFile(), cases);
    JsonNode out =
        JSON.readTree(
            NodeScript.run("read-numbers.js", NodeScript.scoringModule(), file.toString()));
    assertThat(out.get(0).get("error").asText()).isEqualTo("errPercentSign");
    assertThat(out.get(1).get("error").asText()).isEqualTo("errAmbiguous");
    assertThat(out.get(2).get("value").asText()).isEqualTo("1234.567");
    assertThat(out.get(2).get("shown").asText()).isEqualTo("1234,567");
  }

  /** The rows of the table under "Numbers in the form": typed examples and what they read as. */
  private static List<Example> examples(String doc) {
    int start = doc.indexOf("### Numbers in the form");
    String section = doc.substring(start, doc.indexOf("\n### ", start + 5));
    List<Example> out = new ArrayList<>();
    Pattern code = Pattern.compile("`([^`]+)`");
    for (String line : section.split("\n")) {
      if (!line.startsWith("| `")) {
        continue;
      }
      String[] cells = line.split("\\|");
      List<String> typed = new ArrayList<>();
      Matcher m = code.matcher(cells[1]);
      while (m.find()) {
        typed.add(m.group(1));
      }
      String read = cells[2].trim();
      List<String> values = List.of(read.split("\\s*·\\s*"));
      for (int i = 0; i < typed.size(); i++) {
        String t = typed.get(i);
        String expected =
            read.startsWith("asked")
                ? "asked"
                : read.equals("error") ? "error" : values.get(values.size() == 1 ? 0 : i);
        out.add(new Example(t, t.contains("%") ? "percent" : "number", expected));
      }
    }
    return out;
  }
}
