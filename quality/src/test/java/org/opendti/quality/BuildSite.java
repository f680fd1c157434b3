package org.opendti.quality;

import java.nio.file.Path;
import org.opendti.Pipeline;

/**
 * {@code java -cp … org.opendti.quality.BuildSite <repository> <output>}: the whole pipeline in a
 * JVM of its own, so a test can vary the zone, locale and file order a build sees.
 */
public final class BuildSite {

  private BuildSite() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: BuildSite <repository> <output>");
      System.exit(2);
    }
    Pipeline.builder().repositoryRoot(Path.of(args[0])).build().publish(Path.of(args[1]));
  }
}
