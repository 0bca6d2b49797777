package org.qualcat.exit;

import static org.qualcat.exit.QualificationExitProcess.MAIL_OVERTURNED;
import static org.qualcat.exit.QualificationExitProcess.MAIL_REMOVAL_DECIDED;
import static org.qualcat.exit.QualificationExitProcess.MAIL_REMOVED;
import static org.qualcat.exit.QualificationExitProcess.REFERENCE_PREFIX;

import java.time.Clock;
import java.util.List;
import org.qualcat.audit.AuditTrail;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.Decision;
import org.qualcat.catalog.EditionPublished;
import org.qualcat.catalog.CatalogEntries;
import org.qualcat.committee.CommitteeOutcome;
import org.qualcat.committee.CommitteeReviewProcess;
import org.qualcat.process.FormViews;
import org.qualcat.process.References;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removing qualifications from the catalog: exit cases opened by a monitor's flag or a failed rectification, decided
 * by the committee, which confirms the removal or overturns the finding with a reason. A confirmed removal changes
 * the draft edition; it takes effect, and ends the verification cases in flight, when that edition is published.
 */
@Service
@Transactional
public class Exits {

  private final ExitCaseRepository exits;
  private final CatalogEntries entries;
  private final Catalog catalog;
  private final References references;
  private final ExitFlow flow;
  private final ExitMails mails;
  private final List<InFlightVerifications> verifications;
  private final AuditTrail audit;
  private final Clock clock;

  Exits(ExitCaseRepository exits, CatalogEntries entries, Catalog catalog,
      References references, ExitFlow flow, ExitMails mails,
      List<InFlightVerifications> verifications, AuditTrail audit, Clock clock) {
    this.exits = exits;
    this.entries = entries;
    this.catalog = catalog;
    this.references = references;
    this.flow = flow;
    this.mails = mails;
    this.verifications = verifications;
    this.audit = audit;
    this.clock = clock;
  }

  /** A monitor's flag: opens an exit case and starts {@code qualification-exit} by its message. */
  public ExitCase flag(String qualificationCode, String grounds, String monitor) {
    inCatalog(qualificationCode);
    refuseSecondCase(qualificationCode);
    ExitCase exit = exits.save(new ExitCase(references.next(REFERENCE_PREFIX, 4), qualificationCode, grounds,
        ExitOrigin.FLAG, monitor, null, clock.instant()));
    exit.started(flow.flagged(exit, grounds).getId());
    audit.decision(ExitAuditActions.EXIT_FLAGGED, exit.getReference(), "qualification " + qualificationCode);
    return exit;
  }

  /**
   * Opens the case of an exit a monitoring review started (the flag opened its own before starting); returns it.
   * The review's grounds come with the call.
   */
  public ExitCase openFromReview(String qualificationCode, String grounds, String processInstanceId) {
    inCatalog(qualificationCode);
    refuseSecondCase(qualificationCode);
    ExitCase exit = exits.save(new ExitCase(references.next(REFERENCE_PREFIX, 4), qualificationCode, grounds,
        ExitOrigin.REVIEW, "monitoring", processInstanceId, clock.instant()));
    audit.decision(ExitAuditActions.EXIT_OPENED, exit.getReference(), "qualification " + qualificationCode
        + ", referred by its monitoring review");
    return exit;
  }

  /** The proposal the experts, the committee and the public notice read. */
  @Transactional(readOnly = true)
  public String proposal(long exitId) {
    ExitCase exit = exit(exitId);
    return FormViews.fit("Remove " + name(exit.getQualificationCode()) + " (" + exit.getQualificationCode()
        + ") from the catalog. Grounds: " + exit.getGrounds());
  }

  @Transactional(readOnly = true)
  public String name(String code) {
    return entries.find(code).map(q -> q.details().nameEn()).orElse(code);
  }

  /**
   * The committee confirmed the removal: the draft edition loses the qualification. The edition in force still lists
   * it, and its verification cases go on, until the secretariat publishes that draft ({@link #onEditionPublished}).
   */
  public void remove(long exitId, String processInstanceId, CommitteeOutcome outcome) {
    ExitCase exit = exit(exitId);
    catalog.remove(exit.getQualificationCode(), new Decision(exit.getReference(), processInstanceId,
        "Removed on exit case " + exit.getReference() + " by decision of the Catalog Committee. Grounds: "
            + shorten(exit.getGrounds()), "依退出案件 " + exit.getReference() + " 经目录评审委员会决定退出。理由："
            + shorten(exit.getGrounds()), outcome.decidedBy(), clock.instant()));
    exit.decided(ExitStatus.REMOVAL_DECIDED, outcome.resolution().isEmpty() ? null : outcome.resolution(),
        clock.instant());
    audit.decision(ExitAuditActions.EXIT_REMOVAL_DECIDED, exit.getReference(), "qualification "
        + exit.getQualificationCode() + " removed in the draft edition; in force when that edition is published");
    tellStaff(exit, MAIL_REMOVAL_DECIDED, outcome.resolution());
  }

  /**
   * The committee overturned the monitoring finding: its resolution is the reason, recorded on the case and in the
   * audit trail; the qualification is plainly listed again. Never without a reason.
   */
  public void overturn(long exitId, CommitteeOutcome outcome) {
    ExitCase exit = exit(exitId);
    String reason = outcome.resolution();
    if (reason.isBlank()) {
      throw new IllegalStateException("exit case " + exit.getReference()
          + ": a finding is overturned only with the committee's reason");
    }
    catalog.restoreListing(exit.getQualificationCode());
    exit.decided(ExitStatus.OVERTURNED, reason, clock.instant());
    audit.decision(ExitAuditActions.EXIT_FINDING_OVERTURNED, exit.getReference(), "qualification "
        + exit.getQualificationCode() + " stays listed; the committee's reason: " + shorten(reason));
    tellStaff(exit, MAIL_OVERTURNED, reason);
  }

  /**
   * An edition was published: the removals it carries are in force now. The verification cases in flight for each
   * removed qualification end (results already issued stay valid), and the exit case records the edition.
   */
  @EventListener
  public void onEditionPublished(EditionPublished edition) {
    for (String code : edition.removed()) {
      int ended = verifications.stream().mapToInt(v -> v.endForRemovedQualification(code, edition.code())).sum();
      exits.findFirstByQualificationCodeAndStatus(code, ExitStatus.REMOVAL_DECIDED).ifPresent(exit -> {
        exit.removalInForce(edition.code(), ended, clock.instant());
        audit.decision(ExitAuditActions.EXIT_REMOVED, exit.getReference(), "qualification " + code + " removed by the "
            + edition.name() + " (" + edition.code() + "), in force from " + edition.inForceFrom() + "; " + ended
            + " verification cases in flight ended");
        tellStaff(exit, MAIL_REMOVED, exit.getDecisionReason());
      });
    }
  }

  ExitCase exit(long id) {
    return exits.findById(id).orElseThrow(() -> new NotFoundException("no exit case " + id));
  }

  private CatalogEntries.Entry inCatalog(String code) {
    return entries.inCatalog(code)
        .orElseThrow(() -> new InvalidInputException("qualificationCode", "names no qualification in the catalog: "
            + code));
  }

  private void refuseSecondCase(String code) {
    exits.findFirstByQualificationCodeAndStatus(code, ExitStatus.UNDER_REVIEW).ifPresent(open -> {
      throw new ConflictException("the removal of " + code + " is already before the committee ("
          + open.getReference() + ")");
    });
  }

  /** Tells the monitors and the secretariat, with the committee's resolution on the case. */
  private void tellStaff(ExitCase exit, String template, String resolution) {
    mails.toStaff(exit, template, name(exit.getQualificationCode()), resolution == null ? "" : resolution);
  }

  private static String shorten(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
