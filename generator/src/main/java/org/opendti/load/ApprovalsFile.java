package org.opendti.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.opendti.diagnostic.Code;
import org.opendti.diagnostic.Diagnostics;
import org.opendti.load.internal.DiagnosticSink;
import org.opendti.load.internal.InputBytes;
import org.opendti.load.internal.JsonDocument;
import org.opendti.load.internal.StrictJsonReader;
import org.opendti.model.Approvals;

/**
 * Reads the approvals file ({@link Approvals}) strictly: UTF-8 JSON as every input file, then its
 * shape, every problem reported with its place. A file with any error gives {@link Approvals#NONE}:
 * approvers are then shown as unknown, never guessed.
 */
public final class ApprovalsFile {

  private static final Pattern SHA = Pattern.compile("[0-9a-f]{40}");
  private static final Pattern LOGIN = Pattern.compile("@[A-Za-z0-9][A-Za-z0-9-]{0,38}");

  /**
   * The largest approvals file read: 64 MiB. It holds one entry of about 100 bytes per merge into
   * main that changed a submission, so a national repository passes the 2 MiB of an input file
   * within a few periods; this holds about 600,000. The publish workflow writes it from the host's
   * API, not a pull request; it is still read as strictly as any file.
   */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  private ApprovalsFile() {}

  /** What reading gave: the record, and the problems (errors leave the record empty). */
  public record Result(Approvals approvals, Diagnostics diagnostics) {}

  /** Reads {@code file}; {@code name} is how diagnostics name it. */
  public static Result read(Path file, String name) {
    DiagnosticSink sink = new DiagnosticSink();
    InputBytes in = InputBytes.read(file, name, MAX_BYTES);
    if (!in.ok()) {
      in.problem().accept(sink);
      return new Result(Approvals.NONE, new Diagnostics(sink.list()));
    }
    Optional<JsonDocument> parsed = new StrictJsonReader(MAX_BYTES).read(name, in.bytes(), sink);
    if (parsed.isEmpty()) {
      return new Result(Approvals.NONE, new Diagnostics(sink.list()));
    }
    JsonDocument doc = parsed.get();
    java.util.SortedMap<String, Approvals.Approval> out = new TreeMap<>();
    JsonNode commits = doc.root().path("commits");
    if (!doc.root().isObject() || !commits.isObject()) {
      wrong(sink, doc, "/commits", "{ \"<commit>\": { … } }");
    } else {
      commits
          .fields()
          .forEachRemaining(
              e -> {
                String at = "/commits/" + SourceIndex.escape(e.getKey());
                approval(e.getKey(), e.getValue(), at, doc, sink)
                    .ifPresent(a -> out.put(e.getKey(), a));
              });
    }
    boolean failed = sink.hasErrors(name);
    return new Result(failed ? Approvals.NONE : new Approvals(out), new Diagnostics(sink.list()));
  }

  private static Optional<Approvals.Approval> approval(
      String sha, JsonNode n, String at, JsonDocument doc, DiagnosticSink sink) {
    boolean ok = true;
    if (!SHA.matcher(sha).matches()) {
      wrong(sink, doc, at, "40 hex digits");
      ok = false;
    }
    JsonNode pr = n.path("pullRequest");
    if (!n.isObject() || !pr.canConvertToInt() || !pr.isIntegralNumber() || pr.asInt() < 1) {
      wrong(sink, doc, at + "/pullRequest", "1, 2, 3…");
      ok = false;
    }
    List<String> approvers = new ArrayList<>();
    JsonNode list = n.path("approvers");
    if (!list.isArray()) {
      wrong(sink, doc, at + "/approvers", "[\"@login\", …]");
      ok = false;
    } else {
      for (int i = 0; i < list.size(); i++) {
        if (!list.get(i).isTextual() || !LOGIN.matcher(list.get(i).asText()).matches()) {
          wrong(sink, doc, at + "/approvers/" + i, "\"@login\"");
          ok = false;
        } else {
          approvers.add(list.get(i).asText());
        }
      }
    }
    if (n.isObject() && n.size() > 2) {
      wrong(sink, doc, at, "{\"pullRequest\": …, \"approvers\": […]}");
      ok = false;
    }
    return ok
        ? Optional.of(new Approvals.Approval(pr.asInt(), approvers.stream().sorted().toList()))
        : Optional.empty();
  }

  private static void wrong(DiagnosticSink sink, JsonDocument doc, String pointer, String shape) {
    sink.error(Code.APPROVALS_SHAPE, doc.file(), doc.locate(pointer), pointer, shape);
  }
}
