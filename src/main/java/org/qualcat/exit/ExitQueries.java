package org.qualcat.exit;

import java.time.Instant;
import java.util.List;
import org.qualcat.catalog.StaffDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A qualification's exit cases, newest first, beside its monitoring history in the staff view of the catalog: what
 * the committee decided on each finding, and why (an overturned finding carries the committee's reason).
 */
@Component
class ExitHistory implements StaffDetails {

  private final ExitCaseRepository exits;

  ExitHistory(ExitCaseRepository exits) {
    this.exits = exits;
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

  @Override
  public String name() {
    return "exits";
  }

  @Override
  @Transactional(readOnly = true)
  public List<Entry> forQualification(String code) {
    return exits.findByQualificationCodeOrderByIdDesc(code).stream().map(Entry::of).toList();
  }
}
