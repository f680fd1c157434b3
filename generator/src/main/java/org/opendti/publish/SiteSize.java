package org.opendti.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * How big a published site is as the Pages host receives it: the tar archive that {@code
 * actions/upload-pages-artifact} makes of the folder, hard links copied in full ({@code tar
 * --dereference --hard-dereference}: a Pages artifact may hold no links). GitHub Pages publishes at
 * most 1 GB per site ("Published GitHub Pages sites may be no larger than 1 GB", docs.github.com,
 * "GitHub Pages limits"), so {@code dti:publish} checks this before the workflow uploads anything.
 *
 * @param files regular files
 * @param bytes their contents
 * @param tarBytes the POSIX/GNU tar archive: a 512-byte header per file and folder (and a long-name
 *     header and block for paths over 99 bytes), contents padded to 512 bytes, two end blocks, the
 *     whole padded to tar's 10,240-byte records
 * @param byFolder content bytes per top-level folder ({@code en/} counted with its own first
 *     folder, e.g. {@code en/units}), files at the root under "."
 */
public record SiteSize(long files, long bytes, long tarBytes, Map<String, Long> byFolder) {

  /** GitHub Pages' limit on a published site, 1 GB. */
  public static final long PAGES_LIMIT = 1_000_000_000L;

  private static final int BLOCK = 512;
  private static final int RECORD = 10_240;

  public SiteSize {
    byFolder = Map.copyOf(byFolder);
  }

  /**
   * Measures the folder {@code output}, following no symbolic links below it; {@code output} itself
   * may be one (the published output path links to its current version, see {@link SitePublisher}).
   */
  public static SiteSize measure(Path output) throws IOException {
    Path site = output.toRealPath();
    long files = 0;
    long bytes = 0;
    long tar = 0;
    Map<String, Long> folders = new TreeMap<>();
    List<Path> all;
    try (Stream<Path> walk = Files.walk(site)) {
      all = walk.filter(p -> !p.equals(site)).toList();
    }
    tar += header("./");
    for (Path p : all) {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
      String rel = site.relativize(p).toString().replace('\\', '/');
      // The action packs "." of the folder: every name starts "./".
      String name = "./" + rel + (a.isDirectory() ? "/" : "");
      tar += header(name);
      if (a.isRegularFile()) {
        files++;
        bytes += a.size();
        tar += padded(a.size());
        folders.merge(folder(rel), a.size(), Long::sum);
      }
    }
    tar += 2 * BLOCK;
    tar = (tar + RECORD - 1) / RECORD * RECORD;
    return new SiteSize(files, bytes, tar, folders);
  }

  /** The folders that hold the most bytes, largest first, at most {@code n}. */
  public List<Map.Entry<String, Long>> largest(int n) {
    return byFolder.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(n)
        .toList();
  }

  private static long header(String name) {
    int length = name.getBytes(StandardCharsets.UTF_8).length;
    // GNU tar writes a name longer than its 100-byte field as an extra ././@LongLink entry.
    return length > 99 ? 2 * BLOCK + padded(length + 1) : BLOCK;
  }

  private static long padded(long size) {
    return (size + BLOCK - 1) / BLOCK * BLOCK;
  }

  private static String folder(String rel) {
    String[] parts = rel.split("/");
    if (parts.length == 1) {
      return ".";
    }
    if (parts[0].equals("en") && parts.length > 2) {
      return "en/" + parts[1];
    }
    return parts[0];
  }
}
