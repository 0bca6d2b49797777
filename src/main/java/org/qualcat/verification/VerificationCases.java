package org.qualcat.verification;

import io.swagger.v3.oas.annotations.media.Schema;
import org.qualcat.process.BureauTime;
import org.qualcat.process.IsoDurations;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.qualcat.audit.AuditAction;
import org.qualcat.audit.AuditTrail;
import org.qualcat.catalog.CatalogInForce;
import org.qualcat.catalog.CatalogInForce.Listing;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.process.ProcessTimers;
import org.qualcat.process.References;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PlainText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verification cases: what applicants do (submit, supplement, withdraw), what the {@code certificate-verification}
 * process does at each step (through {@link VerificationSteps}), and what the catalog's exit process does when a
 * qualification leaves ({@link #endCasesOfRemovedQualification}). Every change is written to the case and its
 * timeline in the caller's transaction, with its mail.
 */
@Service
@Transactional
public class VerificationCases {

  /** The actor of steps the process takes by itself. */
  static final String SYSTEM = "qualcat";
  /** Case references: BJV-2025-000123. */
  static final String CASE_PREFIX = "BJV";
  static final String SUPPLEMENT_DEADLINE = "verification-supplement-deadline";
  static final int MAX_ETA_DAYS = 366;
  static final int MAX_TEXT = 2000;
  static final LocalDate EARLIEST_ISSUE_DATE = LocalDate.of(1900, 1, 1);
  private static final int CODE_BYTES = 16;

  private final VerificationCaseRepository cases;
  private final VerificationEventRepository events;
  private final CatalogInForce catalog;
  private final DocumentHasher hasher;
  private final References references;
  private final VerificationFlow flow;
  private final VerificationMails mails;
  private final ApplicationMaterials materials;
  private final HolderBenefits benefits;
  private final IssuerRegister register;
  private final ProcessTimers timers;
  private final Validator validator;
  private final AuditTrail audit;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  VerificationCases(VerificationCaseRepository cases, VerificationEventRepository events,
      CatalogInForce catalog, DocumentHasher hasher, References references,
      VerificationFlow flow, VerificationMails mails, ApplicationMaterials materials, HolderBenefits benefits,
      IssuerRegister register,
      ProcessTimers timers, Validator validator, AuditTrail audit, Clock clock) {
    this.cases = cases;
    this.events = events;
    this.catalog = catalog;
    this.hasher = hasher;
    this.references = references;
    this.flow = flow;
    this.mails = mails;
    this.materials = materials;
    this.benefits = benefits;
    this.register = register;
    this.timers = timers;
    this.validator = validator;
    this.audit = audit;
    this.clock = clock;
  }

  /** The answer to a submission: the case reference and where the case stands after the first steps. */
  @Schema(description = "The case submitted")
  public record Submitted(
      @Schema(description = "The case's reference", example = "BJV-2026-000123") String reference,
      @Schema(description = "Where it stands: SUBMITTED first", example = "SUBMITTED") VerificationStatus status) {
  }

  /** A supplement: a note, optionally corrected certificate data, and materials uploaded for it. */
  public record Supplement(String note, String certificateNumber, LocalDate certificateIssuedOn,
      List<String> materials) {

    public Supplement {
      materials = materials == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(materials));
    }
  }

  // --- applicants -------------------------------------------------------------------------------------------------

  /**
   * Opens a case and starts its process, which checks eligibility and looks for an earlier result at once. Invalid
   * input ({@link InvalidInputException}) and a qualification the edition in force does not list
   * ({@link QualificationNotListedException}) leave nothing behind.
   */
  public Submitted submit(NewCase request, String applicant) {
    NewCase valid = validate(request, applicant);
    Listing listing = catalog.listing(valid.qualificationCode())
        .orElseThrow(() -> notListed(valid.qualificationCode()));
    VerificationCase created = record(valid, applicant);
    flow.start(created, listing.details().nameEn(), materials.linksFor(created));
    return new Submitted(created.getReference(), created.getStatus());
  }

  /** Records a case without any check of the catalog; {@link #submit} checks first, the process checks again. */
  VerificationCase record(NewCase valid, String applicant) {
    String documentHash = hasher.hash(valid.holderDocumentNumber());
    List<VerificationCase> open = cases
        .findByApplicantAndQualificationCodeAndCertificateNumberAndHolderDocumentHashAndStatusIn(applicant,
            valid.qualificationCode(), valid.certificateNumber(), documentHash, VerificationStatus.OPEN);
    if (!open.isEmpty()) {
      throw new ConflictException("You already have an open case for this certificate: " + open.get(0).getReference(),
          "verification.openCase", open.get(0).getReference());
    }
    VerificationCase created = cases.save(new VerificationCase(references.next(CASE_PREFIX, 6), applicant, valid,
        DocumentHasher.normalise(valid.holderDocumentNumber()), documentHash, clock.instant()));
    materials.attach(valid.materials(), created);
    event(created, EventKind.SUBMITTED, null, applicant);
    audit(VerificationAuditActions.VERIFICATION_SUBMITTED, created, "qualification " + created.getQualificationCode());
    return created;
  }

  /** The applicant answers a supplement request; the process goes back to the officer's acceptance. */
  public void provideSupplement(String reference, String applicant, Supplement supplement) {
    VerificationCase c = ownCase(reference, applicant);
    List<FieldError> errors = new ArrayList<>();
    String note = text(supplement == null ? null : supplement.note(), "note", true, errors);
    String number = supplement == null || supplement.certificateNumber() == null
        || supplement.certificateNumber().isBlank() ? null : certificateNumber(supplement.certificateNumber(), errors);
    LocalDate issuedOn = supplement == null ? null : supplement.certificateIssuedOn();
    if (issuedOn != null) {
      checkIssueDate(issuedOn, "certificateIssuedOn", errors);
    }
    List<String> added = supplement == null ? List.of() : supplement.materials();
    materials.checkSupplement(added, applicant, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (c.getStatus() != VerificationStatus.SUPPLEMENT_REQUESTED) {
      throw new ConflictException("case " + reference + " is not waiting for a supplement (" + c.getStatus() + ")",
          "verification.notWaitingForSupplement", reference);
    }
    c.supplementProvided(number, issuedOn, clock.instant());
    materials.attach(added, c);
    event(c, EventKind.SUPPLEMENT_PROVIDED, note, applicant);
    audit(VerificationAuditActions.VERIFICATION_SUPPLEMENT_PROVIDED, c, (number == null && issuedOn == null ? "note only"
        : "certificate data corrected") + (added.isEmpty() ? "" : ", " + added.size() + " materials added"));
    flow.supplementProvided(c, materials.linksFor(c));
  }

  /** The applicant withdraws an open case. */
  public void withdraw(String reference, String applicant) {
    VerificationCase c = ownCase(reference, applicant);
    if (!c.getStatus().isOpen()) {
      throw new ConflictException("case " + reference + " is already closed (" + c.getStatus() + ")",
          "verification.alreadyClosed", reference);
    }
    flow.withdraw(c);
  }

  /**
   * Ends every case in flight for a qualification that has left the catalog (message {@code QualificationRemoved});
   * results already issued stay valid. Called by the catalog's exit process.
   *
   * @return the references of the cases ended
   */
  public List<String> endCasesOfRemovedQualification(String qualificationCode) {
    List<String> ended = new ArrayList<>();
    for (VerificationCase c : cases.findByQualificationCodeAndStatusInOrderById(qualificationCode,
        VerificationStatus.OPEN)) {
      if (flow.qualificationRemoved(c)) {
        ended.add(c.getReference());
      }
    }
    return ended;
  }

  // --- process steps ----------------------------------------------------------------------------------------------

  /** Whether the edition in force lists the case's qualification, and how its issuer is reached. */
  record Eligibility(boolean listed, VerificationChannel channel) {
  }

  Eligibility checkEligibility(String reference) {
    VerificationCase c = byReference(reference);
    Optional<Listing> listing = catalog.listing(c.getQualificationCode());
    if (listing.isEmpty()) {
      return new Eligibility(false, null);
    }
    VerificationChannel channel = listing.get().details().verificationChannel();
    c.eligible(channel, listing.get().edition().code(), !listing.get().official(), clock.instant());
    return new Eligibility(true, channel);
  }

  void refuseNotListed(String reference) {
    VerificationCase c = byReference(reference);
    QualificationNotListedException.Reason reason = notListed(c.getQualificationCode()).getReason();
    c.refuse(ClosingReason.NOT_LISTED, QualificationNotListedException.describe(c.getQualificationCode(), reason),
        clock.instant());
    event(c, EventKind.REFUSED_NOT_LISTED, c.getClosingNote(), SYSTEM);
    audit(VerificationAuditActions.VERIFICATION_REFUSED, c, ClosingReason.NOT_LISTED + " (" + reason + ")");
    mails.closed(c, qualification(c));
  }

  /** Whether the same certificate of the same holder was verified before anywhere on the platform (notice IV.3). */
  boolean lookForEarlierResult(String reference) {
    return earlierResult(byReference(reference)).isPresent();
  }

  void adoptEarlierResult(String reference) {
    VerificationCase c = byReference(reference);
    VerificationCase earlier = earlierResult(c)
        .orElseThrow(() -> new IllegalStateException("no earlier result for case " + reference));
    c.adopt(earlier, clock.instant());
    event(c, EventKind.EARLIER_RESULT_ADOPTED, "Verified before as " + earlier.getReference() + " ("
        + earlier.getEmployerRegion() + "); the result and its verification code are reused.", SYSTEM);
    audit(VerificationAuditActions.VERIFICATION_VERIFIED, c, "earlier result reused: " + earlier.getReference());
  }

  /** The verifier's decision on the acceptance form, written back to the case. */
  void decideAcceptance(String reference, String decision, Object eta, String supplementRequest,
      String refusalReason, String employmentFinding, String verifier) {
    if (VerificationProcess.ACCEPT.equals(decision)) {
      accept(reference, eta, employmentFinding, verifier);
    } else if (VerificationProcess.REQUEST_SUPPLEMENT.equals(decision)) {
      requestSupplement(reference, supplementRequest, verifier);
    } else if (VerificationProcess.REFUSE.equals(decision)) {
      refuseFalseData(reference, refusalReason, verifier);
    } else {
      throw new InvalidInputException(VerificationProcess.VAR_ACCEPTANCE, "must be one of "
          + VerificationProcess.ACCEPT + ", " + VerificationProcess.REQUEST_SUPPLEMENT + ", "
          + VerificationProcess.REFUSE);
    }
  }

  /**
   * The verifier accepts the case with an ETA; when the applicant states employment in Beijing, the verifier also
   * says whether its evidence shows it (the services that need it follow a confirmed statement only).
   */
  void accept(String reference, Object etaValue, String employmentFinding, String verifier) {
    VerificationCase c = byReference(reference);
    LocalDate today = BureauTime.today(clock);
    LocalDate eta = date(etaValue, VerificationProcess.VAR_ETA);
    if (!eta.isAfter(today) || eta.isAfter(today.plusDays(MAX_ETA_DAYS))) {
      throw new InvalidInputException(VerificationProcess.VAR_ETA,
          "must be a date after today and within a year (" + today.plusDays(1) + " to "
              + today.plusDays(MAX_ETA_DAYS) + ")");
    }
    if (c.isEmployedInBeijing()) {
      recordEmploymentFinding(c, employmentFinding, verifier);
    }
    c.accept(eta, verifier, clock.instant());
    event(c, EventKind.ACCEPTED, "Result expected by " + eta + ".", verifier);
    audit(VerificationAuditActions.VERIFICATION_ACCEPTED, c, "ETA " + eta);
    mails.accepted(c, qualification(c));
  }

  /** The verifier's finding on the statement of employment in Beijing of a case that reused an earlier result. */
  void checkEmployment(String reference, String finding, String verifier) {
    recordEmploymentFinding(byReference(reference), finding, verifier);
  }

  private void recordEmploymentFinding(VerificationCase c, String finding, String verifier) {
    boolean confirmed = VerificationProcess.EMPLOYMENT_CONFIRMED.equals(finding);
    if (!confirmed && !VerificationProcess.EMPLOYMENT_NOT_SHOWN.equals(finding)) {
      throw new InvalidInputException(List.of(FieldError.coded(VerificationProcess.VAR_EMPLOYMENT_FINDING,
          "validation.employmentFinding", "say whether the evidence shows personnel and labor relations with an "
              + "employer in Beijing, or ask the applicant for a supplement instead of accepting")));
    }
    c.employmentChecked(confirmed, clock.instant());
    event(c, confirmed ? EventKind.EMPLOYMENT_CONFIRMED : EventKind.EMPLOYMENT_NOT_SHOWN, confirmed
        ? "The evidence shows personnel and labor relations with an employer in Beijing."
        : "The evidence does not show personnel and labor relations with an employer in Beijing: the services that "
            + "need them are not part of the result.", verifier);
    audit(VerificationAuditActions.VERIFICATION_EMPLOYMENT_CHECKED, c, confirmed ? "employment in Beijing confirmed"
        : "employment in Beijing not shown");
  }

  void requestSupplement(String reference, String request, String verifier) {
    VerificationCase c = byReference(reference);
    List<FieldError> errors = new ArrayList<>();
    String text = text(request, VerificationProcess.VAR_SUPPLEMENT_REQUEST, true, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Instant due = IsoDurations.plus(clock.instant(), timers.duration(SUPPLEMENT_DEADLINE));
    c.requestSupplement(text, LocalDate.ofInstant(due, BureauTime.ZONE), clock.instant());
    event(c, EventKind.SUPPLEMENT_REQUESTED, text, verifier);
    audit(VerificationAuditActions.VERIFICATION_SUPPLEMENT_REQUESTED, c, "due " + c.getSupplementDueOn());
    mails.supplementRequested(c, qualification(c));
  }

  void refuseFalseData(String reference, String reason, String verifier) {
    VerificationCase c = byReference(reference);
    List<FieldError> errors = new ArrayList<>();
    String text = text(reason, VerificationProcess.VAR_REFUSAL_REASON, true, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    c.refuse(ClosingReason.FALSE_DATA, text, clock.instant());
    event(c, EventKind.REFUSED_FALSE_DATA, text, verifier);
    audit(VerificationAuditActions.VERIFICATION_REFUSED, c, ClosingReason.FALSE_DATA.name());
    mails.closed(c, qualification(c));
  }

  void closeForMissingSupplement(String reference) {
    VerificationCase c = byReference(reference);
    String note = "The supplement requested was due on " + c.getSupplementDueOn() + " and did not arrive.";
    c.close(VerificationStatus.CLOSED, ClosingReason.SUPPLEMENT_MISSING, note, clock.instant());
    event(c, EventKind.SUPPLEMENT_MISSING, note, SYSTEM);
    audit(VerificationAuditActions.VERIFICATION_CLOSED, c, ClosingReason.SUPPLEMENT_MISSING.name());
    mails.closed(c, qualification(c));
  }

  /** Asks the issuer's online register; an unavailable register throws, so that the job is retried. */
  boolean queryRegister(String reference) {
    VerificationCase c = byReference(reference);
    Listing q = qualification(c);
    IssuerRegister.Answer answer = register.lookUp(new IssuerRegister.Query(c.getQualificationCode(),
        q == null ? c.getQualificationCode() : q.details().issuingBody(), c.getCertificateNumber(),
        c.getCertificateIssuedOn(), c.getHolderName()));
    event(c, EventKind.REGISTER_CHECKED, answer.detail(), SYSTEM);
    audit(VerificationAuditActions.VERIFICATION_ISSUER_CHECKED, c, "online register: " + (answer.found() ? "found" : "not found"));
    return answer.found();
  }

  /** The verifier's finding on the check form, written back to the case's timeline. */
  boolean recordIssuerCheck(String reference, String result, String note, String verifier) {
    VerificationCase c = byReference(reference);
    List<FieldError> errors = new ArrayList<>();
    boolean genuine = VerificationProcess.GENUINE.equals(result);
    if (!genuine && !VerificationProcess.NOT_GENUINE.equals(result)) {
      errors.add(new FieldError(VerificationProcess.VAR_CHECK_RESULT, "must be one of "
          + VerificationProcess.GENUINE + ", " + VerificationProcess.NOT_GENUINE));
    }
    String text = text(note, VerificationProcess.VAR_CHECK_NOTE, !genuine, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    event(c, EventKind.ISSUER_CHECKED, text != null ? text
        : "The issuing body confirmed the certificate.", verifier);
    audit(VerificationAuditActions.VERIFICATION_ISSUER_CHECKED, c, "verifier's finding: " + result);
    return genuine;
  }

  void issueVerificationCode(String reference) {
    VerificationCase c = byReference(reference);
    byte[] bytes = new byte[CODE_BYTES];
    random.nextBytes(bytes);
    c.verified(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), clock.instant());
    event(c, EventKind.VERIFIED, "Verification code issued.", SYSTEM);
    audit(VerificationAuditActions.VERIFICATION_VERIFIED, c, "verification code issued");
  }

  void recordNotVerified(String reference) {
    VerificationCase c = byReference(reference);
    String finding = events.findByVerificationCaseOrderById(c).stream()
        .filter(e -> e.getKind() == EventKind.REGISTER_CHECKED || e.getKind() == EventKind.ISSUER_CHECKED)
        .reduce((first, second) -> second).map(VerificationEvent::getNote).orElse(null);
    c.notVerified(finding, clock.instant());
    decidedUnderEditionInForce(c);
    event(c, EventKind.NOT_VERIFIED, finding, SYSTEM);
    audit(VerificationAuditActions.VERIFICATION_NOT_VERIFIED, c, null);
    mails.result(c, qualification(c), null);
  }

  /**
   * The benefits of a verified result, from what the edition in force says of the qualification today; the case
   * records that edition. (A qualification the edition in force no longer lists has no case in flight: publishing the
   * removal ended them.)
   */
  void determineBenefits(String reference) {
    VerificationCase c = byReference(reference);
    Set<HolderBenefit> granted = decidedUnderEditionInForce(c)
        .map(inForce -> benefits.determine(inForce.details(), c.getHolderNationality(),
            c.isBeijingEmploymentConfirmed()))
        .orElse(Set.of());
    c.grant(granted, clock.instant());
    // the note names the notice's sections, never the benefits' codes; the result lists the services in full
    event(c, EventKind.BENEFITS_DETERMINED, granted.isEmpty() ? "None under sections I-III of the notice."
        : granted.size() + " (notice " + granted.stream().map(HolderBenefit::noticeSection)
            .flatMap(sections -> java.util.Arrays.stream(sections.split(", "))).distinct()
            .collect(Collectors.joining(", ")) + "); see the result.", SYSTEM);
  }

  void sendResult(String reference) {
    VerificationCase c = byReference(reference);
    mails.result(c, qualification(c), verificationCodeOf(c));
  }

  void remindVerifier(String reference) {
    VerificationCase c = byReference(reference);
    event(c, EventKind.ETA_REMINDER, "The result is due on " + c.getEta() + ".", SYSTEM);
    mails.etaReminder(c, qualification(c));
  }

  void escalate(String reference) {
    VerificationCase c = byReference(reference);
    c.escalate(clock.instant());
    event(c, EventKind.ESCALATED, "The ETA " + c.getEta() + " passed; escalated to the verifiers' queue.", SYSTEM);
    flow.raisePriorityOfOpenChecks(reference);
    mails.overdue(c, qualification(c));
  }

  void recordWithdrawal(String reference) {
    VerificationCase c = byReference(reference);
    c.close(VerificationStatus.WITHDRAWN, ClosingReason.WITHDRAWN, null, clock.instant());
    event(c, EventKind.WITHDRAWN, null, c.getApplicant());
    audit(VerificationAuditActions.VERIFICATION_WITHDRAWN, c, null);
  }

  void closeForRemovedQualification(String reference) {
    VerificationCase c = byReference(reference);
    String note = "Qualification " + c.getQualificationCode() + " was removed from the catalog while the case was "
        + "open.";
    c.close(VerificationStatus.CLOSED, ClosingReason.QUALIFICATION_REMOVED, note, clock.instant());
    event(c, EventKind.QUALIFICATION_REMOVED, note, SYSTEM);
    audit(VerificationAuditActions.VERIFICATION_CLOSED, c, ClosingReason.QUALIFICATION_REMOVED.name());
    mails.closed(c, qualification(c));
  }

  /** The instant the SLA reminder of an accepted case is due: {@code lead} before its ETA, never in the past. */
  Date etaReminderDue(String reference, String lead) {
    Instant due = IsoDurations.minus(etaStart(reference), lead);
    return Date.from(due.isBefore(clock.instant()) ? clock.instant() : due);
  }

  /** The instant an accepted case counts as overdue: {@code grace} after the end of its ETA day. */
  Date etaPassedDue(String reference, String grace) {
    return Date.from(IsoDurations.plus(etaStart(reference).plus(java.time.Duration.ofDays(1)), grace));
  }

  private Instant etaStart(String reference) {
    VerificationCase c = byReference(reference);
    if (c.getEta() == null) {
      throw new IllegalStateException("case " + reference + " has no ETA");
    }
    return c.getEta().atStartOfDay(BureauTime.ZONE).toInstant();
  }

  // --- helpers ----------------------------------------------------------------------------------------------------

  /** The verification code a holder shows: the case's own, or that of the earlier case whose result it adopted. */
  String verificationCodeOf(VerificationCase c) {
    if (c.getVerificationCode() != null || c.getReusedFrom() == null) {
      return c.getVerificationCode();
    }
    return cases.findByReference(c.getReusedFrom()).map(VerificationCase::getVerificationCode).orElse(null);
  }

  VerificationCase byReference(String reference) {
    return cases.findByReference(reference)
        .orElseThrow(() -> new NotFoundException("no verification case " + reference));
  }

  private VerificationCase ownCase(String reference, String applicant) {
    VerificationCase c = cases.findByReference(reference).orElse(null);
    if (c == null || !c.getApplicant().equals(applicant)) {
      throw new NotFoundException("no verification case " + reference);
    }
    return c;
  }

  /** The case's qualification as the edition it was decided under lists it (or the edition in force). */
  private Listing qualification(VerificationCase c) {
    return catalog.listing(c.getEditionCode(), c.getQualificationCode()).orElse(null);
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

  /** Why the edition in force does not list a code. */
  private QualificationNotListedException notListed(String code) {
    return new QualificationNotListedException(code, switch (catalog.standing(code)) {
      case NOT_YET_IN_FORCE, IN_FORCE -> QualificationNotListedException.Reason.NOT_YET_LISTED;
      case REMOVED -> QualificationNotListedException.Reason.REMOVED;
      case UNKNOWN -> QualificationNotListedException.Reason.UNKNOWN;
    });
  }

  private Optional<VerificationCase> earlierResult(VerificationCase c) {
    return cases.findByQualificationCodeAndCertificateNumberAndHolderDocumentHashAndStatusOrderById(
            c.getQualificationCode(), c.getCertificateNumber(), c.getHolderDocumentHash(),
            VerificationStatus.VERIFIED).stream()
        .filter(earlier -> !earlier.getId().equals(c.getId()) && earlier.getVerificationCode() != null)
        .min(Comparator.comparing(VerificationCase::getId));
  }

  private void event(VerificationCase c, EventKind kind, String note, String actor) {
    events.save(new VerificationEvent(c, kind, note, actor == null ? SYSTEM : actor, clock.instant()));
  }

  /** The decision in the audit trail, in this transaction; details never name the holder or the document. */
  private void audit(AuditAction action, VerificationCase c, String details) {
    audit.decision(action, c.getReference(), details);
  }

  /**
   * Checks and normalises a submission, its materials included; every problem is reported at once, by field, without
   * the value.
   */
  NewCase validate(NewCase request, String applicant) {
    if (request == null) {
      throw new InvalidInputException("body", "must be given");
    }
    request = stripped(request);
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<NewCase> violation : validator.validate(request)) {
      errors.add(coded(violation));
    }
    if (request.certificateIssuedOn() != null) {
      checkIssueDate(request.certificateIssuedOn(), "certificateIssuedOn", errors);
    }
    String document = request.holderDocumentNumber() == null ? null
        : DocumentHasher.normalise(request.holderDocumentNumber());
    if (document != null && !document.isEmpty() && (document.length() < 5 || document.length() > 20)) {
      errors.add(FieldError.coded("holderDocumentNumber", "validation.documentNumber",
          "must have 5 to 20 letters and digits"));
    }
    if (Boolean.TRUE.equals(request.employedInBeijing()) && request.employerRegion() != null
        && request.employerRegion() != EmployerRegion.BEIJING) {
      // sections I.(I)-(III) and IV.2 need "personnel and labor relations with employers in Beijing"
      errors.add(FieldError.coded("employedInBeijing", "validation.employmentRegion",
          "contradicts employerRegion: employment in Beijing needs an employer in Beijing"));
      errors.add(FieldError.coded("employerRegion", "validation.employmentRegion",
          "contradicts employedInBeijing: employment in Beijing needs an employer in Beijing"));
    }
    materials.check(request.materials(), Boolean.TRUE.equals(request.employedInBeijing()), applicant, errors);
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparing(FieldError::field));
      throw new InvalidInputException(errors);
    }
    return new NewCase(request.qualificationCode().toUpperCase(Locale.ROOT),
        normaliseCertificateNumber(request.certificateNumber()), request.certificateIssuedOn(),
        collapse(request.holderName()), request.holderNationality(), request.holderDocumentNumber(),
        collapse(request.employerName()), request.employerRegion(), request.employedInBeijing(), request.materials());
  }

  /**
   * A bean-validation problem with a message key named after its constraint ({@code validation.Size}), so that pages
   * can say it in the reader's language; a size limit passes its maximum.
   */
  private static FieldError coded(ConstraintViolation<?> violation) {
    var constraint = violation.getConstraintDescriptor();
    Object max = constraint.getAttributes().get("max");
    String code = "validation." + constraint.getAnnotation().annotationType().getSimpleName();
    String field = violation.getPropertyPath().toString();
    return max == null ? FieldError.coded(field, code, violation.getMessage())
        : FieldError.coded(field, code, violation.getMessage(), max);
  }

  /** Leading and trailing blanks are not part of any field. */
  private static NewCase stripped(NewCase r) {
    return new NewCase(strip(r.qualificationCode()), strip(r.certificateNumber()), r.certificateIssuedOn(),
        strip(r.holderName()), r.holderNationality(), strip(r.holderDocumentNumber()), strip(r.employerName()),
        r.employerRegion(), r.employedInBeijing(), r.materials());
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }

  private void checkIssueDate(LocalDate issuedOn, String field, List<FieldError> errors) {
    if (issuedOn.isAfter(BureauTime.today(clock))) {
      errors.add(FieldError.coded(field, "validation.future", "must not be in the future"));
    } else if (issuedOn.isBefore(EARLIEST_ISSUE_DATE)) {
      errors.add(FieldError.coded(field, "validation.tooEarly", "must be after " + EARLIEST_ISSUE_DATE,
          EARLIEST_ISSUE_DATE));
    }
  }

  private String certificateNumber(String value, List<FieldError> errors) {
    String number = normaliseCertificateNumber(value);
    if (number.length() > 64 || !number.matches("[A-Z0-9][A-Z0-9 ./-]*")) {
      errors.add(FieldError.coded("certificateNumber", "validation.Pattern",
          "must be up to 64 letters, digits, spaces, dots, slashes or dashes, starting with a letter or digit"));
    }
    return number;
  }

  /** Certificate numbers compare without regard to case and repeated spaces. */
  static String normaliseCertificateNumber(String value) {
    return value.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }

  private static String collapse(String value) {
    return value.strip().replaceAll("\\s+", " ");
  }

  private static String text(String value, String field, boolean required, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      if (required) {
        errors.add(FieldError.coded(field, "validation.NotBlank", "must be given"));
      }
      return null;
    }
    String text = value.strip();
    String problem = PlainText.Rules.problem(text, true);
    if (text.length() > MAX_TEXT) {
      errors.add(FieldError.coded(field, "validation.Size", "must be at most " + MAX_TEXT + " characters", MAX_TEXT));
    } else if (problem != null) {
      errors.add(FieldError.coded(field, "validation.PlainText", problem));
    }
    return text;
  }

  private static LocalDate date(Object value, String field) {
    try {
      if (value instanceof LocalDate d) {
        return d;
      }
      if (value instanceof Date d) {
        return LocalDate.ofInstant(d.toInstant(), BureauTime.ZONE);
      }
      if (value instanceof String s && !s.isBlank()) {
        // form-js date fields give 2025-10-01; date-time fields 2025-10-01T00:00...
        return LocalDate.parse(s.strip().length() > 10 ? s.strip().substring(0, 10) : s.strip());
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw new InvalidInputException(List.of(FieldError.coded(field, "validation.date", "must be a date (YYYY-MM-DD)")));
  }
}
