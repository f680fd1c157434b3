package org.opendti.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * {@link GitRepo#changedPaths(String, String)} read straight from the files under {@code .git},
 * without JGit: for the pull-request check in a fresh JVM, where opening a repository with JGit
 * (294 classes from a signed jar, the system configuration asked of two {@code git} processes, its
 * message bundle, caches and their threads) took about half a second before a single object was
 * read, against the few milliseconds the two commits and the trees that differ take.
 *
 * <p>It reads only what it knows exactly: a plain {@code .git} folder in SHA-1 format with loose
 * objects and version-2 pack indexes, a revision that is a full lower-case SHA or a ref name looked
 * up as JGit looks it up ({@code name}, {@code refs/}, {@code refs/tags/}, {@code refs/heads/},
 * {@code refs/remotes/}, loose before packed, tags peeled), and a single merge base. Anything else
 * (a linked work tree, a shallow clone, alternates, grafts, repository extensions, an abbreviated
 * or relative revision, two merge bases, no shared history, a missing or unreadable object, a name
 * that is not UTF-8) gives empty, and the caller asks JGit, which answers or reports the problem.
 * {@code DirectGitTest} checks both agree on loose and packed (deltified) repositories.
 */
final class DirectGit {

  private static final int COMMIT = 1;
  private static final int TREE = 2;
  private static final int TAG = 4;
  private static final int OFS_DELTA = 6;
  private static final int REF_DELTA = 7;

  private static final Pattern FULL_ID = Pattern.compile("[0-9a-f]{40}");
  private static final Pattern REF_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._/-]*");
  private static final List<String> SEARCH_PATH =
      List.of("", "refs/", "refs/tags/", "refs/heads/", "refs/remotes/");

  /** Something this reader does not read exactly: JGit is asked instead. */
  private static final class Unsupported extends Exception {
    Unsupported(String why) {
      super(why, null, false, false);
    }
  }

  private final Path gitDir;
  private final List<PackIndex> packs = new ArrayList<>();
  private Map<String, String> packedRefs;
  private final Map<String, byte[]> commits = new HashMap<>();
  private final Inflater inflater = new Inflater();

  private DirectGit(Path gitDir) {
    this.gitDir = gitDir;
  }

  /**
   * The paths whose entry differs between the merge base of {@code base} and {@code head} and
   * {@code head}, sorted; empty when this reader cannot say exactly (JGit then answers).
   */
  static Optional<SortedSet<String>> changedPaths(Path root, String base, String head) {
    Path gitDir = root.resolve(".git");
    if (!Files.isDirectory(gitDir, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    DirectGit git = new DirectGit(gitDir);
    try {
      return Optional.of(git.changed(base, head));
    } catch (Unsupported | IOException | RuntimeException e) {
      return Optional.empty();
    } finally {
      git.inflater.end();
      git.packs.forEach(PackIndex::close);
    }
  }

  private SortedSet<String> changed(String base, String head) throws IOException, Unsupported {
    plainRepository();
    String headCommit = commit(resolve(head));
    String mergeBase = mergeBase(commit(resolve(base)), headCommit);
    SortedSet<String> paths = new TreeSet<>();
    diff("", tree(mergeBase), tree(headCommit), paths);
    return paths;
  }

  /** Fails for every layout whose objects or refs are found elsewhere or rewritten. */
  private void plainRepository() throws IOException, Unsupported {
    for (String other :
        List.of("shallow", "commondir", "reftable", "info/grafts", "objects/info/alternates")) {
      if (Files.exists(gitDir.resolve(other), LinkOption.NOFOLLOW_LINKS)) {
        throw new Unsupported(other);
      }
    }
    for (String line : Files.readAllLines(gitDir.resolve("config"), StandardCharsets.UTF_8)) {
      String l = line.strip().toLowerCase(Locale.ROOT);
      if (l.startsWith("[extensions")
          || (l.startsWith("repositoryformatversion")
              && !l.matches("repositoryformatversion\\s*=\\s*[01]"))) {
        throw new Unsupported(line);
      }
    }
    Path packDir = gitDir.resolve("objects/pack");
    if (Files.isDirectory(packDir)) {
      try (Stream<Path> files = Files.list(packDir)) {
        for (Path idx : files.filter(p -> p.toString().endsWith(".idx")).sorted().toList()) {
          String name = idx.getFileName().toString();
          Path pack = idx.resolveSibling(name.substring(0, name.length() - 4) + ".pack");
          if (Files.isRegularFile(pack)) {
            packs.add(new PackIndex(Files.readAllBytes(idx), pack));
          }
        }
      }
    }
  }

  // ---- revisions

  /** The object a revision names: a full id, or a ref by JGit's search path. */
  private String resolve(String revision) throws IOException, Unsupported {
    if (FULL_ID.matcher(revision).matches()) {
      return revision;
    }
    if (!REF_NAME.matcher(revision).matches()
        || revision.contains("..")
        || revision.contains("//")
        || revision.endsWith("/")
        || revision.contains("/.")
        || revision.contains(".lock/")
        || revision.endsWith(".")
        || revision.endsWith(".lock")) {
      throw new Unsupported(revision);
    }
    for (String prefix : SEARCH_PATH) {
      Optional<String> id = ref(prefix + revision, 0);
      if (id.isPresent()) {
        return id.get();
      }
    }
    throw new Unsupported("no ref " + revision); // JGit may still read it, e.g. as an abbreviation
  }

  /** A ref's id, following symbolic refs: the loose file first, then packed-refs. */
  private Optional<String> ref(String name, int depth) throws IOException, Unsupported {
    if (depth > 5) {
      throw new Unsupported("symbolic refs too deep");
    }
    Path loose = gitDir.resolve(name);
    if (Files.isRegularFile(loose, LinkOption.NOFOLLOW_LINKS)) {
      String content = Files.readString(loose, StandardCharsets.UTF_8).strip();
      if (FULL_ID.matcher(content).matches()) {
        return Optional.of(content);
      }
      if (content.startsWith("ref: ")) {
        return Optional.of(
            ref(content.substring(5).strip(), depth + 1)
                .orElseThrow(() -> new Unsupported("unborn " + content)));
      }
      throw new Unsupported("not a ref: " + name);
    }
    if (Files.exists(loose, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(loose)) {
      throw new Unsupported("a link at " + name);
    }
    return Optional.ofNullable(packedRefs().get(name));
  }

  private Map<String, String> packedRefs() throws IOException, Unsupported {
    if (packedRefs == null) {
      packedRefs = new HashMap<>();
      Path file = gitDir.resolve("packed-refs");
      if (Files.isRegularFile(file)) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (line.isEmpty() || line.startsWith("#") || line.startsWith("^")) {
            continue;
          }
          int space = line.indexOf(' ');
          if (space != 40 || !FULL_ID.matcher(line.substring(0, 40)).matches()) {
            throw new Unsupported("packed-refs: " + line);
          }
          packedRefs.putIfAbsent(line.substring(41), line.substring(0, 40));
        }
      }
    }
    return packedRefs;
  }

  /** The id of the commit {@code id} names, annotated tags peeled. */
  private String commit(String id) throws IOException, Unsupported {
    for (int depth = 0; depth < 10; depth++) {
      Obj o = read(id);
      if (o.type == COMMIT) {
        commits.put(id, o.data);
        return id;
      }
      if (o.type != TAG) {
        throw new Unsupported("not a commit: " + id);
      }
      id = header(o.data, "object ").orElseThrow(() -> new Unsupported("tag without object"));
    }
    throw new Unsupported("tags too deep");
  }

  // ---- merge base: Git's paint-down, trusted only when it finds exactly one

  private static final int FROM_BASE = 1;
  private static final int FROM_HEAD = 2;
  private static final int STALE = 4;
  private static final int RESULT = 8;

  private record Queued(String id, long time, long order) {}

  private String mergeBase(String baseId, String headId) throws IOException, Unsupported {
    Map<String, Integer> flags = new HashMap<>();
    PriorityQueue<Queued> queue =
        new PriorityQueue<>(
            (a, b) ->
                a.time != b.time ? Long.compare(b.time, a.time) : Long.compare(a.order, b.order));
    long[] order = {0};
    flags.merge(baseId, FROM_BASE, (a, b) -> a | b);
    queue.add(new Queued(baseId, time(commits.get(baseId)), order[0]++));
    flags.merge(headId, FROM_HEAD, (a, b) -> a | b);
    queue.add(new Queued(headId, time(commits.get(headId)), order[0]++));
    List<String> results = new ArrayList<>();
    while (queue.stream().anyMatch(q -> (flags.get(q.id) & STALE) == 0)) {
      Queued q = queue.poll();
      int f = flags.get(q.id) & (FROM_BASE | FROM_HEAD | STALE);
      if (f == (FROM_BASE | FROM_HEAD)) {
        if ((flags.get(q.id) & RESULT) == 0) {
          flags.merge(q.id, RESULT, (a, b) -> a | b);
          results.add(q.id);
        }
        f |= STALE;
      }
      for (String parent : parents(commits.get(q.id))) {
        int has = flags.getOrDefault(parent, 0);
        if ((has & f) == f) {
          continue;
        }
        flags.put(parent, has | f);
        if (!commits.containsKey(parent)) {
          commit(parent);
        }
        queue.add(new Queued(parent, time(commits.get(parent)), order[0]++));
      }
    }
    List<String> bases = results.stream().filter(r -> (flags.get(r) & STALE) == 0).toList();
    if (bases.size() != 1) {
      throw new Unsupported(bases.size() + " merge bases");
    }
    return bases.get(0);
  }

  private static List<String> parents(byte[] commit) {
    List<String> parents = new ArrayList<>();
    for (String line : headerLines(commit)) {
      if (line.startsWith("parent ")) {
        parents.add(line.substring(7));
      }
    }
    return parents;
  }

  /** The committer's time, the order Git's merge-base walk visits commits in. */
  private static long time(byte[] commit) throws Unsupported {
    String committer = header(commit, "committer ").orElseThrow(() -> new Unsupported("committer"));
    String[] parts = committer.substring(committer.lastIndexOf('>') + 1).strip().split(" ");
    try {
      return Long.parseLong(parts[0]);
    } catch (NumberFormatException e) {
      throw new Unsupported("committer time");
    }
  }

  private byte[] tree(String commit) throws IOException, Unsupported {
    String id = header(commits.get(commit), "tree ").orElseThrow(() -> new Unsupported("no tree"));
    Obj o = read(id);
    if (o.type != TREE) {
      throw new Unsupported("not a tree: " + id);
    }
    return o.data;
  }

  private static Optional<String> header(byte[] object, String key) {
    return headerLines(object).stream()
        .filter(l -> l.startsWith(key))
        .findFirst()
        .map(l -> l.substring(key.length()));
  }

  /** The header of a commit or tag: the lines before the first empty one. */
  private static List<String> headerLines(byte[] object) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < object.length; i++) {
      if (object[i] == '\n') {
        if (i == start) {
          break;
        }
        lines.add(new String(object, start, i - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    return lines;
  }

  // ---- trees

  private record Entry(byte[] name, int mode, String id) {
    boolean isTree() {
      return (mode & 0170000) == 0040000;
    }
  }

  private static List<Entry> entries(byte[] tree) throws Unsupported {
    List<Entry> entries = new ArrayList<>();
    int i = 0;
    while (i < tree.length) {
      int mode = 0;
      while (i < tree.length && tree[i] != ' ') {
        if (tree[i] < '0' || tree[i] > '7') {
          throw new Unsupported("tree mode");
        }
        mode = mode * 8 + (tree[i++] - '0');
      }
      int nameStart = ++i;
      while (i < tree.length && tree[i] != 0) {
        i++;
      }
      if (i + 21 > tree.length || i == nameStart) {
        throw new Unsupported("tree entry");
      }
      byte[] name = Arrays.copyOfRange(tree, nameStart, i);
      entries.add(new Entry(name, mode, hex(tree, i + 1)));
      i += 21;
    }
    return entries;
  }

  /**
   * Git's order of tree entries, which is JGit's {@code TreeWalk}'s: a tree sorts as if its name
   * ended with {@code /}; a file and a tree of the same name are two entries.
   */
  private static int compare(Entry a, Entry b) {
    int n = Math.min(a.name.length, b.name.length);
    for (int i = 0; i < n; i++) {
      int c = (a.name[i] & 0xff) - (b.name[i] & 0xff);
      if (c != 0) {
        return c;
      }
    }
    int ca = a.name.length > n ? a.name[n] & 0xff : a.isTree() ? '/' : 0;
    int cb = b.name.length > n ? b.name[n] & 0xff : b.isTree() ? '/' : 0;
    return ca - cb;
  }

  /** Every leaf path whose mode or id differs, as a recursive {@code TreeWalk} with ANY_DIFF. */
  private void diff(String prefix, byte[] a, byte[] b, SortedSet<String> out)
      throws IOException, Unsupported {
    List<Entry> left = a == null ? List.of() : entries(a);
    List<Entry> right = b == null ? List.of() : entries(b);
    int i = 0;
    int j = 0;
    while (i < left.size() || j < right.size()) {
      int c = i == left.size() ? 1 : j == right.size() ? -1 : compare(left.get(i), right.get(j));
      if (c < 0) {
        onOneSide(prefix, left.get(i++), out);
      } else if (c > 0) {
        onOneSide(prefix, right.get(j++), out);
      } else {
        Entry l = left.get(i++);
        Entry r = right.get(j++);
        if (l.mode == r.mode && l.id.equals(r.id)) {
          continue;
        }
        if (l.isTree()) {
          diff(prefix + name(l) + "/", treeBytes(l.id), treeBytes(r.id), out);
        } else {
          out.add(prefix + name(l));
        }
      }
    }
  }

  private void onOneSide(String prefix, Entry e, SortedSet<String> out)
      throws IOException, Unsupported {
    if (e.isTree()) {
      diff(prefix + name(e) + "/", treeBytes(e.id), null, out);
    } else {
      out.add(prefix + name(e));
    }
  }

  private byte[] treeBytes(String id) throws IOException, Unsupported {
    Obj o = read(id);
    if (o.type != TREE) {
      throw new Unsupported("not a tree: " + id);
    }
    return o.data;
  }

  private static String name(Entry e) throws Unsupported {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(e.name))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      throw new Unsupported("name not UTF-8");
    }
  }

  // ---- objects

  private record Obj(int type, byte[] data) {}

  private Obj read(String id) throws IOException, Unsupported {
    byte[] raw = raw(id);
    for (PackIndex pack : packs) {
      long offset = pack.find(raw);
      if (offset >= 0) {
        return pack.object(offset, this, 0);
      }
    }
    Path loose = gitDir.resolve("objects").resolve(id.substring(0, 2)).resolve(id.substring(2));
    if (!Files.isRegularFile(loose)) {
      throw new Unsupported("missing object " + id);
    }
    return loose(Files.readAllBytes(loose));
  }

  private Obj loose(byte[] compressed) throws Unsupported {
    inflater.reset();
    inflater.setInput(compressed);
    ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 3);
    byte[] buf = new byte[8192];
    try {
      while (!inflater.finished()) {
        int n = inflater.inflate(buf);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new Unsupported("truncated loose object");
        }
        out.write(buf, 0, n);
      }
    } catch (DataFormatException e) {
      throw new Unsupported("corrupt loose object");
    }
    byte[] all = out.toByteArray();
    int space = indexOf(all, (byte) ' ', 0);
    int nul = indexOf(all, (byte) 0, 0);
    if (space < 0 || nul < space) {
      throw new Unsupported("loose object header");
    }
    String type = new String(all, 0, space, StandardCharsets.US_ASCII);
    int size;
    try {
      size =
          Integer.parseInt(new String(all, space + 1, nul - space - 1, StandardCharsets.US_ASCII));
    } catch (NumberFormatException e) {
      throw new Unsupported("loose object size");
    }
    if (size != all.length - nul - 1) {
      throw new Unsupported("loose object size");
    }
    int t =
        switch (type) {
          case "commit" -> COMMIT;
          case "tree" -> TREE;
          case "blob" -> 3;
          case "tag" -> TAG;
          default -> throw new Unsupported("type " + type);
        };
    return new Obj(t, Arrays.copyOfRange(all, nul + 1, all.length));
  }

  /** Inflates exactly {@code size} bytes of the zlib stream at {@code position} of {@code file}. */
  private byte[] inflate(FileChannel file, long position, int size)
      throws IOException, Unsupported {
    inflater.reset();
    byte[] out = new byte[size + 1]; // room to see the stream end, or that it does not
    byte[] in = new byte[Math.max(512, Math.min(size + 64, 1 << 16))];
    int n = 0;
    try {
      while (!inflater.finished()) {
        if (inflater.needsInput()) {
          int r = file.read(ByteBuffer.wrap(in), position);
          if (r <= 0) {
            throw new Unsupported("truncated pack");
          }
          position += r;
          inflater.setInput(in, 0, r);
        }
        int k = inflater.inflate(out, n, out.length - n);
        n += k;
        if (n > size || (k == 0 && inflater.needsDictionary())) {
          throw new Unsupported("pack object size");
        }
      }
    } catch (DataFormatException e) {
      throw new Unsupported("corrupt pack object");
    }
    if (n != size) {
      throw new Unsupported("pack object size");
    }
    return Arrays.copyOf(out, size);
  }

  /** A version-2 pack index with its pack. */
  private static final class PackIndex {
    private final byte[] idx;
    private final Path packPath;
    private final int count;
    private FileChannel pack;

    PackIndex(byte[] idx, Path packPath) throws Unsupported {
      if (idx.length < 8 + 256 * 4
          || (idx[0] & 0xff) != 0xff
          || idx[1] != 't'
          || idx[2] != 'O'
          || idx[3] != 'c'
          || int32(idx, 4) != 2) {
        throw new Unsupported("pack index version");
      }
      this.idx = idx;
      this.packPath = packPath;
      this.count = int32(idx, 8 + 255 * 4);
      if (idx.length < 8 + 256 * 4 + count * 28L + 40) {
        throw new Unsupported("pack index size");
      }
    }

    /** The object's offset in the pack, or -1. */
    long find(byte[] id) throws Unsupported {
      int first = id[0] & 0xff;
      int lo = first == 0 ? 0 : int32(idx, 8 + (first - 1) * 4);
      int hi = int32(idx, 8 + first * 4);
      int names = 8 + 256 * 4;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        int c = Arrays.compareUnsigned(idx, names + mid * 20, names + mid * 20 + 20, id, 0, 20);
        if (c == 0) {
          int offsets = names + count * 24;
          long offset = int32(idx, offsets + mid * 4) & 0xffffffffL;
          if ((offset & 0x80000000L) != 0) {
            int large = offsets + count * 4 + (int) (offset & 0x7fffffffL) * 8;
            if (large + 8 > idx.length) {
              throw new Unsupported("pack index offset");
            }
            offset =
                ((int32(idx, large) & 0xffffffffL) << 32) | (int32(idx, large + 4) & 0xffffffffL);
          }
          return offset;
        } else if (c < 0) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return -1;
    }

    /** The object at {@code offset}, its deltas applied. */
    Obj object(long offset, DirectGit git, int depth) throws IOException, Unsupported {
      if (depth > 10_000) {
        throw new Unsupported("delta chain");
      }
      if (pack == null) {
        pack = FileChannel.open(packPath);
      }
      byte[] head = new byte[32];
      int got = pack.read(ByteBuffer.wrap(head), offset);
      if (got < 2) {
        throw new Unsupported("truncated pack");
      }
      int p = 0;
      int c = head[p++] & 0xff;
      int type = (c >> 4) & 7;
      long size = c & 15;
      int shift = 4;
      while ((c & 0x80) != 0) {
        if (p >= got || shift > 56) {
          throw new Unsupported("pack entry header");
        }
        c = head[p++] & 0xff;
        size |= (long) (c & 0x7f) << shift;
        shift += 7;
      }
      if (size > Integer.MAX_VALUE - 16) {
        throw new Unsupported("object too large");
      }
      switch (type) {
        case COMMIT, TREE, 3, TAG -> {
          return new Obj(type, git.inflate(pack, offset + p, (int) size));
        }
        case OFS_DELTA -> {
          if (p >= got) {
            throw new Unsupported("pack entry header");
          }
          c = head[p++] & 0xff;
          long back = c & 0x7f;
          while ((c & 0x80) != 0) {
            if (p >= got) {
              throw new Unsupported("pack entry header");
            }
            c = head[p++] & 0xff;
            back = ((back + 1) << 7) | (c & 0x7f);
          }
          if (back <= 0 || back > offset) {
            throw new Unsupported("delta base offset");
          }
          byte[] delta = git.inflate(pack, offset + p, (int) size);
          Obj base = object(offset - back, git, depth + 1);
          return new Obj(base.type, applyDelta(base.data, delta));
        }
        case REF_DELTA -> {
          if (p + 20 > got) {
            throw new Unsupported("pack entry header");
          }
          String baseId = hex(head, p);
          byte[] delta = git.inflate(pack, offset + p + 20, (int) size);
          Obj base = git.read(baseId);
          return new Obj(base.type, applyDelta(base.data, delta));
        }
        default -> throw new Unsupported("pack object type " + type);
      }
    }

    void close() {
      try {
        if (pack != null) {
          pack.close();
        }
      } catch (IOException ignored) {
        // read-only; nothing was written
      }
    }
  }

  /** Git's delta format: the base's and result's sizes, then copy and insert instructions. */
  static byte[] applyDelta(byte[] base, byte[] delta) throws Unsupported {
    int[] at = {0};
    long baseSize = varint(delta, at);
    long resultSize = varint(delta, at);
    if (baseSize != base.length || resultSize > Integer.MAX_VALUE - 16) {
      throw new Unsupported("delta sizes");
    }
    byte[] out = new byte[(int) resultSize];
    int o = 0;
    int i = at[0];
    while (i < delta.length) {
      int op = delta[i++] & 0xff;
      if ((op & 0x80) != 0) {
        long offset = 0;
        long length = 0;
        for (int b = 0; b < 4; b++) {
          if ((op & (1 << b)) != 0) {
            if (i >= delta.length) {
              throw new Unsupported("delta copy");
            }
            offset |= (long) (delta[i++] & 0xff) << (8 * b);
          }
        }
        for (int b = 0; b < 3; b++) {
          if ((op & (0x10 << b)) != 0) {
            if (i >= delta.length) {
              throw new Unsupported("delta copy");
            }
            length |= (long) (delta[i++] & 0xff) << (8 * b);
          }
        }
        if (length == 0) {
          length = 0x10000;
        }
        if (offset + length > base.length || o + length > out.length) {
          throw new Unsupported("delta copy");
        }
        System.arraycopy(base, (int) offset, out, o, (int) length);
        o += (int) length;
      } else if (op != 0) {
        if (i + op > delta.length || o + op > out.length) {
          throw new Unsupported("delta insert");
        }
        System.arraycopy(delta, i, out, o, op);
        i += op;
        o += op;
      } else {
        throw new Unsupported("delta op 0");
      }
    }
    if (o != out.length) {
      throw new Unsupported("delta result size");
    }
    return out;
  }

  private static long varint(byte[] b, int[] at) throws Unsupported {
    long v = 0;
    int shift = 0;
    int c;
    do {
      if (at[0] >= b.length || shift > 56) {
        throw new Unsupported("delta header");
      }
      c = b[at[0]++] & 0xff;
      v |= (long) (c & 0x7f) << shift;
      shift += 7;
    } while ((c & 0x80) != 0);
    return v;
  }

  private static int int32(byte[] b, int at) {
    return ((b[at] & 0xff) << 24)
        | ((b[at + 1] & 0xff) << 16)
        | ((b[at + 2] & 0xff) << 8)
        | (b[at + 3] & 0xff);
  }

  private static int indexOf(byte[] b, byte v, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static String hex(byte[] b, int at) {
    char[] c = new char[40];
    for (int i = 0; i < 20; i++) {
      c[2 * i] = HEX[(b[at + i] >> 4) & 15];
      c[2 * i + 1] = HEX[b[at + i] & 15];
    }
    return new String(c);
  }

  private static byte[] raw(String id) throws Unsupported {
    if (!FULL_ID.matcher(id).matches()) {
      throw new Unsupported("object id " + id);
    }
    byte[] b = new byte[20];
    for (int i = 0; i < 20; i++) {
      b[i] = (byte) Integer.parseInt(id.substring(2 * i, 2 * i + 2), 16);
    }
    return b;
  }
}
