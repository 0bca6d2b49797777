package org.qualcat.committee;

import java.time.Instant;

/** A matter under public notice, as the public sees it. */
public record NoticeView(String reference, SubjectType subject, String qualificationCode, String qualificationName,
    String proposal, Instant noticeStartedAt, Instant noticeEndsAt) {

  static NoticeView of(CommitteeReview r) {
    return new NoticeView(r.getSubjectReference(), r.getSubjectType(), r.getQualificationCode(),
        r.getQualificationName(), r.getProposal(), r.getNoticeStartedAt(), r.getNoticeEndsAt());
  }
}
