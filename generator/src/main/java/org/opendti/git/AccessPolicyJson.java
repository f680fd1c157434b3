package org.opendti.git;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.opendti.InvalidInputException;
import org.opendti.validate.Diagnostic;
import org.opendti.validate.Severity;

/** Strict reading of {@code policy/access.json}: every problem is collected, with its place. */
final class AccessPolicyJson {

  /** A GitHub user {@code @login} or team {@code @org/team}. */
  static final Pattern ACCOUNT =
      Pattern.compile("@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9][A-Za-z0-9._-]*)?");

  /** Unit ids, as in {@code docs/formats.md}. */
  static final Pattern UNIT_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          .build();

  /** The file as written; the {@code $schema} member is allowed and ignored. */
  private record Raw(
      @JsonProperty("$schema") String schema,
      @JsonProperty(value = "maintainers", required = true) List<String> maintainers,
      @JsonProperty(value = "reviewers", required = true) List<String> reviewers,
      @JsonProperty(value = "maintainerPaths", required = true) List<String> maintainerPaths,
      @JsonProperty(value = "units", required = true) Map<String, List<String>> units) {}

  private AccessPolicyJson() {}

  static AccessPolicy read(Path path, String file) {
    try {
      return parse(Files.readAllBytes(path), file);
    } catch (NoSuchFileException e) {
      throw invalid(file, List.of(error(file, 0, 0, "", "missing-file", "the file is missing")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AccessPolicy parse(byte[] json, String file) {
    Raw raw;
    try {
      raw = MAPPER.readValue(json, Raw.class);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String pointer = e instanceof JsonMappingException m ? pointer(m) : "";
      int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
      int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
      throw invalid(
          file, List.of(error(file, line, column, pointer, "json", e.getOriginalMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Diagnostic> problems = new ArrayList<>();
    if (raw.maintainers() == null
        || raw.reviewers() == null
        || raw.maintainerPaths() == null
        || raw.units() == null) {
      String m = "maintainers, reviewers, maintainerPaths and units are required and not null";
      throw invalid(file, List.of(error(file, 0, 0, "", "required", m)));
    }
    if (raw.maintainers().isEmpty()) {
      problems.add(error(file, 0, 0, "/maintainers", "no-maintainers", "list at least one"));
    }
    accounts(file, "/maintainers", raw.maintainers(), problems);
    accounts(file, "/reviewers", raw.reviewers(), problems);
    for (int i = 0; i < raw.maintainerPaths().size(); i++) {
      String glob = raw.maintainerPaths().get(i);
      if (glob == null || glob.isEmpty() || glob.startsWith("/") || glob.contains("\\")) {
        problems.add(
            error(
                file,
                0,
                0,
                "/maintainerPaths/" + i,
                "bad-glob",
                "not a repository-relative glob: " + glob));
      }
    }
    raw.units()
        .forEach(
            (unit, accounts) -> {
              String at = "/units/" + unit.replace("~", "~0").replace("/", "~1");
              if (!UNIT_ID.matcher(unit).matches()) {
                problems.add(error(file, 0, 0, at, "bad-unit-id", "not a unit id: " + unit));
              }
              if (accounts == null) {
                problems.add(error(file, 0, 0, at, "bad-account", "a list of accounts, not null"));
              } else {
                accounts(file, at, accounts, problems);
              }
            });
    if (!problems.isEmpty()) {
      throw invalid(file, problems);
    }
    return new AccessPolicy(
        raw.maintainers(), raw.reviewers(), raw.maintainerPaths(), new TreeMap<>(raw.units()));
  }

  private static void accounts(
      String file, String pointer, List<String> accounts, List<Diagnostic> problems) {
    var seen = new HashSet<String>();
    for (int i = 0; i < accounts.size(); i++) {
      String a = accounts.get(i);
      if (a == null || !ACCOUNT.matcher(a).matches()) {
        problems.add(
            error(
                file,
                0,
                0,
                pointer + "/" + i,
                "bad-account",
                "not a GitHub @login or @org/team: " + a));
      } else if (!seen.add(a.toLowerCase(java.util.Locale.ROOT))) {
        problems.add(
            error(file, 0, 0, pointer + "/" + i, "duplicate-account", "listed twice: " + a));
      }
    }
  }

  private static String pointer(JsonMappingException e) {
    StringBuilder s = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      s.append('/');
      s.append(r.getIndex() >= 0 ? String.valueOf(r.getIndex()) : r.getFieldName());
    }
    return s.toString();
  }

  private static Diagnostic error(
      String file, int line, int column, String pointer, String code, String message) {
    return new Diagnostic(Severity.ERROR, code, file, line, column, pointer, message, null);
  }

  private static InvalidInputException invalid(String file, List<Diagnostic> problems) {
    return new InvalidInputException(file + " is not a valid access policy", problems);
  }
}
