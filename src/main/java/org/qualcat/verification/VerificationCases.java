package org.qualcat.verification;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.qualcat.catalog.CatalogInForce;
import org.qualcat.catalog.CatalogInForce.Listing;
import org.qualcat.employer.Employers;
import org.qualcat.employer.Organisation;
import org.qualcat.process.BureauTime;
import org.qualcat.process.References;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verification cases as applicants handle them (submit, supplement, withdraw; the API and the portal call these), and
 * what the catalog's exit process does when a qualification leaves ({@link #endCasesOfRemovedQualification}). What
 * the {@code certificate-verification} process does at each step is {@link CaseSteps} and
 * {@link VerificationDecisions}. Every change is written to the case and its timeline in the caller's transaction.
 */
@Service
@Transactional
public class VerificationCases {

  private final VerificationCaseRepository cases;
  private final CatalogInForce catalog;
  private final DocumentHasher hasher;
  private final References references;
  private final VerificationFlow flow;
  private final ApplicationMaterials materials;
  private final CaseTimeline timeline;
  private final Employers employers;
  private final Validator validator;
  private final Clock clock;

  VerificationCases(VerificationCaseRepository cases, CatalogInForce catalog, DocumentHasher hasher,
      References references, VerificationFlow flow, ApplicationMaterials materials, CaseTimeline timeline,
      Employers employers, Validator validator, Clock clock) {
    this.cases = cases;
    this.catalog = catalog;
    this.hasher = hasher;
    this.references = references;
    this.flow = flow;
    this.materials = materials;
    this.timeline = timeline;
    this.employers = employers;
    this.validator = validator;
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

    /**
     * This supplement checked: a note is required (plain text), a corrected certificate number is normalised, a
     * corrected issue date is not in the future. Problems are added to {@code errors}; the materials are checked
     * against the uploads by {@link ApplicationMaterials#checkSupplement}.
     */
    Supplement checked(LocalDate today, List<FieldError> errors) {
      String checkedNote = CaseFields.text(note, "note", true, errors);
      String number = certificateNumber == null || certificateNumber.isBlank() ? null
          : CaseFields.certificateNumber(certificateNumber, errors);
      if (certificateIssuedOn != null) {
        CaseFields.checkIssueDate(certificateIssuedOn, today, "certificateIssuedOn", errors);
      }
      return new Supplement(checkedNote, number, certificateIssuedOn, materials);
    }

    boolean correctsCertificate() {
      return certificateNumber != null || certificateIssuedOn != null;
    }
  }

  /**
   * Opens a case and starts its process, which checks eligibility and looks for an earlier result at once. Invalid
   * input ({@link InvalidInputException}) and a qualification the edition in force does not list
   * ({@link QualificationNotListedException}) leave nothing behind. The listing is looked up once: the case records
   * it, and the process's eligibility step reads it from the case.
   *
   * <p>Submitted by an employer's HR staff, the case is recorded for their organisation, and the employer it names is
   * the organisation, as registered: the organisation states the employment, not the form.
   */
  public Submitted submit(NewCase request, String applicant) {
    return submit(request, applicant, employers.organisationOf(applicant).orElse(null));
  }

  /**
   * {@link #submit} for organisation {@code employer} (null: the applicant's own case), whoever the applicant works
   * for now: a bulk submission's rows become cases of the organisation that uploaded the sheet.
   */
  Submitted submit(NewCase request, String applicant, Organisation employer) {
    NewCase valid = validate(employer == null || request == null ? request : request.employedBy(employer.name(),
        employer.region()), applicant);
    Listing listing = catalog.listing(valid.qualificationCode())
        .orElseThrow(() -> QualificationNotListedException.of(valid.qualificationCode(),
            catalog.standing(valid.qualificationCode())));
    VerificationCase created = record(valid, applicant, employer, admitted -> admitted.eligible(
        listing.details().verificationChannel(), listing.edition().code(), !listing.official(), clock.instant()));
    flow.start(created, listing.details().nameEn());
    return new Submitted(created.getReference(), created.getStatus());
  }

  /**
   * Checks and normalises a submission, its materials included; every problem is reported at once, by field, without
   * the value.
   */
  NewCase validate(NewCase request, String applicant) {
    if (request == null) {
      throw new InvalidInputException("body", "must be given");
    }
    List<FieldError> errors = new ArrayList<>();
    NewCase valid = request.checked(validator, BureauTime.today(clock), errors);
    materials.check(valid.materials(), Boolean.TRUE.equals(valid.employedInBeijing()), applicant, errors);
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparing(FieldError::field));
      throw new InvalidInputException(errors);
    }
    return valid;
  }

  /**
   * Records a valid case without any check of the catalog ({@link #submit} checks first); a process started for it
   * without that check looks the listing up itself.
   */
  VerificationCase record(NewCase valid, String applicant) {
    return record(valid, applicant, employers.organisationOf(applicant).orElse(null), unchecked -> { });
  }

  /** @param admission what the catalog's check found, recorded with the new case (one insert, no update) */
  private VerificationCase record(NewCase valid, String applicant, Organisation employer,
      Consumer<VerificationCase> admission) {
    String documentHash = hasher.hash(valid.holderDocumentNumber());
    List<VerificationCase> open = openCases(valid.qualificationCode(), valid.certificateNumber(), documentHash,
        applicant, employer);
    if (!open.isEmpty()) {
      throw new ConflictException("You already have an open case for this certificate: " + open.get(0).getReference(),
          "verification.openCase", open.get(0).getReference());
    }
    VerificationCase created = new VerificationCase(references.next(VerificationProcess.REFERENCE_PREFIX, 6),
        applicant, valid, DocumentHasher.normalise(valid.holderDocumentNumber()), documentHash, clock.instant());
    if (employer != null) {
      created.submittedFor(employer.id());
    }
    admission.accept(created);
    created = cases.save(created);
    materials.attach(valid.materials(), created);
    timeline.record(created, EventKind.SUBMITTED, null, applicant);
    timeline.audit(VerificationAuditActions.VERIFICATION_SUBMITTED, created, "qualification " + created.getQualificationCode());
    return created;
  }

  /**
   * The open cases of a certificate and holder document that {@code applicant} would submit again: the holder's own,
   * or, for an organisation's HR staff, any of the organisation's (a sheet of a bulk submission is checked alike).
   */
  List<VerificationCase> openCases(String qualificationCode, String certificateNumber, String documentHash,
      String applicant, Organisation employer) {
    Caller submitter = Caller.submitter(applicant, employer);
    return cases.findByQualificationCodeAndCertificateNumberAndHolderDocumentHashOrderById(qualificationCode,
        certificateNumber, documentHash).stream().filter(c -> c.getStatus().isOpen()).filter(submitter::follows)
        .toList();
  }

  /** The applicant answers a supplement request; the process goes back to the officer's acceptance. */
  public void provideSupplement(String reference, String applicant, Supplement supplement) {
    VerificationCase c = ownCase(reference, applicant);
    List<FieldError> errors = new ArrayList<>();
    Supplement checked = (supplement == null ? new Supplement(null, null, null, null) : supplement)
        .checked(BureauTime.today(clock), errors);
    materials.checkSupplement(checked.materials(), applicant, errors);
    CaseFields.throwIfAny(errors);
    if (c.getStatus() != VerificationStatus.SUPPLEMENT_REQUESTED) {
      throw new ConflictException("case " + reference + " is not waiting for a supplement (" + c.getStatus() + ")",
          "verification.notWaitingForSupplement", reference);
    }
    c.supplementProvided(checked.certificateNumber(), checked.certificateIssuedOn(), clock.instant());
    List<String> added = checked.materials();
    materials.attach(added, c);
    timeline.record(c, EventKind.SUPPLEMENT_PROVIDED, checked.note(), applicant);
    timeline.audit(VerificationAuditActions.VERIFICATION_SUPPLEMENT_PROVIDED, c, (checked.correctsCertificate()
        ? "certificate data corrected" : "note only") + (added.isEmpty() ? "" : ", " + added.size()
        + " materials added"));
    flow.supplementProvided(c, () -> materials.linksFor(c));
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

  /**
   * A case {@code user} follows ({@link Caller#follows}: their own, or their organisation's); another's is "not
   * found", as one that does not exist.
   */
  private VerificationCase ownCase(String reference, String user) {
    Caller caller = Caller.submitter(user, employers.organisationOf(user).orElse(null));
    return cases.findByReference(reference).filter(caller::follows)
        .orElseThrow(() -> new NotFoundException("no verification case " + reference));
  }
}
