package org.qualcat.title;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.qualcat.catalog.TitleLevel;

/** A title application as its applicant, their organisation and the title office follow it. */
@Schema(description = "A title application: where it stands, what is due when, and its timeline")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TitleView(
    @Schema(example = "BJT-2026-000001") String reference,
    @Schema(description = "The verification case whose result the application rests on", example = "BJV-2026-000123")
    String caseReference,
    String verificationCode,
    String qualificationCode,
    String qualificationNameEn,
    String qualificationNameZh,
    String holderName,
    String titleSeries,
    TitleRank level,
    @Schema(description = "The title the catalog maps the qualification to") TitleLevel mappedLevel,
    @Schema(description = "How the application goes (decision table title-channel)") TitleRoute route,
    TitleStatus status,
    @Schema(description = "The day the current step is due: the title office's decision or list, or the exam result")
    LocalDate dueOn,
    String employerSupport,
    @Schema(description = "The courses or exam subjects the holder is exempted from, once issued") String exemptions,
    @Schema(description = "Why the title was not granted") String decisionNote,
    LocalDate grantedOn,
    @Schema(description = "The qualification is an illustrative sample row: nothing granted on it is official")
    boolean sampleData,
    Instant submittedAt,
    List<Event> timeline) {

  /** One line of the timeline. */
  public record Event(TitleEventKind kind, String note, String actor, Instant at) {
  }

  public boolean isOpen() {
    return status.isOpen();
  }
}
