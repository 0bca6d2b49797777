package org.qualcat.exit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.qualcat.catalog.StaffDetails;
import org.qualcat.committee.CommitteeQueries;
import org.qualcat.committee.ReviewRecordView;
import org.qualcat.process.ProcessProgress;
import org.qualcat.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reading of exit cases: one with its decision record (API, pages), the open case of a qualification, and a
 * qualification's exit cases, newest first, beside its monitoring history in the staff view of the catalog: what the
 * committee decided on each finding, and why (an overturned finding carries the committee's reason).
 */
@Service
@Transactional(readOnly = true)
class ExitQueries implements StaffDetails {

  private final ExitCaseRepository exits;
  private final CommitteeQueries committee;
  private final ProcessProgress progress;

  ExitQueries(ExitCaseRepository exits, CommitteeQueries committee, ProcessProgress progress) {
    this.exits = exits;
    this.committee = committee;
    this.progress = progress;
  }

  record ExitView(String reference, ExitStatus status, List<String> currentSteps, String qualificationCode,
      String grounds, ExitOrigin origin, String flaggedBy, Instant openedAt, Instant closedAt, Integer casesEnded,
      ReviewRecordView review) {
  }

  record Entry(String reference, ExitOrigin origin, String flaggedBy, String grounds, ExitStatus status,
      String decisionReason, Instant decidedAt, String removedInEdition, Integer casesEnded, Instant openedAt,
      Instant closedAt) {

    static Entry of(ExitCase e) {
      return new Entry(e.getReference(), e.getOrigin(), e.getFlaggedBy(), e.getGrounds(), e.getStatus(),
          e.getDecisionReason(), e.getDecidedAt(), e.getRemovedInEdition(), e.getCasesEnded(), e.getOpenedAt(),
          e.getClosedAt());
    }
  }

  ExitCase byReference(String reference) {
    return exits.findByReference(reference).orElseThrow(() -> new NotFoundException("no exit case " + reference));
  }

  /** An exit case with where its process stands and its decision record, as the API answers. */
  ExitView view(String reference) {
    ExitCase e = byReference(reference);
    return new ExitView(e.getReference(), e.getStatus(), progress.currentSteps(reference), e.getQualificationCode(),
        e.getGrounds(), e.getOrigin(), e.getFlaggedBy(), e.getOpenedAt(), e.getClosedAt(), e.getCasesEnded(),
        committee.record(reference, true).orElse(null));
  }

  /** The reference of the qualification's exit case before the committee, if there is one. */
  Optional<String> underReview(String qualificationCode) {
    return exits.findFirstByQualificationCodeAndStatus(qualificationCode, ExitStatus.UNDER_REVIEW)
        .map(ExitCase::getReference);
  }

  @Override
  public String name() {
    return "exits";
  }

  @Override
  public List<Entry> forQualification(String code) {
    return exits.findByQualificationCodeOrderByIdDesc(code).stream().map(Entry::of).toList();
  }
}
