package org.opendti.score;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendti.load.KeptBytes;
import org.opendti.model.Classification;

/**
 * Units' scores as compact bytes, for the score cache ({@link ScoreCache}): each distinct text,
 * formula, criterion score, pillar score and classification is written once per stream and referred
 * to by number after that. Scores of one framework share most of these (the scorer gives equal ones
 * one object), so 20,000 scores of 50 criteria each read back as a few hundred thousand objects,
 * without the methods, formulas and sums that made them.
 *
 * <p>A stream is written and read in one order, entry after entry; a reader must read every entry
 * it is given, since later entries refer to the objects of earlier ones. Texts are written as their
 * UTF-16 code units, so every string comes back as it was, lone surrogates included. What is read
 * back equals what was written ({@code ScoreCacheTest}).
 */
final class ScoreCodec {

  private static final int ENTRY = 1;

  private ScoreCodec() {}

  /** One entry: what the score was computed from ({@link ScoreCache.Key}), and the score. */
  record Entry(ScoreCache.Key key, UnitScore score) {}

  /** Writes entries to a stream; one per stream, on one thread. */
  static final class Writer {
    private final OutputStream out;
    private final KeptBytes.Output bytes = new KeptBytes.Output();
    private final Map<String, Integer> texts = new HashMap<>();
    private int textCount;
    // The scorer shares equal values as one object, so identity finds nearly every repeat
    // without hashing a formula's numbers; an equal copy is merely written twice. Numbered without
    // a box per object: at 10,000 units a full build numbers about 600,000 of them, and what it
    // allocated here outlived the young generation and raised the publish's peak memory.
    private final IdentityNumbers objects = new IdentityNumbers();
    private int objectCount;
    private final IdentityNumbers decimals = new IdentityNumbers();

    Writer(OutputStream out) {
      this.out = out;
    }

    /** Writes one entry. */
    void entry(ScoreCache.Key key, UnitScore s) throws IOException {
      bytes.varint(ENTRY);
      text(key.file());
      text(key.contentId());
      text(key.reviewId());
      text(key.arrival());
      bool(key.sample());
      text(key.cohortStats());
      text(s.unitId());
      text(s.frameworkId());
      text(s.periodId());
      text(s.submissionFile());
      bytes.varint(s.criteria().size());
      for (CriterionScore c : s.criteria()) {
        criterion(c);
      }
      bytes.varint(s.pillars().size());
      for (PillarScore p : s.pillars()) {
        pillar(p);
      }
      decimal(s.assessedPoints());
      decimal(s.assessedMax());
      decimal(s.rescaled());
      text(s.prioritySector());
      decimal(s.sectorPoints());
      decimal(s.sectorMax());
      decimal(s.bonus());
      decimal(s.total());
      classification(s.classification());
      bool(s.sample());
      if (bytes.size() > 1 << 16) {
        bytes.writeTo(out);
      }
    }

    /** Marks the end of the stream and writes what is buffered. */
    void finish() throws IOException {
      bytes.varint(0);
      bytes.writeTo(out);
    }

    /**
     * 0: null; 1: a new object follows; n > 1: the object numbered n - 2. True when the object
     * itself must be written next.
     */
    private boolean ref(Object o) {
      if (o == null) {
        bytes.varint(0);
        return false;
      }
      int known = objects.get(o);
      if (known >= 0) {
        bytes.varint(known + 2);
        return false;
      }
      bytes.varint(1);
      return true;
    }

    /** Numbers {@code o}, once it is written whole. */
    private void defined(Object o) {
      objects.put(o, objectCount++);
    }

    private void criterion(CriterionScore c) {
      if (!ref(c)) {
        return;
      }
      text(c.criterionId());
      bytes.varint(c.status().ordinal());
      decimal(c.max());
      decimal(c.computed());
      decimal(c.selfAssessed());
      decimal(c.reviewed());
      decimal(c.points());
      formula(c.formula());
      bool(c.bonus());
      text(c.reviewReason());
      defined(c);
    }

    private void formula(Formula f) {
      if (!ref(f)) {
        return;
      }
      text(f.pattern());
      bytes.varint(f.args().size());
      for (BigDecimal a : f.args()) {
        decimal(a);
      }
      Formula.Lead lead = f.lead();
      if (ref(lead)) {
        text(lead.option());
        text(lead.label());
        text(lead.labelEn());
        text(lead.separator());
        bool(lead.known());
        defined(lead);
      }
      defined(f);
    }

    private void pillar(PillarScore p) {
      if (!ref(p)) {
        return;
      }
      text(p.pillarId());
      decimal(p.points());
      decimal(p.max());
      decimal(p.bonus());
      defined(p);
    }

    private void classification(Classification c) {
      if (!ref(c)) {
        return;
      }
      text(c.id());
      text(c.label());
      text(c.labelEn());
      decimal(c.minShare());
      defined(c);
    }

    private void bool(boolean b) {
      bytes.varint(b ? 1 : 0);
    }

    /**
     * As its text: {@code new BigDecimal(d.toString())} equals {@code d}, scale included. The
     * scorer shares equal numbers as one object, so each is turned into text once.
     */
    private void decimal(BigDecimal d) {
      if (d == null) {
        bytes.varint(0);
        return;
      }
      int known = decimals.get(d);
      if (known >= 0) {
        bytes.varint(known + 2);
        return;
      }
      decimals.put(d, newText(d.toString()));
    }

    /**
     * 0: null; 1: a new text follows (its UTF-16 code units); n > 1: the text numbered n - 2.
     * Returns the text's number, -1 for null.
     */
    private int text(String s) {
      if (s == null) {
        bytes.varint(0);
        return -1;
      }
      Integer known = texts.get(s);
      if (known != null) {
        bytes.varint(known + 2);
        return known;
      }
      int number = newText(s);
      texts.put(s, number);
      return number;
    }

    /** Writes {@code s} as a new text, numbered next. */
    private int newText(String s) {
      bytes.varint(1);
      bytes.varint(s.length());
      for (int i = 0; i < s.length(); i++) {
        bytes.varint(s.charAt(i));
      }
      return textCount++;
    }
  }

  /** Numbers by object identity: open addressing over two arrays, no object per entry. */
  private static final class IdentityNumbers {
    private Object[] keys = new Object[1 << 12];
    private int[] numbers = new int[1 << 12];
    private int size;

    /** The number of {@code key}; -1 if it has none. */
    int get(Object key) {
      int mask = keys.length - 1;
      for (int i = slot(key, mask); ; i = (i + 1) & mask) {
        Object at = keys[i];
        if (at == null) {
          return -1;
        }
        if (at == key) {
          return numbers[i];
        }
      }
    }

    /** Numbers {@code key}, which has no number yet. */
    void put(Object key, int number) {
      if ((size + 1) * 4L > keys.length * 3L) {
        Object[] oldKeys = keys;
        int[] oldNumbers = numbers;
        keys = new Object[oldKeys.length * 2];
        numbers = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldKeys[i] != null) {
            insert(oldKeys[i], oldNumbers[i]);
          }
        }
      }
      insert(key, number);
      size++;
    }

    private void insert(Object key, int number) {
      int mask = keys.length - 1;
      int i = slot(key, mask);
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      numbers[i] = number;
    }

    private static int slot(Object key, int mask) {
      int h = System.identityHashCode(key);
      return (h ^ (h >>> 16)) & mask;
    }
  }

  /**
   * Reads the entries of a stream's bytes, in order; one per stream, on one thread. A stream not
   * written by {@link Writer} throws {@link IllegalArgumentException} or {@link
   * IndexOutOfBoundsException} somewhere, never gives a score the writer was not given.
   */
  static final class Reader {
    private static final CriterionScore.Status[] STATUSES = CriterionScore.Status.values();

    private final KeptBytes.Input in;
    private String[] texts = new String[1024];
    private BigDecimal[] decimals = new BigDecimal[1024];
    private int textCount;
    private final List<Object> objects = new ArrayList<>();

    Reader(KeptBytes.Input in) {
      this.in = in;
    }

    /** Whether every byte was read. */
    boolean atEnd() {
      return in.atEnd();
    }

    /** The next entry; null at the end of the stream. */
    Entry next() {
      int kind = varint();
      if (kind == 0) {
        return null;
      }
      if (kind != ENTRY) {
        throw new IllegalArgumentException("unknown entry kind " + kind);
      }
      ScoreCache.Key key = new ScoreCache.Key(text(), text(), text(), text(), bool(), text());
      String unit = text();
      String framework = text();
      String period = text();
      String file = text();
      int n = count();
      CriterionScore[] criteria = new CriterionScore[n];
      for (int i = 0; i < n; i++) {
        criteria[i] = criterion();
      }
      int m = count();
      PillarScore[] pillars = new PillarScore[m];
      for (int i = 0; i < m; i++) {
        pillars[i] = pillar();
      }
      return new Entry(
          key,
          new UnitScore(
              unit,
              framework,
              period,
              file,
              Arrays.asList(criteria),
              Arrays.asList(pillars),
              decimal(),
              decimal(),
              decimal(),
              text(),
              decimal(),
              decimal(),
              decimal(),
              decimal(),
              classification(),
              bool()));
    }

    /** An object reference ({@link KeptBytes.Input#reference}). */
    private int ref() {
      return in.reference(objects.size());
    }

    private <T> T known(int ref, Class<T> type) {
      return ref == KeptBytes.Input.NULL ? null : type.cast(objects.get(ref));
    }

    private <T> T defined(T o) {
      objects.add(o);
      return o;
    }

    private CriterionScore criterion() {
      int ref = ref();
      if (ref != KeptBytes.Input.NEW) {
        return known(ref, CriterionScore.class);
      }
      String id = text();
      int status = varint();
      if (status >= STATUSES.length) {
        throw new IllegalArgumentException("unknown status " + status);
      }
      return defined(
          new CriterionScore(
              id,
              STATUSES[status],
              decimal(),
              decimal(),
              decimal(),
              decimal(),
              decimal(),
              formula(),
              bool(),
              text()));
    }

    private Formula formula() {
      int ref = ref();
      if (ref != KeptBytes.Input.NEW) {
        return known(ref, Formula.class);
      }
      String pattern = text();
      int n = count();
      BigDecimal[] args = new BigDecimal[n];
      for (int i = 0; i < n; i++) {
        args[i] = decimal();
        if (args[i] == null) {
          throw new IllegalArgumentException("a formula without a number");
        }
      }
      int leadRef = ref();
      Formula.Lead lead =
          leadRef != -2
              ? known(leadRef, Formula.Lead.class)
              : defined(new Formula.Lead(text(), text(), text(), text(), bool()));
      return defined(new Formula(pattern, Arrays.asList(args), lead));
    }

    private PillarScore pillar() {
      int ref = ref();
      if (ref != KeptBytes.Input.NEW) {
        return known(ref, PillarScore.class);
      }
      return defined(new PillarScore(text(), decimal(), decimal(), decimal()));
    }

    private Classification classification() {
      int ref = ref();
      if (ref != KeptBytes.Input.NEW) {
        return known(ref, Classification.class);
      }
      return defined(new Classification(text(), text(), text(), decimal()));
    }

    private boolean bool() {
      int b = varint();
      if (b > 1) {
        throw new IllegalArgumentException("not a boolean: " + b);
      }
      return b == 1;
    }

    private BigDecimal decimal() {
      int i = textIndex();
      if (i < 0) {
        return null;
      }
      if (decimals[i] == null) {
        decimals[i] = new BigDecimal(texts[i]);
      }
      return decimals[i];
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
      int length = count();
      char[] chars = new char[length];
      for (int i = 0; i < length; i++) {
        int c = varint();
        if (c > Character.MAX_VALUE) {
          throw new IllegalArgumentException("not a UTF-16 code unit: " + c);
        }
        chars[i] = (char) c;
      }
      if (textCount == texts.length) {
        texts = Arrays.copyOf(texts, textCount * 2);
        decimals = Arrays.copyOf(decimals, textCount * 2);
      }
      texts[textCount] = new String(chars);
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
