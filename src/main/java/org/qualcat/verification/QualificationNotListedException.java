package org.qualcat.verification;

import org.qualcat.catalog.CatalogInForce;

/**
 * A case for a qualification that is not in the catalog: refused at once (422), nothing is recorded.
 *
 * @see VerificationCases#submit
 */
class QualificationNotListedException extends RuntimeException {

  /** Why the qualification does not qualify. */
  public enum Reason {
    /** No qualification with this code exists. */
    UNKNOWN,
    /** Nominated, or decided into the draft edition, but not listed by the edition in force (yet). */
    NOT_YET_LISTED,
    /** Taken out of the catalog. */
    REMOVED
  }

  private final String qualificationCode;
  private final Reason reason;

  QualificationNotListedException(String qualificationCode, Reason reason) {
    super(describe(qualificationCode, reason));
    this.qualificationCode = qualificationCode;
    this.reason = reason;
  }

  /** Why the edition in force does not list {@code code}, from where the code stands in the catalog. */
  static QualificationNotListedException of(String code, CatalogInForce.Standing standing) {
    return new QualificationNotListedException(code, switch (standing) {
      case NOT_YET_IN_FORCE, IN_FORCE -> Reason.NOT_YET_LISTED;
      case REMOVED -> Reason.REMOVED;
      case UNKNOWN -> Reason.UNKNOWN;
    });
  }

  static String describe(String code, Reason reason) {
    return switch (reason) {
      case UNKNOWN -> "Qualification " + code + " is not in the catalog; only listed qualifications can be verified.";
      case NOT_YET_LISTED -> "Qualification " + code + " is not listed by the edition of the catalog in force yet "
          + "(it may be nominated, or decided into an edition not yet published).";
      case REMOVED -> "Qualification " + code + " has been removed from the catalog; new cases cannot be opened.";
    };
  }

  public String getQualificationCode() {
    return qualificationCode;
  }

  public Reason getReason() {
    return reason;
  }
}
