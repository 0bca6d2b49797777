package org.qualcat.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An edition with its change log: what was added, adjusted and removed, and the decision behind each. A published
 * edition is in force from {@code publishedOn} (its date of issuance) until the next one is published.
 */
public record EditionView(
    String code,
    String name,
    EditionStatus status,
    LocalDate publishedOn,
    LocalDate releasedOn,
    String repeals,
    boolean inForce,
    long entries,
    long added,
    long adjusted,
    long removed,
    List<Change> changes) {

  public record Change(
      String qualificationCode,
      ChangeType type,
      String summary,
      String decisionReference,
      String processInstanceId,
      String decidedBy,
      Instant decidedAt) {

    static Change of(EditionChange c) {
      return new Change(c.getQualificationCode(), c.getChangeType(), c.getSummary(), c.getDecisionReference(),
          c.getProcessInstanceId(), c.getDecidedBy(), c.getDecidedAt());
    }
  }

  /** The edition without its change log, for lists of editions. */
  public record Summary(String code, String name, EditionStatus status, LocalDate publishedOn, LocalDate releasedOn,
      String repeals, boolean inForce) {

    static Summary of(CatalogEdition e, boolean inForce) {
      return new Summary(e.getCode(), e.getName(), e.getStatus(), e.getPublishedOn(), e.getReleasedOn(),
          e.getRepeals(), inForce);
    }
  }
}
