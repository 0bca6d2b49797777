package org.qualcat.nomination;

import org.qualcat.catalog.QualificationDetails;

import static org.qualcat.nomination.CatalogNominationProcess.REFERENCE_PREFIX;
import static org.qualcat.nomination.CatalogNominationProcess.TIMER_SUPPLEMENT_DEADLINE;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditTrail;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.Decision;
import org.qualcat.committee.CommitteeOutcome;
import org.qualcat.process.BureauTime;
import org.qualcat.process.FormViews;
import org.qualcat.process.ProcessTimers;
import org.qualcat.process.References;
import org.qualcat.security.StaffDirectory;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nominations from submission to listing: the duplicate check, the completeness check and its supplements, the
 * committee's outcome, and the nominator kept informed by mail.
 */
@Service
@Transactional
public class Nominations {

  static final Set<NominationStatus> OPEN = EnumSet.of(NominationStatus.SUBMITTED,
      NominationStatus.AWAITING_SUPPLEMENT, NominationStatus.UNDER_REVIEW);

  private final NominationRepository nominations;
  private final Catalog catalog;
  private final References references;
  private final NominationFlow flow;
  private final NominationMails mails;
  private final StaffDirectory staff;
  private final ProcessTimers timers;
  private final AuditTrail audit;
  private final Clock clock;

  Nominations(NominationRepository nominations, Catalog catalog, References references,
      NominationFlow flow, NominationMails mails, StaffDirectory staff, ProcessTimers timers,
      AuditTrail audit, Clock clock) {
    this.nominations = nominations;
    this.catalog = catalog;
    this.references = references;
    this.flow = flow;
    this.mails = mails;
    this.staff = staff;
    this.timers = timers;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Takes a nomination and starts {@code catalog-nomination}; all or nothing. Refused (409) when the qualification
   * is already in the catalog or already nominated.
   */
  Nomination submit(NominationRequest request, String nominatedBy) {
    String contact = request.contactEmail() != null && !request.contactEmail().isBlank()
        ? request.contactEmail().strip()
        : staff.emailOf(nominatedBy).orElseThrow(() -> new InvalidInputException("contactEmail",
            "is required: your account has no mail address"));
    String channelsProblem = QualificationDetails.titleChannelsProblem(request.lists(), request.titleChannels());
    if (channelsProblem != null) {
      throw new InvalidInputException("titleChannels", channelsProblem);
    }
    nominations.findFirstByCodeAndStatusIn(request.code(), OPEN).ifPresent(open -> {
      throw new ConflictException("qualification " + request.code() + " is already nominated (" + open.getReference()
          + ")");
    });
    var before = catalog.nominate(request.code(), request.details());
    Nomination nomination = nominations.save(new Nomination(references.next(REFERENCE_PREFIX, 4), request.code(),
        request.details(), request.justification().strip(), nominatedBy, contact, before, clock.instant()));
    nomination.started(flow.start(nomination, proposal(nomination)).getId());
    audit(NominationAuditActions.NOMINATION_SUBMITTED, nomination, "qualification " + nomination.getCode());
    mails.received(nomination);
    return nomination;
  }

  /** The secretariat found the nomination complete: it goes to the committee. */
  void complete(long id) {
    Nomination nomination = nomination(id);
    nomination.toReview();
    audit(NominationAuditActions.NOMINATION_FOUND_COMPLETE, nomination, "to the committee review");
  }

  /** Asks the nominator for supplements; returns the deadline. */
  Instant requestSupplement(long id, String request) {
    Nomination nomination = nomination(id);
    Instant dueAt = timers.dueIn(TIMER_SUPPLEMENT_DEADLINE).toInstant();
    nomination.askForSupplement(request, dueAt);
    audit(NominationAuditActions.NOMINATION_SUPPLEMENT_REQUESTED, nomination, "due " + BureauTime.dateTime(dueAt));
    mails.supplementRequested(nomination, request, BureauTime.dateTime(dueAt));
    return dueAt;
  }

  /** The nominator (or the secretariat on their behalf) supplies what was asked for. */
  Nomination provideSupplement(String reference, String supplement, String by, boolean secretariat) {
    Nomination nomination = nominations.visibleTo(reference, by, secretariat);
    if (nomination.getStatus() != NominationStatus.AWAITING_SUPPLEMENT) {
      throw new ConflictException(reference + " is not waiting for supplements");
    }
    nomination.supplied(supplement);
    audit(NominationAuditActions.NOMINATION_SUPPLEMENT_PROVIDED, nomination, null);
    nominations.flush();
    flow.supplementProvided(reference);
    return nomination;
  }

  /** The supplements did not arrive in time. */
  void withdraw(long id) {
    Nomination nomination = nomination(id);
    nomination.close(NominationStatus.WITHDRAWN, clock.instant());
    catalog.releaseNomination(nomination.getCode(), nomination.getStatusBefore());
    audit(NominationAuditActions.NOMINATION_WITHDRAWN, nomination, "supplements not provided in time");
    mails.withdrawn(nomination);
  }

  /** The committee approved and the notice passed: the qualification is listed in the draft edition. */
  public void list(long id, String processInstanceId, CommitteeOutcome outcome) {
    Nomination nomination = nomination(id);
    catalog.list(nomination.getCode(), nomination.getDetails(), new Decision(nomination.getReference(),
        processInstanceId, "Listed on nomination " + nomination.getReference() + " by decision of the Catalog "
        + "Committee" + summary(outcome.resolution()), "依提名 " + nomination.getReference() + " 经目录评审委员会决定列入"
        + summaryZh(outcome.resolution()), outcome.decidedBy(), clock.instant()));
    nomination.close(NominationStatus.LISTED, clock.instant());
    audit(NominationAuditActions.NOMINATION_LISTED, nomination, "qualification " + nomination.getCode()
        + " listed in the draft edition");
    mails.listed(nomination);
  }

  public void reject(long id, CommitteeOutcome outcome) {
    Nomination nomination = nomination(id);
    nomination.close(NominationStatus.REJECTED, clock.instant());
    catalog.releaseNomination(nomination.getCode(), nomination.getStatusBefore());
    audit(NominationAuditActions.NOMINATION_REJECTED, nomination, "qualification " + nomination.getCode());
    mails.rejected(nomination, outcome.resolution());
  }

  Nomination nomination(long id) {
    return nominations.findById(id).orElseThrow(() -> new NotFoundException("no nomination " + id));
  }

  /** The proposal as the experts, the committee and the public notice read it. */
  static String proposal(Nomination nomination) {
    var d = nomination.getDetails();
    StringBuilder text = new StringBuilder("Include ").append(d.nameEn()).append(" (").append(d.nameZh())
        .append("), issued by ").append(d.issuingBody()).append(", ").append(d.countryRegion())
        .append(", in the ").append(CatalogList.englishNames(d.lists())).append('.');
    if (d.titleLevel() != org.qualcat.catalog.TitleLevel.NONE) {
      text.append(" Title mapping: ").append(d.titleLevel().englishName()).append(d.titleSeries() == null ? ""
          : " (" + d.titleSeries() + ")").append('.');
    }
    if (d.skillLevel() != null) {
      text.append(" Skill certificate: ").append(d.skillLevel()).append('.');
    }
    text.append(" Justification: ").append(nomination.getJustification());
    return FormViews.fit(text.toString());
  }

  /** A title level in the words of the proposals and the change log (the catalog's messages say the same). */
  private static String summary(String text) {
    if (text.isEmpty()) {
      return "";
    }
    return ": " + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
  }

  /** The committee's resolution after a Chinese sentence (as written: it is the committee's text). */
  private static String summaryZh(String text) {
    return text.isEmpty() ? "。" : "：" + summary(text).substring(2);
  }

  private void audit(AuditAction action, Nomination nomination, String details) {
    audit.decision(action, nomination.getReference(), details);
  }
}
