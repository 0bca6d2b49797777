package org.qualcat.verification;

import org.qualcat.employer.EmployerRegion;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the API and the portal show of verification cases. */
public final class CaseViews {

  private CaseViews() {
  }

  /** A text in both languages of the portal. */
  public record Text(String code, String en, String zh) {
  }

  /**
   * One line of the list of cases. {@code applicant} (who submitted it) is shown to verification officers and to an
   * employer's HR staff, who share their organisation's cases; {@code holderName} to HR staff and officers, who
   * follow the cases of many holders (null for a holder's own list).
   */
  public record CaseSummary(
      String reference,
      VerificationStatus status,
      Text currentStep,
      String qualificationCode,
      String qualificationNameEn,
      String qualificationNameZh,
      Instant submittedAt,
      LocalDate dueOn,
      boolean overdue,
      String applicant,
      boolean sampleData,
      String holderName) {
  }

  /** A benefit granted with a verified result, with the notice section that grants it. */
  public record Benefit(String code, String noticeSection, String en, String zh) {
  }

  /**
   * One line of a case's timeline: {@code note} as recorded, {@code noteZh} the same in Chinese (a sentence a person
   * wrote stays as written). The actor is shown to staff only.
   */
  public record Event(Instant at, Text event, String note, String noteZh, String actor) {

    /** The note in the language of {@code locale}. */
    public String noteIn(java.util.Locale locale) {
      return locale != null && "zh".equals(locale.getLanguage()) && noteZh != null ? noteZh : note;
    }
  }

  /**
   * A case in full, as its applicant or the bureau's staff see it. {@code statements} are what its result says besides
   * the benefits (notice IV.2 or IV.3, sample data, the disclaimer), each in both languages.
   */
  public record CaseView(
      String reference,
      VerificationStatus status,
      Text currentStep,
      String qualificationCode,
      String qualificationNameEn,
      String qualificationNameZh,
      String certificateNumber,
      LocalDate certificateIssuedOn,
      String holderName,
      Nationality holderNationality,
      String holderDocumentNumber,
      String employerName,
      EmployerRegion employerRegion,
      /** The bureau that handles the case: the one of the employer's region (notice IV); its tenant id as code. */
      Text bureau,
      boolean employedInBeijing,
      Boolean employmentConfirmed,
      String applicant,
      Instant submittedAt,
      LocalDate eta,
      LocalDate dueOn,
      boolean overdue,
      String supplementRequest,
      LocalDate supplementDueOn,
      Text closingReason,
      String closingNote,
      String verificationCode,
      LocalDate resultIssuedOn,
      String reusedFrom,
      String editionCode,
      String editionName,
      boolean sampleData,
      List<Benefit> benefits,
      List<Text> statements,
      List<ApplicationMaterials.Material> materials,
      List<Event> history,
      VerificationQueries.RecommendationView recommendation) {

    public boolean open() {
      return status.isOpen();
    }

    /**
     * The closing note in the language of {@code locale}: the timeline records the same sentence, in both languages
     * (a note a person wrote stays as written).
     */
    public String closingNoteIn(java.util.Locale locale) {
      if (closingNote == null) {
        return null;
      }
      return history.stream().filter(e -> closingNote.equals(e.note()))
          .reduce((first, second) -> second).map(e -> e.noteIn(locale)).orElse(closingNote);
    }

    public boolean hasResult() {
      return status == VerificationStatus.VERIFIED || status == VerificationStatus.NOT_VERIFIED;
    }

    /** Personal data (holder, document number) stays out of logs: Spring MVC logs the answers it writes. */
    @Override
    public String toString() {
      return "CaseView[" + reference + ", " + status + "]";
    }
  }

  /**
   * The public answer about a verification code: whether it is authentic, for which qualification, since when, under
   * which edition of the catalog it was decided, whether the edition in force no longer lists the qualification (the
   * result stays valid), and whether it was decided on sample data (then it is not an official result). Never
   * anything about the holder.
   */
  @Schema(description = "The public answer about a verification code; never anything about the holder")
  public record CodeCheck(
      @Schema(example = "mB7xK2pQv9RfT4nLs8WcYA") String code,
      @Schema(description = "Whether Qualcat issued this code for a verified result", example = "true")
      boolean authentic,
      @Schema(example = "BJ-I-001") String qualificationCode,
      @Schema(example = "CFA charterholder") String qualificationNameEn,
      @Schema(example = "特许金融分析师(CFA)") String qualificationNameZh,
      @Schema(description = "The day the result was issued", example = "2026-03-18") LocalDate issuedOn,
      @Schema(description = "Whether the edition in force no longer lists the qualification (the result stays valid)",
          example = "false") Boolean qualificationRemoved,
      @Schema(description = "The edition the result was decided under", example = "2025") String editionCode,
      @Schema(example = "2025 Edition") String editionName,
      @Schema(description = "Decided on the demo's sample data: not an official result", example = "false")
      boolean sampleData,
      Text sampleDataNotice,
      Text disclaimer) {
  }
}
