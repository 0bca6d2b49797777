package org.qualcat.process;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;

/**
 * Why the Tasklist refused what someone did (docs/adr/0024): each refusal a Tasklist form or the engine's APIs can
 * meet, by its code, with its sentence in Chinese and in English under {@link #key()} in
 * {@code messages-forms.properties} and {@code messages-forms_zh.properties} ({@link RefusalSentences} says it).
 *
 * <p>A rule a task listener (or the service it calls) checks throws its refusal with the code, the English the
 * Qualcat API answers, and the arguments of the sentence ({@link #invalid}, {@link #error}, {@link #conflict}); the
 * field's label is the sentence's first argument ({@code {0}}), added when the sentence is written. The number of
 * arguments is checked when the refusal is thrown, so that no sentence is left with a gap.
 */
public enum Refusal {

  // a field of a form: {0} is its label
  /** A field left empty. */
  REQUIRED(Kind.FIELD, "required", 0),
  /** Text longer than allowed: its length, the longest allowed. */
  TOO_LONG(Kind.FIELD, "tooLong", 2),
  /** A multiple choice that is not a list. */
  LIST_OF_CHOICES(Kind.FIELD, "listOfChoices", 0),
  /** A number with a fraction. */
  WHOLE_NUMBER(Kind.FIELD, "wholeNumber", 0),
  /** A number missing or not a number: the smallest and the largest allowed. */
  NUMBER_REQUIRED(Kind.FIELD, "numberRequired", 2),
  /** A number out of its range: the smallest and the largest allowed. */
  RANGE(Kind.FIELD, "range", 2),
  /** A choice that is none of those offered, or none made. */
  CHOICE(Kind.FIELD, "choice", 0),
  /** A verifier's text left empty (the code the applicant's pages share). */
  NOT_BLANK(Kind.FIELD, "validation.NotBlank", 0),
  /** A verifier's text longer than allowed: the longest allowed (the code the applicant's pages share). */
  SIZE(Kind.FIELD, "validation.Size", 1),
  /** A verifier's text with control characters (the code the applicant's pages share). */
  PLAIN_TEXT(Kind.FIELD, "validation.PlainText", 0),
  /** A date that is not one. */
  DATE(Kind.FIELD, "validation.date", 0),
  /** Accepting a case that states employment in Beijing without a finding on it. */
  EMPLOYMENT_FINDING(Kind.FIELD, "validation.employmentFinding", 0),
  /** An ETA that is not after today or more than a year away: the first and the last date allowed. */
  ETA(Kind.FIELD, "verification.eta", 2),
  /** Too few or too many experts: the most allowed. */
  EXPERT_COUNT(Kind.FIELD, "committee.expertCount", 1),
  /** Experts chosen who are not expert reviewers: their names. */
  NOT_AN_EXPERT(Kind.FIELD, "committee.notAnExpert", 1),
  /** A replacement who is not an expert reviewer. */
  REPLACEMENT_NOT_AN_EXPERT(Kind.FIELD, "committee.replacementNotAnExpert", 0),
  /** A replacement who scores the matter already: their name. */
  REPLACEMENT_ALREADY_SCORES(Kind.FIELD, "committee.replacementAlreadyScores", 1),
  /** A scoring recorded twice. */
  ALREADY_SCORED(Kind.FIELD, "committee.alreadyScored", 0),
  /** A scoring by an expert it was taken from. */
  NOT_ASSIGNED(Kind.FIELD, "committee.notAssigned", 0),
  /** An approval without more votes for than against: the votes for, the votes against. */
  VOTES_DO_NOT_APPROVE(Kind.FIELD, "committee.votesDoNotApprove", 2),
  /** A rejection without any votes. */
  REJECTION_WITHOUT_VOTES(Kind.FIELD, "committee.rejectionWithoutVotes", 0),
  /** A rejection with more votes for than against: the votes for, the votes against. */
  VOTES_DO_NOT_REJECT(Kind.FIELD, "committee.votesDoNotReject", 2),
  /** An assessment overridden without a reason. */
  OVERRIDE_REASON(Kind.FIELD, "monitoring.overrideReason", 0),
  /** A rectification notice without an address to go to. */
  NOTICE_ADDRESS(Kind.FIELD, "monitoring.noticeAddress", 0),
  /** An issuer's contact that is not a mail address. */
  MAIL_ADDRESS(Kind.FIELD, "monitoring.mailAddress", 0),
  /** A count below zero. */
  NOT_NEGATIVE(Kind.FIELD, "monitoring.notNegative", 0),
  /** A value sent for a field the form only shows (ShownFormField: what a case holds, not what a person enters). */
  SHOWN_ONLY(Kind.FIELD, "shownOnly", 0),
  /** Any other rule of a field (a refusal without a code of this list). */
  RULE(Kind.FIELD, "rule", 0),

  // the matter the task is about
  /** The verification case is closed: its reference (the code the applicant's pages share). */
  CASE_CLOSED(Kind.MATTER, "verification.alreadyClosed", 1),
  /** The verification case is at another step: its reference. */
  CASE_MOVED_ON(Kind.MATTER, "verification.caseMovedOn", 1),
  /** Any other conflict with the state of the matter. */
  CONFLICT(Kind.MATTER, "conflict", 0),
  /** What the task is about is gone. */
  NOT_FOUND(Kind.MATTER, "notFound", 0),

  // the engine's APIs themselves
  /** Someone else changed the same thing at the same moment. */
  CONCURRENT_CHANGE(Kind.REQUEST, "concurrentChange", 0),
  /** The task was completed already: by whom, when (Beijing time). */
  COMPLETED_BY(Kind.REQUEST, "completedBy", 2),
  /** The task was completed already, by someone not known: when (Beijing time). */
  COMPLETED(Kind.REQUEST, "completed", 1),
  /** Text with characters of four bytes, which the engine's tables on MySQL/MariaDB cannot keep. */
  UNSUPPORTED_CHARACTERS(Kind.REQUEST, "unsupportedCharacters", 0),
  /** A call the caller's role does not allow. */
  NOT_YOUR_ROLE(Kind.REQUEST, "notYourRole", 0),
  /** Work on a task that is not for the caller. */
  NOT_YOUR_TASK(Kind.REQUEST, "notYourTask", 0),
  /** A task of another bureau's case (another tenant's, docs/adr/0030). */
  ANOTHER_BUREAU(Kind.REQUEST, "anotherBureau", 0);

  /** Where the sentences are, after {@code forms.refused.}. */
  public static final String PREFIX = "forms.refused.";

  /** What a refusal is about. */
  public enum Kind {
    /** A field of the form; its sentence's first argument is the field's label. */
    FIELD,
    /** The matter the task is about. */
    MATTER,
    /** The request to the engine's API. */
    REQUEST
  }

  private static final Map<String, Refusal> BY_CODE = Arrays.stream(values())
      .collect(Collectors.toUnmodifiableMap(Refusal::code, Function.identity()));

  private final Kind kind;
  private final String code;
  private final int arguments;

  Refusal(Kind kind, String code, int arguments) {
    this.kind = kind;
    this.code = code;
    this.arguments = arguments;
  }

  /** The refusal of {@code code} (an {@link FieldError#code()}, a {@link ConflictException#getCode()}). */
  public static Optional<Refusal> of(String code) {
    return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
  }

  public Kind kind() {
    return kind;
  }

  /** The code an exception carries. */
  public String code() {
    return code;
  }

  /** The message key of the sentence. */
  public String key() {
    return PREFIX + code;
  }

  /** How many arguments the sentence takes (besides the label of a field). */
  public int arguments() {
    return arguments;
  }

  /** This refusal of {@code field}; {@code english} is what the Qualcat API answers. */
  public FieldError error(String field, String english, Object... arguments) {
    expect(Kind.FIELD, arguments);
    return FieldError.coded(field, code, english, arguments);
  }

  /** This refusal of {@code field}, thrown. */
  public InvalidInputException invalid(String field, String english, Object... arguments) {
    return new InvalidInputException(List.of(error(field, english, arguments)));
  }

  /** This refusal of the matter, thrown; {@code english} is what the Qualcat API answers. */
  public ConflictException conflict(String english, Object... arguments) {
    expect(Kind.MATTER, arguments);
    return new ConflictException(english, code, arguments);
  }

  private void expect(Kind expected, Object[] given) {
    if (kind != expected || given.length != arguments) {
      throw new IllegalArgumentException(name() + " is a refusal of a " + kind + " with " + arguments
          + " arguments, not of a " + expected + " with " + given.length);
    }
  }
}
