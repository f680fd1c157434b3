package org.opendti.diagnostic;

import java.util.Locale;

/**
 * Every kind of problem the tools report, by the stage that finds it. Each has a stable kebab-case
 * {@link #id()} (shown as {@code [ratio-above-one]}, used in annotations and fixtures) and, in the
 * {@link Catalogue}, a message {@code <key>.message} and usually a hint {@code <key>.hint} in
 * Vietnamese and English; a test fails when one is missing.
 *
 * <p>The key is the constant's name in kebab case ({@code RATIO_ABOVE_ONE} → {@code
 * ratio-above-one}), and so is the id, except for the few constants that word one problem found in
 * another place ({@code UNKNOWN_POLICY_UNIT} is an {@code unknown-unit} in {@code
 * policy/access.json}).
 *
 * <p>To add a code: a constant here, a line {@code <key>.message=…} (and {@code <key>.hint=…}) in
 * both {@code messages_vi.properties} and {@code messages_en.properties} next to {@link Catalogue},
 * and a {@code # {0} …} comment there naming the arguments.
 */
public enum Code {
  // load: reading a file
  READ_FAILED,
  LIST_FAILED("read-failed"),
  UTF8_BOM,
  EMPTY_FILE,
  FILE_TOO_LARGE,
  NOT_UTF8,
  JSON_TRAILING_CONTENT,
  JSON_TOO_DEEP,
  NUMBER_OUT_OF_RANGE,
  VALUE_TOO_LONG("number-out-of-range"),
  DUPLICATE_KEY,
  JSON_TRUNCATED,
  JSON_COMMENT,
  JSON_SINGLE_QUOTE,
  JSON_NON_NUMERIC,
  JSON_TRAILING_COMMA,
  JSON_MISSING_COMMA,
  JSON_MISSING_COLON,
  JSON_UNQUOTED_KEY,
  JSON_EXPECTED_KEY,
  JSON_UNQUOTED_TEXT,
  JSON_MISSING_VALUE,
  JSON_CURLY_QUOTE,
  JSON_BRACKET_MISMATCH,
  JSON_CONTROL_CHARACTER,
  JSON_BAD_ESCAPE,
  JSON_LEADING_ZERO,
  JSON_MALFORMED_NUMBER,
  JSON_DECIMAL_COMMA,
  JSON_SYNTAX,
  IGNORED_FILE,
  IGNORED_POLICY_FILE("ignored-file"),
  SYMLINK,
  NOT_A_FILE,
  UNKNOWN_FILE,
  NEGATIVE_ZERO,
  LONE_SURROGATE,
  BIDI_CONTROL,
  DUPLICATE_FRAMEWORK_ID("duplicate-id"),
  FRAMEWORK_ID_MISMATCH,
  DUPLICATE_ID,
  PARENT_CYCLE,
  APPROVALS_SHAPE,
  // load: the registry's changes (mergers, splits, the end of a level)
  CHANGE_UNKNOWN_UNIT,
  CHANGE_DATE_MISMATCH,
  CHANGE_WITHOUT_END,
  CHANGE_NOT_PREDECESSOR,
  CHANGE_SUCCESSOR_NOT_VALID,
  INVALID_DATE,
  INPUT_TYPE,
  // load: JSON Schema
  SCHEMA_TYPE,
  SCHEMA_REQUIRED,
  SCHEMA_ADDITIONAL_PROPERTY,
  SCHEMA_ENUM,
  SCHEMA_PATTERN,
  SCHEMA_PROPERTY_NAME,
  SCHEMA_MINIMUM,
  SCHEMA_MAXIMUM,
  SCHEMA_MIN_ITEMS,
  SCHEMA_MIN_LENGTH,
  SCHEMA_UNIQUE_ITEMS,
  SCHEMA_ONE_OF,
  SCHEMA_ONE_OF_MANY("schema-one-of"),
  SCHEMA_OTHER,
  // validate: a framework
  TOTAL_POINTS_MISMATCH,
  GROUP_POINTS_INCLUDE_BONUS,
  GROUP_POINTS_MISMATCH,
  SECTOR_POINTS_MISMATCH,
  NEGATIVE_MAX_POINTS,
  ZERO_MAX_POINTS,
  SOURCE_POINTS,
  DUPLICATE_CRITERION_ID,
  DUPLICATE_GROUP_ID,
  NUMBERING_DUPLICATE,
  NUMBERING_GAP,
  DUPLICATE_INPUT_ID,
  UNKNOWN_METHOD_INPUT,
  METHOD_INPUT_KIND,
  UNUSED_INPUT,
  EMPTY_NUMERATOR,
  SCALE_NOT_POSITIVE,
  POINTS_PER_MONTH_NOT_POSITIVE,
  RATIO_NEEDS_PERCENT,
  TARGET_OUT_OF_RANGE,
  FLOOR_OUT_OF_RANGE,
  NO_EVENTS,
  EVENT_FRACTION_OUT_OF_RANGE,
  NO_OPTIONS,
  DUPLICATE_OPTION,
  OPTION_VALUE,
  OPTION_FRACTION_OUT_OF_RANGE,
  OPTION_POINTS_OUT_OF_RANGE,
  CHOICE_NO_MAX,
  NO_BANDS,
  BAND_EMPTY,
  BAND_UNREACHABLE,
  BAND_VALUE,
  BAND_FRACTION_OUT_OF_RANGE,
  BAND_POINTS_OUT_OF_RANGE,
  BAND_GAP,
  BAND_OVERLAP,
  UNKNOWN_LEVEL,
  UNKNOWN_APPLIES_TO,
  DUPLICATE_PERIOD_ID,
  PERIOD_START_AFTER_END,
  PERIOD_DEADLINE_BEFORE_START,
  PERIOD_OVERLAP,
  DUPLICATE_RANKING_GROUP,
  UNKNOWN_RANKING_BY,
  CLASSIFICATION_SHARE_OUT_OF_RANGE,
  CLASSIFICATION_ORDER,
  // validate: submissions and reviews
  DUPLICATE_SUBMISSION,
  PATH_SHAPE,
  PATH_MISMATCH,
  EMAIL_SHAPE,
  PHONE_SHAPE,
  UNKNOWN_FRAMEWORK,
  UNKNOWN_PERIOD,
  UNKNOWN_UNIT,
  UNIT_LEVEL_MISMATCH,
  UNIT_OUTSIDE_APPLIES_TO,
  UNIT_NOT_VALID_IN_PERIOD,
  UNIT_PARTLY_VALID_IN_PERIOD,
  MISSING_PROFILE_FIELD,
  UNKNOWN_PROFILE_FIELD,
  UNKNOWN_CRITERION,
  UNKNOWN_PRIORITY_SECTOR,
  SECTOR_NOT_NAMED,
  WRONG_SECTOR,
  NOT_APPLICABLE_NOT_ALLOWED,
  NOT_APPLICABLE_WITHOUT_REASON,
  INPUTS_AND_NOT_APPLICABLE,
  SELF_SCORE_OUT_OF_RANGE,
  MISSING_EVIDENCE,
  MISSING_ANSWER,
  UNKNOWN_EVIDENCE_KIND,
  EVIDENCE_KIND,
  EVIDENCE_DATE_OUTSIDE_PERIOD,
  EVIDENCE_URL_SCHEME,
  UNKNOWN_INPUT,
  MISSING_INPUT,
  INPUT_WRONG_TYPE,
  UNKNOWN_OPTION,
  INPUT_NOT_WHOLE,
  INPUT_OUT_OF_RANGE,
  DATE_OUTSIDE_PERIOD,
  ZERO_DENOMINATOR,
  RATIO_ABOVE_ONE,
  DUPLICATE_REVIEW,
  REVIEW_BEFORE_PERIOD,
  REVIEW_WITHOUT_SUBMISSION,
  DUPLICATE_CORRECTION,
  BLANK_REASON,
  CORRECTION_SHAPE,
  POINTS_OUT_OF_RANGE,
  NOT_APPLICABLE_RULING_NOT_ALLOWED("not-applicable-not-allowed"),
  STALE_CORRECTION,
  CORRECTED_ANSWER_CHANGED,
  UNRECORDED_CORRECTION,
  OBJECTION_INCOMPLETE,
  OBJECTION_DATES,
  DUPLICATE_OBJECTION,
  // validate: policy/access.json
  UNKNOWN_POLICY_UNIT("unknown-unit"),
  UNKNOWN_TEAM,
  DUPLICATE_ACCOUNT,
  // score
  SELF_SCORE_DIFFERS,
  SELF_SCORE_NOT_COMPARED,
  // policy: a pull request's changes (their messages are the catalogue's policy.* texts)
  UNIT_SUBMISSION,
  RENAME_OR_DELETE,
  UNLISTED_UNIT,
  SYMLINK_CHANGE("symlink"),
  SUBMODULE,
  MAINTAINER_PATH,
  REVIEW_FILE,
  SUBMISSION_PATH,
  UNKNOWN_PATH,
  CODEOWNERS_OUT_OF_DATE,
  MISSING_FILE;

  private final String key;
  private final String id;

  Code() {
    this(null);
  }

  Code(String id) {
    this.key = name().toLowerCase(Locale.ROOT).replace('_', '-');
    this.id = id == null ? key : id;
  }

  /** The stable code shown to users, e.g. {@code ratio-above-one}. */
  public String id() {
    return id;
  }

  /** The catalogue's key prefix: the name in kebab case, e.g. {@code ratio-above-one}. */
  public String key() {
    return key;
  }

  public String messageKey() {
    return key + ".message";
  }

  public String hintKey() {
    return key + ".hint";
  }

  /** {@link #id()}, so that a code reads as itself in text. */
  @Override
  public String toString() {
    return id;
  }
}
