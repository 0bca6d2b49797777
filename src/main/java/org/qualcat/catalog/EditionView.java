package org.qualcat.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * An edition with its change log: what was added, adjusted and removed, and the decision behind each. A published
 * edition is in force from {@code publishedOn} (its date of issuance) until the next one is published.
 */
public record EditionView(
    String code,
    String name,
    @JsonInclude(JsonInclude.Include.NON_NULL) String nameZh,
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
      @JsonInclude(JsonInclude.Include.NON_NULL) String summaryZh,
      String decisionReference,
      String processInstanceId,
      String decidedBy,
      Instant decidedAt) {

    /**
     * What kind of decision is behind the change, from its reference: {@code IMPORT} (a catalog file),
     * {@code NOMINATION}, {@code ADJUSTMENT}, {@code EXIT}, or {@code OTHER}.
     */
    public String decisionKind() {
      String ref = decisionReference;
      return ref.startsWith("import ") ? "IMPORT" : ref.startsWith("NOM-") ? "NOMINATION"
          : ref.startsWith("ADJ-") ? "ADJUSTMENT" : ref.startsWith("EXIT-") ? "EXIT" : "OTHER";
    }

    /** The summary in the language of {@code locale}, in English where no Chinese was written. */
    public String summaryIn(Locale locale) {
      return Localized.pick(locale, summary, summaryZh);
    }

    /** Whether {@link #summaryIn} is the English text on a page in another language (marked {@code lang="en"}). */
    public boolean summaryInEnglish(Locale locale) {
      return Localized.fallsBack(locale, summaryZh);
    }

    static Change of(EditionChange c) {
      return new Change(c.getQualificationCode(), c.getChangeType(), c.getSummary(), c.getSummaryZh(),
          c.getDecisionReference(),
          c.getProcessInstanceId(), c.getDecidedBy(), c.getDecidedAt());
    }
  }

  /** The name in the language of {@code locale} (the English one when the edition has no Chinese name). */
  public String nameIn(Locale locale) {
    return Localized.pick(locale, name, nameZh);
  }

  /** The changes of one kind, in the order they were decided. */
  public List<Change> changes(ChangeType type) {
    return changes.stream().filter(c -> c.type() == type).toList();
  }

  /** The edition without its change log, for lists of editions. */
  public record Summary(String code, String name, @JsonInclude(JsonInclude.Include.NON_NULL) String nameZh,
      EditionStatus status, LocalDate publishedOn, LocalDate releasedOn, String repeals, boolean inForce) {

    static Summary of(CatalogEdition e, boolean inForce) {
      return new Summary(e.getCode(), e.getName(), e.getNameZh(), e.getStatus(), e.getPublishedOn(),
          e.getReleasedOn(), e.getRepeals(), inForce);
    }

    public String nameIn(Locale locale) {
      return Localized.pick(locale, name, nameZh);
    }
  }
}
