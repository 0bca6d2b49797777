package org.qualcat.committee;

import java.time.Clock;
import org.qualcat.audit.AuditTrail;
import org.qualcat.system.ConflictException;
import org.qualcat.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public notice's API and pages do: lodge an objection, which returns the matter to the committee. */
@Service
@Transactional
class PublicNotices {

  private final CommitteeReviewRepository reviews;
  private final CommitteeReviewFlow flow;
  private final CommitteeMails mails;
  private final AuditTrail audit;
  private final Clock clock;

  PublicNotices(CommitteeReviewRepository reviews, CommitteeReviewFlow flow, CommitteeMails mails, AuditTrail audit,
      Clock clock) {
    this.reviews = reviews;
    this.flow = flow;
    this.mails = mails;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Lodges an objection against a matter under public notice and returns it to the committee. Refused (409) when
   * the matter is not under notice.
   */
  Objection object(String subjectReference, String grounds, String by) {
    CommitteeReview review = reviews.findBySubjectReferenceOrderByIdDesc(subjectReference).stream().findFirst()
        .orElseThrow(() -> new NotFoundException("no matter " + subjectReference + " before the committee"));
    if (review.getStatus() != ReviewStatus.PUBLIC_NOTICE) {
      throw new ConflictException(subjectReference + " is not under public notice; objections are taken only then");
    }
    Objection objection = new Objection(review, grounds, by, clock.instant());
    review.object(objection);
    // the grounds are the objector's own words, possibly about people: the trail says only that there was one
    audit.decision(CommitteeAuditActions.OBJECTION_RAISED, subjectReference, "returned to the committee");
    reviews.flush();
    flow.objectionRaised(review);
    mails.objectionRaised(review, grounds);
    return objection;
  }
}
