package org.qualcat.nomination;

import static org.qualcat.nomination.CatalogNominationProcess.MESSAGE_SUPPLEMENT_PROVIDED;
import static org.qualcat.nomination.CatalogNominationProcess.PROCESS_ID;
import static org.qualcat.nomination.CatalogNominationProcess.VAR_NOMINATION_ID;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditTrail;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.Decision;
import org.qualcat.committee.CommitteeResolution;
import org.qualcat.committee.CommitteeReviewProcess;
import org.qualcat.committee.CommitteeReviews;
import org.qualcat.notification.Notifications;
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
  private final CommitteeReviews committee;
  private final References references;
  private final RuntimeService runtime;
  private final Notifications notifications;
  private final StaffDirectory staff;
  private final ProcessTimers timers;
  private final AuditTrail audit;
  private final Clock clock;

  Nominations(NominationRepository nominations, Catalog catalog, CommitteeReviews committee, References references,
      RuntimeService runtime, Notifications notifications, StaffDirectory staff, ProcessTimers timers,
      AuditTrail audit, Clock clock) {
    this.nominations = nominations;
    this.catalog = catalog;
    this.committee = committee;
    this.references = references;
    this.runtime = runtime;
    this.notifications = notifications;
    this.staff = staff;
    this.timers = timers;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Takes a nomination and starts {@code catalog-nomination}; all or nothing. Refused (409) when the qualification
   * is already in the catalog or already nominated.
   */
  public Nomination submit(NominationRequest request, String nominatedBy) {
    String contact = request.contactEmail() != null && !request.contactEmail().isBlank()
        ? request.contactEmail().strip()
        : staff.emailOf(nominatedBy).orElseThrow(() -> new InvalidInputException("contactEmail",
            "is required: your account has no mail address"));
    nominations.findFirstByCodeAndStatusIn(request.code(), OPEN).ifPresent(open -> {
      throw new ConflictException("qualification " + request.code() + " is already nominated (" + open.getReference()
          + ")");
    });
    var before = catalog.nominate(request.code(), request.details());
    Nomination nomination = nominations.save(new Nomination(references.next("NOM", 4), request.code(),
        request.details(), request.justification().strip(), nominatedBy, contact, before, clock.instant()));
    ProcessInstance process = runtime.startProcessInstanceByKey(PROCESS_ID, nomination.getReference(), Map.of(
        VAR_NOMINATION_ID, nomination.getId(),
        CommitteeReviewProcess.VAR_QUALIFICATION_CODE, nomination.getCode(),
        CommitteeReviewProcess.VAR_QUALIFICATION_NAME, FormViews.fit(nomination.getDetails().nameEn()),
        CommitteeReviewProcess.VAR_PROPOSAL, proposal(nomination)));
    nomination.started(process.getId());
    audit(NominationAuditActions.NOMINATION_SUBMITTED, nomination, "qualification " + nomination.getCode());
    mail(nomination, "nomination-received", Map.of());
    return nomination;
  }

  /** The secretariat found the nomination complete: it goes to the committee. */
  public void complete(long id) {
    Nomination nomination = nomination(id);
    nomination.toReview();
    audit(NominationAuditActions.NOMINATION_FOUND_COMPLETE, nomination, "to the committee review");
  }

  /** Asks the nominator for supplements; returns the deadline. */
  public Instant requestSupplement(long id, String request) {
    Nomination nomination = nomination(id);
    Instant dueAt = timers.dueIn("supplement-deadline").toInstant();
    nomination.askForSupplement(request, dueAt);
    audit(NominationAuditActions.NOMINATION_SUPPLEMENT_REQUESTED, nomination, "due " + CommitteeReviews.format(dueAt));
    mail(nomination, "nomination-supplement-requested", Map.of("request", request,
        "dueAt", CommitteeReviews.format(dueAt)));
    return dueAt;
  }

  /** The nominator (or the secretariat on their behalf) supplies what was asked for. */
  public Nomination provideSupplement(String reference, String supplement, String by, boolean secretariat) {
    Nomination nomination = visibleTo(reference, by, secretariat);
    if (nomination.getStatus() != NominationStatus.AWAITING_SUPPLEMENT) {
      throw new ConflictException(reference + " is not waiting for supplements");
    }
    nomination.supplied(supplement);
    audit(NominationAuditActions.NOMINATION_SUPPLEMENT_PROVIDED, nomination, null);
    nominations.flush();
    try {
      runtime.createMessageCorrelation(MESSAGE_SUPPLEMENT_PROVIDED)
          .processInstanceBusinessKey(reference)
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException e) {
      throw new ConflictException(reference + " is not waiting for supplements");
    }
    return nomination;
  }

  /** The supplements did not arrive in time. */
  public void withdraw(long id) {
    Nomination nomination = nomination(id);
    nomination.close(NominationStatus.WITHDRAWN, clock.instant());
    catalog.releaseNomination(nomination.getCode(), nomination.getStatusBefore());
    audit(NominationAuditActions.NOMINATION_WITHDRAWN, nomination, "supplements not provided in time");
    mail(nomination, "nomination-withdrawn", Map.of("request", nomination.getSupplementRequest()));
  }

  /** The committee approved and the notice passed: the qualification is listed in the draft edition. */
  public void list(long id, String processInstanceId) {
    Nomination nomination = nomination(id);
    CommitteeResolution resolution = committee.lastResolution(nomination.getReference()).orElse(null);
    catalog.list(nomination.getCode(), nomination.getDetails(), new Decision(nomination.getReference(),
        processInstanceId, "Listed on nomination " + nomination.getReference() + " by decision of the Catalog "
        + "Committee" + summary(resolution), resolution == null ? "committee" : resolution.getDecidedBy(),
        clock.instant()));
    nomination.close(NominationStatus.LISTED, clock.instant());
    audit(NominationAuditActions.NOMINATION_LISTED, nomination, "qualification " + nomination.getCode()
        + " listed in the draft edition");
    mail(nomination, "nomination-listed", Map.of());
  }

  public void reject(long id) {
    Nomination nomination = nomination(id);
    nomination.close(NominationStatus.REJECTED, clock.instant());
    catalog.releaseNomination(nomination.getCode(), nomination.getStatusBefore());
    audit(NominationAuditActions.NOMINATION_REJECTED, nomination, "qualification " + nomination.getCode());
    String resolution = committee.lastResolution(nomination.getReference())
        .map(CommitteeResolution::getResolution).orElse("");
    mail(nomination, "nomination-rejected", Map.of("resolution", resolution));
  }

  /** A nomination as its nominator or staff may see it; others are told it does not exist. */
  @Transactional(readOnly = true)
  public Nomination visibleTo(String reference, String user, boolean staffMember) {
    Nomination nomination = nominations.findByReference(reference)
        .orElseThrow(() -> new NotFoundException("no nomination " + reference));
    if (!staffMember && !nomination.getNominatedBy().equals(user)) {
      throw new NotFoundException("no nomination " + reference);
    }
    return nomination;
  }

  Nomination nomination(long id) {
    return nominations.findById(id).orElseThrow(() -> new NotFoundException("no nomination " + id));
  }

  /** The proposal as the experts, the committee and the public notice read it. */
  static String proposal(Nomination nomination) {
    var d = nomination.getDetails();
    StringBuilder text = new StringBuilder("Include ").append(d.nameEn()).append(" (").append(d.nameZh())
        .append("), issued by ").append(d.issuingBody()).append(", ").append(d.countryRegion())
        .append(", in the ").append(listNames(d.lists())).append('.');
    if (d.titleLevel() != org.qualcat.catalog.TitleLevel.NONE) {
      text.append(" Title mapping: ").append(titleName(d.titleLevel())).append(d.titleSeries() == null ? ""
          : " (" + d.titleSeries() + ")").append('.');
    }
    if (d.skillLevel() != null) {
      text.append(" Skill certificate: ").append(d.skillLevel()).append('.');
    }
    text.append(" Justification: ").append(nomination.getJustification());
    return FormViews.fit(text.toString());
  }

  /** A title level in the words of the proposals and the change log (the catalog's messages say the same). */
  public static String titleName(org.qualcat.catalog.TitleLevel level) {
    return switch (level) {
      case NONE -> "none";
      case INTERMEDIATE -> "intermediate title";
      case DEPUTY_SENIOR -> "deputy senior title";
    };
  }

  public static String listNames(Set<CatalogList> lists) {
    return String.join(", ", lists.stream().sorted().map(l -> switch (l) {
      case INTERNATIONAL -> "List of International Professional Qualifications";
      case URGENT -> "List of Urgently-in-Demand International Professional Qualifications";
      case GO_GLOBAL -> "List of \"Go-Global\" Professional Qualifications";
      case TITLE_ELIGIBLE -> "List of Qualifications Eligible for Beijing's Professional Titles";
    }).toList());
  }

  private static String summary(CommitteeResolution resolution) {
    if (resolution == null) {
      return "";
    }
    String text = resolution.getResolution();
    return ": " + (text.length() > 200 ? text.substring(0, 200) + "…" : text);
  }

  private void audit(AuditAction action, Nomination nomination, String details) {
    audit.decision(action, nomination.getReference(), details);
  }

  private void mail(Nomination nomination, String template, Map<String, Object> extra) {
    Map<String, Object> model = new HashMap<>(extra);
    model.put("reference", nomination.getReference());
    model.put("code", nomination.getCode());
    model.put("nameEn", nomination.getDetails().nameEn());
    model.put("nameZh", nomination.getDetails().nameZh());
    notifications.send(template, List.of(nomination.getContactEmail()), model, nomination.getReference());
  }
}
