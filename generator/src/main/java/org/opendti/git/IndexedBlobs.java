package org.opendti.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * The Git blob id of each work-tree file that Git's index says is unchanged since it was staged
 * (issue #17, target 3): a rebuild learns what a file holds without reading it. After {@code git
 * checkout} (as {@code actions/checkout} runs it) or a commit, that is every file not edited since.
 *
 * <p>An entry is believed as {@code git status} believes it: the file is a regular file with the
 * entry's size and modification time, and that time is before the index was written (an entry as
 * recent as the index may hide an edit made within the same tick of the clock: Git's "racily clean"
 * entries). So an edit that keeps a file's size and modification time is not seen, as Git does not
 * see it. When the work tree may hold other bytes than the blobs (line endings converted by {@code
 * core.autocrlf}, or any {@code .gitattributes} file, which can name filters), no entry is
 * believed. Thread-safe once read.
 */
public final class IndexedBlobs {

  /** No index, or one not to believe: every file must be read. */
  public static final IndexedBlobs NONE = new IndexedBlobs(Map.of(), Instant.MIN);

  private record Entry(long length, Instant modified, String blob) {}

  private final Map<String, Entry> entries;
  private final Instant indexWritten;

  private IndexedBlobs(Map<String, Entry> entries, Instant indexWritten) {
    this.entries = entries;
    this.indexWritten = indexWritten;
  }

  /**
   * The index of the Git work tree whose top folder is {@code root}; {@link #NONE} if {@code root}
   * is not one, its index cannot be read, or its files may differ from their blobs.
   */
  public static IndexedBlobs read(Path root) {
    if (!Files.exists(root.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
      return NONE;
    }
    // The builder follows a linked worktree's .git file.
    try (Repository repository =
        new FileRepositoryBuilder().setWorkTree(root.toFile()).setMustExist(true).build()) {
      String autocrlf =
          repository.getConfig().getString(ConfigConstants.CONFIG_CORE_SECTION, null, "autocrlf");
      if ((autocrlf != null && !autocrlf.equalsIgnoreCase("false"))
          || Files.exists(root.resolve(".gitattributes"))
          || Files.exists(repository.getDirectory().toPath().resolve("info/attributes"))) {
        return NONE;
      }
      Instant written = Files.getLastModifiedTime(repository.getIndexFile().toPath()).toInstant();
      DirCache index = repository.readDirCache();
      Map<String, Entry> entries = new HashMap<>(index.getEntryCount() * 2);
      for (int i = 0; i < index.getEntryCount(); i++) {
        DirCacheEntry e = index.getEntry(i);
        if (e.getStage() == DirCacheEntry.STAGE_0 && !e.isSmudged()) {
          entries.put(
              e.getPathString(),
              new Entry(e.getLength(), e.getLastModifiedInstant(), e.getObjectId().name()));
        }
      }
      return new IndexedBlobs(entries, written);
    } catch (IOException | RuntimeException unreadable) {
      return NONE;
    }
  }

  /**
   * The blob id of {@code path} (repository-relative) if the index says {@code file} still holds
   * it; null if it may not, or the index has no such entry.
   */
  public String unchanged(String path, Path file) {
    Entry e = entries.get(path);
    if (e == null) {
      return null;
    }
    try {
      BasicFileAttributes attrs =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return attrs.isRegularFile() && !maybeChanged(e.length(), e.modified(), attrs, indexWritten)
          ? e.blob()
          : null;
    } catch (IOException e2) {
      return null;
    }
  }

  /** Entries believed: none for {@link #NONE}. */
  public int size() {
    return entries.size();
  }

  /**
   * Whether a file may differ from an index entry of {@code length} and {@code modified}: another
   * size or time, or a time so close to the index's own that an edit in the same tick would not
   * show (Git's "racily clean" entries).
   */
  static boolean maybeChanged(
      long length, Instant modified, BasicFileAttributes file, Instant indexWritten) {
    if (file.size() != length) {
      return true;
    }
    Instant time = file.lastModifiedTime().toInstant();
    return !time.equals(modified) || !time.isBefore(indexWritten);
  }
}
