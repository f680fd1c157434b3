package org.opendti.load.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.opendti.load.KeptBytes;
import org.opendti.model.Answer;
import org.opendti.model.Contact;
import org.opendti.model.Evidence;
import org.opendti.model.Review;
import org.opendti.model.SortedMaps;
import org.opendti.model.Submission;
import org.opendti.model.Value;

/**
 * Submissions and reviews as compact bytes, for the read cache ({@link ReadCache}): each distinct
 * text and each distinct map of inputs is written once per stream and referred to by number after
 * that, so a 10,000-unit repository's 240 MB of JSON become a few tens of MB that read back without
 * parsing, schema checks or mapping.
 *
 * <p>A stream is written and read in one order, entry after entry; a reader must read every entry
 * it is given, since later entries refer to the texts and maps of earlier ones. What is read back
 * equals what was written ({@code ModelCodecTest}), its texts, numbers, dates and maps shared
 * through the load's {@link StringPool} as the mappers share them.
 *
 * <p>Text is written as UTF-8, so a string with a lone surrogate could not come back as it was: the
 * writer refuses it ({@link Unencodable}), and the caller leaves that file out of the cache. (The
 * loader reports such a string as an error, so an accepted file never has one.)
 */
final class ModelCodec {

  private static final int SUBMISSION = 1;
  private static final int REVIEW = 2;

  private ModelCodec() {}

  /** A record the codec cannot write exactly; nothing of it has been written. */
  static final class Unencodable extends Exception {
    Unencodable(String why) {
      super(why, null, false, false);
    }
  }

  /** Writes entries to a stream; one per stream, on one thread. */
  static final class Writer {
    private final OutputStream out;
    private final KeptBytes.Output entry = new KeptBytes.Output();
    private final Map<String, Integer> texts = new HashMap<>();
    private final Map<Map<String, Value>, Integer> maps = new IdentityHashMap<>();

    // What the entry being written adds to the tables: kept apart until the entry is complete, so
    // that an entry refused halfway leaves the tables as the reader will see them.
    private final Map<String, Integer> newTexts = new HashMap<>();
    private final Map<Map<String, Value>, Integer> newMaps = new IdentityHashMap<>();

    Writer(OutputStream out) {
      this.out = out;
    }

    /** Writes one submission with the file's ids. */
    void submission(String contentId, String blobId, Submission s) throws IOException, Unencodable {
      begin(SUBMISSION, s.file(), contentId, blobId);
      text(s.unit());
      text(s.framework());
      text(s.period());
      contact(s.preparer());
      contact(s.approver());
      map(s.profile());
      text(s.prioritySector());
      entry.varint(s.answers().size());
      for (Answer a : s.answers()) {
        text(a.criterion());
        map(a.inputs());
        decimal(a.selfScore());
        evidence(a.evidence());
        text(a.notes());
        if (a.notApplicable() == null) {
          entry.varint(0);
        } else {
          entry.varint(1);
          text(a.notApplicable().reason());
        }
      }
      end();
    }

    /** Writes one review with the file's ids. */
    void review(String contentId, String blobId, Review r) throws IOException, Unencodable {
      begin(REVIEW, r.file(), contentId, blobId);
      text(r.unit());
      text(r.framework());
      text(r.period());
      contact(r.reviewer());
      date(r.date());
      entry.varint(r.corrections().size());
      for (Review.Correction c : r.corrections()) {
        text(c.criterion());
        map(c.inputs());
        decimal(c.points());
        entry.varint(c.notApplicable() == null ? 0 : c.notApplicable() ? 2 : 1);
        text(c.reason());
        if (c.was() == null) {
          entry.varint(0);
        } else {
          entry.varint(c.was().notApplicable() ? 2 : 1);
          map(c.was().inputs());
        }
        evidence(c.evidence());
      }
      entry.varint(r.objections().size());
      for (Review.Objection o : r.objections()) {
        text(o.reference());
        text(o.criterion());
        date(o.received());
        entry.varint(o.decision() == null ? 0 : o.decision().ordinal() + 1);
        text(o.reason());
        date(o.decided());
      }
      end();
    }

    /** Marks the end of the stream. */
    void finish() throws IOException {
      out.write(0);
    }

    private void begin(int kind, String file, String contentId, String blobId) throws Unencodable {
      entry.clear();
      newTexts.clear();
      newMaps.clear();
      entry.varint(kind);
      text(file);
      text(contentId);
      text(blobId);
    }

    private void end() throws IOException {
      int textBase = texts.size();
      newTexts.forEach((t, i) -> texts.put(t, textBase + i));
      int mapBase = maps.size();
      newMaps.forEach((m, i) -> maps.put(m, mapBase + i));
      entry.writeTo(out);
    }

    private void contact(Contact c) throws Unencodable {
      if (c == null) {
        entry.varint(0);
        return;
      }
      entry.varint(1);
      text(c.name());
      text(c.office());
      text(c.title());
      text(c.phone());
      text(c.email());
    }

    private void evidence(List<Evidence> list) throws Unencodable {
      entry.varint(list.size());
      for (Evidence e : list) {
        text(e.kind());
        text(e.number());
        date(e.date());
        text(e.issuer());
        text(e.title());
        text(e.url());
      }
    }

    private void map(Map<String, Value> map) throws Unencodable {
      Integer known = maps.get(map);
      if (known == null) {
        Integer pending = newMaps.get(map);
        known = pending == null ? null : maps.size() + pending;
      }
      if (known != null) {
        entry.varint(known + 1);
        return;
      }
      entry.varint(0);
      entry.varint(map.size());
      for (Map.Entry<String, Value> e : map.entrySet()) {
        text(e.getKey());
        value(e.getValue());
      }
      newMaps.put(map, newMaps.size());
    }

    private void value(Value v) throws Unencodable {
      if (v instanceof Value.Num n) {
        entry.varint(1);
        decimal(n.value());
      } else if (v instanceof Value.Bool b) {
        entry.varint(b.value() ? 3 : 2);
      } else if (v instanceof Value.Text t) {
        entry.varint(4);
        text(t.value());
      } else if (v instanceof Value.Date d) {
        entry.varint(5);
        date(d.value());
      } else {
        throw new Unencodable("a value of no known kind");
      }
    }

    private void decimal(BigDecimal d) throws Unencodable {
      text(d == null ? null : d.toString());
    }

    private void date(LocalDate d) throws Unencodable {
      text(d == null ? null : d.toString());
    }

    /** 0: null; 1: a new text follows (length, UTF-8); n > 1: the text numbered n - 2. */
    private void text(String s) throws Unencodable {
      if (s == null) {
        entry.varint(0);
        return;
      }
      Integer known = texts.get(s);
      if (known == null) {
        Integer pending = newTexts.get(s);
        known = pending == null ? null : texts.size() + pending;
      }
      if (known != null) {
        entry.varint(known + 2);
        return;
      }
      if (hasLoneSurrogate(s)) {
        throw new Unencodable("a lone surrogate");
      }
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      entry.varint(1);
      entry.varint(utf8.length);
      entry.bytes(utf8);
      newTexts.put(s, newTexts.size());
    }

    private static boolean hasLoneSurrogate(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)
            && i + 1 < s.length()
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          return true;
        }
      }
      return false;
    }
  }

  /** One entry read back: the file's path, its ids and its record. */
  record Entry(
      String file, String contentId, String blobId, Submission submission, Review review) {}

  /**
   * Reads the entries of a stream's bytes, in order; one per stream, on one thread. A stream not
   * written by {@link Writer} throws {@link IllegalArgumentException} or {@link
   * IndexOutOfBoundsException} somewhere, never gives a record the writer was not given.
   */
  static final class Reader {
    private final KeptBytes.Input in;
    private final StringPool pool;
    private String[] texts = new String[1024];
    private int textCount;
    private Value.Num[] numbers = new Value.Num[1024];
    private BigDecimal[] decimals = new BigDecimal[1024];
    private LocalDate[] dates = new LocalDate[1024];
    private final List<Map<String, Value>> maps = new ArrayList<>();

    Reader(KeptBytes.Input in, StringPool pool) {
      this.in = in;
      this.pool = pool;
    }

    /** The next entry; null at the end of the stream. */
    Entry next() {
      int kind = varint();
      if (kind == 0) {
        return null;
      }
      if (kind != SUBMISSION && kind != REVIEW) {
        throw new IllegalArgumentException("unknown entry kind " + kind);
      }
      String file = text();
      String contentId = text();
      String blobId = text();
      return kind == SUBMISSION
          ? new Entry(file, contentId, blobId, submission(file), null)
          : new Entry(file, contentId, blobId, null, review(file));
    }

    /** Whether every byte was read. */
    boolean atEnd() {
      return in.atEnd();
    }

    private Submission submission(String file) {
      String unit = text();
      String framework = text();
      String period = text();
      Contact preparer = contact();
      Contact approver = contact();
      Map<String, Value> profile = map();
      String sector = text();
      int n = count();
      List<Answer> answers = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String criterion = text();
        Map<String, Value> inputs = map();
        BigDecimal self = decimal();
        List<Evidence> evidence = evidence();
        String notes = text();
        Answer.NotApplicable na = varint() == 0 ? null : new Answer.NotApplicable(text());
        answers.add(new Answer(criterion, inputs, self, evidence, notes, na));
      }
      return new Submission(
          file, unit, framework, period, preparer, approver, profile, sector, answers);
    }

    private Review review(String file) {
      String unit = text();
      String framework = text();
      String period = text();
      Contact reviewer = contact();
      LocalDate date = date();
      int n = count();
      List<Review.Correction> corrections = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String criterion = text();
        Map<String, Value> inputs = map();
        BigDecimal points = decimal();
        int na = varint();
        Boolean notApplicable = na == 0 ? null : na == 2;
        String reason = text();
        int wasTag = varint();
        Review.Was was = wasTag == 0 ? null : new Review.Was(map(), wasTag == 2);
        List<Evidence> evidence = evidence();
        corrections.add(
            new Review.Correction(criterion, inputs, points, notApplicable, reason, was, evidence));
      }
      int m = count();
      List<Review.Objection> objections = new ArrayList<>(m);
      Review.Decision[] decisions = Review.Decision.values();
      for (int i = 0; i < m; i++) {
        String reference = text();
        String criterion = text();
        LocalDate received = date();
        int d = varint();
        if (d > decisions.length) {
          throw new IllegalArgumentException("unknown decision " + d);
        }
        String reason = text();
        LocalDate decided = date();
        objections.add(
            new Review.Objection(
                reference, criterion, received, d == 0 ? null : decisions[d - 1], reason, decided));
      }
      return new Review(file, unit, framework, period, reviewer, date, corrections, objections);
    }

    private Contact contact() {
      if (varint() == 0) {
        return null;
      }
      return new Contact(text(), text(), text(), text(), text());
    }

    private List<Evidence> evidence() {
      int n = count();
      if (n == 0) {
        return List.of();
      }
      Evidence[] list = new Evidence[n];
      for (int i = 0; i < n; i++) {
        list[i] = new Evidence(text(), text(), date(), text(), text(), text());
      }
      return Arrays.asList(list);
    }

    private Map<String, Value> map() {
      int ref = varint();
      if (ref > 0) {
        return maps.get(ref - 1);
      }
      int n = count();
      Map<String, Value> map = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        String key = text();
        map.put(key, value());
      }
      Map<String, Value> shared = pool.inputs(SortedMaps.copyOf(map));
      maps.add(shared);
      return shared;
    }

    private Value value() {
      int tag = varint();
      return switch (tag) {
        case 1 -> number();
        case 2 -> Value.Bool.FALSE;
        case 3 -> Value.Bool.TRUE;
        case 4 -> new Value.Text(text());
        case 5 -> new Value.Date(date());
        default -> throw new IllegalArgumentException("unknown value kind " + tag);
      };
    }

    private Value.Num number() {
      int i = textIndex();
      if (i < 0) {
        throw new IllegalArgumentException("a number without text");
      }
      if (numbers[i] == null) {
        numbers[i] = pool.number(decimalAt(i));
      }
      return numbers[i];
    }

    private BigDecimal decimal() {
      int i = textIndex();
      return i < 0 ? null : decimalAt(i);
    }

    private BigDecimal decimalAt(int i) {
      if (decimals[i] == null) {
        decimals[i] = new BigDecimal(texts[i]);
      }
      return decimals[i];
    }

    private LocalDate date() {
      int i = textIndex();
      if (i < 0) {
        return null;
      }
      if (dates[i] == null) {
        dates[i] = pool.date(texts[i]);
      }
      return dates[i];
    }

    private String text() {
      int i = textIndex();
      return i < 0 ? null : texts[i];
    }

    /** The number of the text read, -1 for null. */
    private int textIndex() {
      int ref = in.reference(textCount);
      if (ref != KeptBytes.Input.NEW) {
        return ref;
      }
      String s = pool.get(in.utf8(count()));
      if (textCount == texts.length) {
        int size = textCount * 2;
        texts = Arrays.copyOf(texts, size);
        numbers = Arrays.copyOf(numbers, size);
        decimals = Arrays.copyOf(decimals, size);
        dates = Arrays.copyOf(dates, size);
      }
      texts[textCount] = s;
      return textCount++;
    }

    private int count() {
      return in.count();
    }

    private int varint() {
      return in.varint();
    }
  }
}
