package org.qualcat.verification;

import org.qualcat.employer.EmployerRegion;
import static org.qualcat.verification.VerificationProcess.SYSTEM_ACTOR;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.qualcat.catalog.CatalogInForce;
import org.qualcat.catalog.CatalogInForce.Listing;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.process.BureauTime;
import org.qualcat.process.IsoDurations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps the {@code certificate-verification} process takes by itself (through {@link VerificationSteps}): the
 * eligibility check, the earlier result, the register, the result and its benefits, reminders, escalation and the
 * ways a case ends. The verifiers' decisions on its forms are {@link VerificationDecisions}.
 */
@Service
@Transactional
class CaseSteps {

  private final VerificationCaseRepository cases;
  private final CatalogInForce catalog;
  private final VerificationFlow flow;
  private final VerificationMails mails;
  private final HolderBenefits benefits;
  private final IssuerRegister register;
  private final VerificationCodes codes;
  private final CaseTimeline timeline;
  private final Clock clock;

  CaseSteps(VerificationCaseRepository cases, CatalogInForce catalog, VerificationFlow flow, VerificationMails mails,
      HolderBenefits benefits, IssuerRegister register, VerificationCodes codes, CaseTimeline timeline, Clock clock) {
    this.cases = cases;
    this.catalog = catalog;
    this.flow = flow;
    this.mails = mails;
    this.benefits = benefits;
    this.register = register;
    this.codes = codes;
    this.timeline = timeline;
    this.clock = clock;
  }

  /** Whether the edition in force lists the case's qualification, and how its issuer is reached. */
  record Eligibility(boolean listed, VerificationChannel channel) {
  }

  /**
   * A case opened through {@link VerificationCases#submit} was admitted there, in this transaction, with the edition
   * in force that lists its qualification: that answer stands. Any other case is checked against the edition in
   * force now.
   */
  Eligibility checkEligibility(String reference) {
    VerificationCase c = cases.getByReference(reference);
    if (c.isAdmitted()) {
      return new Eligibility(true, c.getCheckChannel());
    }
    Optional<Listing> listing = catalog.listing(c.getQualificationCode());
    if (listing.isEmpty()) {
      return new Eligibility(false, null);
    }
    VerificationChannel channel = listing.get().details().verificationChannel();
    c.eligible(channel, listing.get().edition().code(), !listing.get().official(), clock.instant());
    return new Eligibility(true, channel);
  }

  void refuseNotListed(String reference) {
    VerificationCase c = cases.getByReference(reference);
    QualificationNotListedException.Reason reason = QualificationNotListedException.of(c.getQualificationCode(),
        catalog.standing(c.getQualificationCode())).getReason();
    c.refuse(ClosingReason.NOT_LISTED, QualificationNotListedException.describe(c.getQualificationCode(), reason),
        clock.instant());
    timeline.record(c, EventKind.REFUSED_NOT_LISTED, c.getClosingNote(), SYSTEM_ACTOR);
    timeline.audit(VerificationAuditActions.VERIFICATION_REFUSED, c, ClosingReason.NOT_LISTED + " (" + reason + ")");
    mails.closed(c);
  }

  /** Whether the same certificate of the same holder was verified before anywhere on the platform (notice IV.3). */
  boolean lookForEarlierResult(String reference) {
    return earlierResult(cases.getByReference(reference)).isPresent();
  }

  void adoptEarlierResult(String reference) {
    VerificationCase c = cases.getByReference(reference);
    VerificationCase earlier = earlierResult(c)
        .orElseThrow(() -> new IllegalStateException("no earlier result for case " + reference));
    c.adopt(earlier, clock.instant());
    timeline.record(c, EventKind.EARLIER_RESULT_ADOPTED, "Verified before as " + earlier.getReference() + " ("
        + earlier.getEmployerRegion() + "); the result and its verification code are reused.", SYSTEM_ACTOR);
    timeline.audit(VerificationAuditActions.VERIFICATION_VERIFIED, c, "earlier result reused: " + earlier.getReference());
    // the reuse shows on the case that was verified too, for its bureau and its holder (notice IV.3)
    timeline.record(earlier, EventKind.RESULT_RECOGNISED, "Recognised by case " + c.getReference() + " ("
        + c.getEmployerRegion() + ") without a second verification.", SYSTEM_ACTOR);
  }

  void closeForMissingSupplement(String reference) {
    VerificationCase c = cases.getByReference(reference);
    String note = "The supplement requested was due on " + c.getSupplementDueOn() + " and did not arrive.";
    c.close(VerificationStatus.CLOSED, ClosingReason.SUPPLEMENT_MISSING, note, clock.instant());
    timeline.record(c, EventKind.SUPPLEMENT_MISSING, note, SYSTEM_ACTOR);
    timeline.audit(VerificationAuditActions.VERIFICATION_CLOSED, c, ClosingReason.SUPPLEMENT_MISSING.name());
    mails.closed(c);
  }

  /** Asks the issuer's online register; an unavailable register throws, so that the job is retried. */
  boolean queryRegister(String reference) {
    VerificationCase c = cases.getByReference(reference);
    Listing q = catalog.listing(c.getEditionCode(), c.getQualificationCode()).orElse(null);
    IssuerRegister.Answer answer = register.lookUp(new IssuerRegister.Query(c.getQualificationCode(),
        q == null ? c.getQualificationCode() : q.details().issuingBody(), c.getCertificateNumber(),
        c.getCertificateIssuedOn(), c.getHolderName()));
    timeline.record(c, EventKind.REGISTER_CHECKED, answer.detail(), SYSTEM_ACTOR);
    timeline.audit(VerificationAuditActions.VERIFICATION_ISSUER_CHECKED, c, "online register: "
        + (answer.found() ? "found" : "not found"));
    return answer.found();
  }

  void issueVerificationCode(String reference) {
    VerificationCase c = cases.getByReference(reference);
    c.verified(codes.issue(), clock.instant());
    timeline.record(c, EventKind.VERIFIED, "Verification code issued.", SYSTEM_ACTOR);
    timeline.audit(VerificationAuditActions.VERIFICATION_VERIFIED, c, "verification code issued");
  }

  void recordNotVerified(String reference) {
    VerificationCase c = cases.getByReference(reference);
    String finding = timeline.lastFinding(c);
    c.notVerified(finding, clock.instant());
    decidedUnderEditionInForce(c);
    timeline.record(c, EventKind.NOT_VERIFIED, finding, SYSTEM_ACTOR);
    timeline.audit(VerificationAuditActions.VERIFICATION_NOT_VERIFIED, c, null);
    mails.result(c, null);
  }

  /**
   * The benefits of a verified result, from what the edition in force says of the qualification today; the case
   * records that edition. (A qualification the edition in force no longer lists has no case in flight: publishing the
   * removal ended them.)
   */
  void determineBenefits(String reference) {
    VerificationCase c = cases.getByReference(reference);
    Set<HolderBenefit> granted = decidedUnderEditionInForce(c)
        .map(inForce -> benefits.determine(inForce.details(), c.getHolderNationality(),
            c.isBeijingEmploymentConfirmed()))
        .orElse(Set.of());
    c.grant(granted, clock.instant());
    // the note names the notice's sections, never the benefits' codes; the result lists the services in full
    timeline.record(c, EventKind.BENEFITS_DETERMINED, granted.isEmpty() ? "None under sections I-III of the notice."
        : granted.size() + " (notice " + granted.stream().map(HolderBenefit::noticeSection)
            .flatMap(sections -> Arrays.stream(sections.split(", "))).distinct()
            .collect(Collectors.joining(", ")) + "); see the result.", SYSTEM_ACTOR);
  }

  void sendResult(String reference) {
    VerificationCase c = cases.getByReference(reference);
    mails.result(c, codes.of(c));
  }

  void remindVerifier(String reference) {
    VerificationCase c = cases.getByReference(reference);
    timeline.record(c, EventKind.ETA_REMINDER, "The result is due on " + c.getEta() + ".", SYSTEM_ACTOR);
    mails.etaReminder(c);
  }

  void escalate(String reference) {
    VerificationCase c = cases.getByReference(reference);
    c.escalate(clock.instant());
    timeline.record(c, EventKind.ESCALATED, "The ETA " + c.getEta() + " passed; escalated to the verifiers' queue.",
        SYSTEM_ACTOR);
    flow.raisePriorityOfOpenChecks(reference);
    mails.overdue(c);
  }

  void recordWithdrawal(String reference) {
    VerificationCase c = cases.getByReference(reference);
    c.close(VerificationStatus.WITHDRAWN, ClosingReason.WITHDRAWN, null, clock.instant());
    timeline.record(c, EventKind.WITHDRAWN, null, c.getApplicant());
    timeline.audit(VerificationAuditActions.VERIFICATION_WITHDRAWN, c, null);
  }

  void closeForRemovedQualification(String reference) {
    VerificationCase c = cases.getByReference(reference);
    String note = "Qualification " + c.getQualificationCode() + " was removed from the catalog while the case was "
        + "open.";
    c.close(VerificationStatus.CLOSED, ClosingReason.QUALIFICATION_REMOVED, note, clock.instant());
    timeline.record(c, EventKind.QUALIFICATION_REMOVED, note, SYSTEM_ACTOR);
    timeline.audit(VerificationAuditActions.VERIFICATION_CLOSED, c, ClosingReason.QUALIFICATION_REMOVED.name());
    mails.closed(c);
  }

  /** The instant the SLA reminder of an accepted case is due: {@code lead} before its ETA, never in the past. */
  Date etaReminderDue(String reference, String lead) {
    Instant due = IsoDurations.minus(etaStart(reference), lead);
    return Date.from(due.isBefore(clock.instant()) ? clock.instant() : due);
  }

  /** The instant an accepted case counts as overdue: {@code grace} after the end of its ETA day. */
  Date etaPassedDue(String reference, String grace) {
    return Date.from(IsoDurations.plus(etaStart(reference).plus(Duration.ofDays(1)), grace));
  }

  private Instant etaStart(String reference) {
    VerificationCase c = cases.getByReference(reference);
    if (c.getEta() == null) {
      throw new IllegalStateException("case " + reference + " has no ETA");
    }
    return c.getEta().atStartOfDay(BureauTime.ZONE).toInstant();
  }

  /**
   * Records the edition in force on the case, the edition its result is decided under; returns the qualification as
   * that edition lists it.
   */
  private Optional<Listing> decidedUnderEditionInForce(VerificationCase c) {
    Optional<Listing> inForce = catalog.listing(c.getQualificationCode());
    inForce.ifPresent(listing -> c.decidedUnder(listing.edition().code(), !listing.official(), clock.instant()));
    return inForce;
  }

  private Optional<VerificationCase> earlierResult(VerificationCase c) {
    return cases.findByQualificationCodeAndCertificateNumberAndHolderDocumentHashOrderById(c.getQualificationCode(),
            c.getCertificateNumber(), c.getHolderDocumentHash()).stream()
        .filter(earlier -> earlier.getStatus() == VerificationStatus.VERIFIED && !earlier.getId().equals(c.getId())
            && earlier.getVerificationCode() != null)
        .findFirst();
  }
}
