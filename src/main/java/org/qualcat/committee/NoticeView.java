package org.qualcat.committee;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A matter under public notice, as the public sees it. */
@Schema(description = "A committee approval under public notice (5 working days)")
record NoticeView(
    @Schema(description = "The matter's reference: objections name it", example = "NOM-2026-0007") String reference,
    @Schema(description = "NOMINATION, ADJUSTMENT or EXIT", example = "NOMINATION") SubjectType subject,
    @Schema(example = "BJ-I-038") String qualificationCode,
    @Schema(example = "Chartered Financial Planner (Chartered FCSI)") String qualificationName,
    @Schema(description = "What was approved", example = "List on INTERNATIONAL and TITLE_ELIGIBLE, intermediate title "
        + "(Economics, finance)") String proposal,
    @Schema(example = "2026-05-08T01:00:00Z") Instant noticeStartedAt,
    @Schema(description = "Objections are taken until then", example = "2026-05-15T01:00:00Z") Instant noticeEndsAt) {

  static NoticeView of(CommitteeReview r) {
    return new NoticeView(r.getSubjectReference(), r.getSubjectType(), r.getQualificationCode(),
        r.getQualificationName(), r.getProposal(), r.getNoticeStartedAt(), r.getNoticeEndsAt());
  }
}
