package org.opendti.render;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a script under Node.js and returns its standard output; fails clearly without Node. */
final class NodeScript {

  static final Path ASSETS = Path.of("..", "site-templates", "assets").toAbsolutePath();
  static final Path SCRIPTS = Path.of("src", "test", "resources", "form").toAbsolutePath();

  private NodeScript() {}

  static String run(String script, String... args) throws IOException, InterruptedException {
    Path node = node();
    List<String> cmd =
        new ArrayList<>(List.of(node.toString(), SCRIPTS.resolve(script).toString()));
    cmd.addAll(List.of(args));
    Path err = Files.createTempFile("node", ".err");
    Process p =
        new ProcessBuilder(cmd)
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("node " + script + " did not finish in 60 s");
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    Files.deleteIfExists(err);
    if (p.exitValue() != 0) {
      fail("node " + script + " failed (" + p.exitValue() + "):\n" + stderr);
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  /** The form-scoring.js module, as a path Node's require accepts. */
  static String scoringModule() {
    return ASSETS.resolve("form-scoring.js").toString();
  }

  private static Path node() {
    for (String candidate : List.of("/usr/bin/node", "/usr/local/bin/node")) {
      Path p = Path.of(candidate);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    String path = System.getenv("PATH") == null ? "" : System.getenv("PATH");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path p = Path.of(dir, "node");
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return fail(
        "Node.js is required to test assets/form-scoring.js against the Java scorer, but `node`"
            + " is not on the PATH: install it (apt-get install nodejs; .ci/run can do it).");
  }
}
