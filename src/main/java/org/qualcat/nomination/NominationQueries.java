package org.qualcat.nomination;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.qualcat.committee.CommitteeQueries;
import org.qualcat.committee.ReviewRecordView;
import org.qualcat.committee.ReviewStatus;
import org.qualcat.process.ProcessProgress;
import org.qualcat.system.PageView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reading of nominations for the API and the pages: officers read them all, a nominator its own; the others are
 * told a nomination does not exist.
 */
@Service
@Transactional(readOnly = true)
class NominationQueries {

  private final NominationRepository nominations;
  private final CommitteeQueries committee;
  private final ProcessProgress progress;

  NominationQueries(NominationRepository nominations, CommitteeQueries committee, ProcessProgress progress) {
    this.nominations = nominations;
    this.committee = committee;
    this.progress = progress;
  }

  /** A line of the pages' list. */
  record Row(String reference, String code, String nameEn, String nameZh, NominationStatus status,
      Instant submittedAt, String step) {
  }

  /** A nomination as its page shows it: with the committee's record (null before its review opened). */
  record Detail(Nomination nomination, ReviewRecordView review) {
  }

  /** A nomination with where its process stands and its decision record, as the API answers. */
  NominationView view(String reference, String user, boolean officer) {
    Nomination nomination = nominations.visibleTo(reference, user, officer);
    return NominationView.of(nomination, progress.currentSteps(reference),
        committee.record(reference, officer).orElse(null));
  }

  /** Nominations of these statuses, as the API lists them. */
  PageView<NominationView> page(Set<NominationStatus> statuses, Pageable pageable, String user, boolean officer) {
    return PageView.of(find(statuses, pageable, user, officer), n -> NominationView.of(n, List.of(), null));
  }

  /** All nominations, as the pages list them: each with where it stands. */
  PageView<Row> rows(Pageable pageable, String user, boolean officer) {
    return PageView.of(find(EnumSet.allOf(NominationStatus.class), pageable, user, officer),
        n -> new Row(n.getReference(), n.getCode(), n.getDetails().nameEn(), n.getDetails().nameZh(), n.getStatus(),
            n.getSubmittedAt(), step(n.getStatus(), review(n.getReference(), false))));
  }

  Detail detail(String reference, String user, boolean officer) {
    return new Detail(nominations.visibleTo(reference, user, officer), review(reference, officer));
  }

  private Page<Nomination> find(Set<NominationStatus> statuses, Pageable pageable, String user, boolean officer) {
    return officer ? nominations.findByStatusIn(statuses, pageable)
        : nominations.findByNominatedByAndStatusIn(user, statuses, pageable);
  }

  private ReviewRecordView review(String reference, boolean officer) {
    return committee.record(reference, officer).orElse(null);
  }

  /** Where the nomination stands, as a message key: its own step, or the committee review's. */
  static String step(NominationStatus status, ReviewRecordView review) {
    if (status != NominationStatus.UNDER_REVIEW) {
      return "selection.step.nomination." + status;
    }
    return reviewStep(review == null ? null : review.status());
  }

  /** The step of a matter before the committee (its review not opened yet: null). */
  static String reviewStep(ReviewStatus status) {
    return "selection.step.review." + (status == null ? "PENDING" : status.name());
  }
}
