package org.qualcat.verification;

import org.qualcat.employer.EmployerRegion;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.NaturalId;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.process.Refusal;

/**
 * A request to verify one certificate for one holder: the data of record behind a {@code certificate-verification}
 * process instance (whose business key is the {@link #getReference() reference}). The holder's document number is
 * personal data: it is kept for the bureau's records, encrypted at rest ({@link EncryptedDocumentNumber}), matched
 * through its keyed hash, and it never appears in logs, mails, exception messages or process variables
 * ({@link #toString()} leaves it out).
 */
@Entity
@Table(name = "verification_case")
public class VerificationCase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Given once (References), never changed: the natural id a case is loaded by (NaturalIds). */
  @NaturalId
  @Column(nullable = false, length = 20)
  private String reference;

  /** The user who submitted the case: a holder, or one of an employer's HR staff. */
  @Column(nullable = false, length = 64)
  private String applicant;

  /**
   * The organisation whose HR staff submitted the case (its id in {@code employer}); null for a holder's own case.
   * Every HR user of that organisation reads and follows the case ({@link Caller#mayRead}).
   */
  @Column(name = "employer_id")
  private Long employerId;

  /** The employer's recommendation for talent introduction, once asked for (notice I.(II)2); null when not. */
  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Recommendation recommendation;

  /** The contributions on duty the employer states with a recommendation, as written. */
  @Column(length = 2000)
  private String recommendationNote;

  @Column(length = 64)
  private String recommendedBy;

  private Instant recommendationAt;

  @Column(nullable = false, length = 32)
  private String qualificationCode;

  @Column(nullable = false, length = 64)
  private String certificateNumber;

  @Column(nullable = false)
  private LocalDate certificateIssuedOn;

  @Column(nullable = false, length = 200)
  private String holderName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Nationality holderNationality;

  /** Encrypted at rest (AES-GCM, a fresh IV per value): the column never holds the number itself. */
  @Convert(converter = EncryptedDocumentNumber.class)
  @Column(nullable = false, length = 200)
  private String holderDocumentNumber;

  @Column(nullable = false, length = 64)
  private String holderDocumentHash;

  @Column(nullable = false, length = 300)
  private String employerName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private EmployerRegion employerRegion;

  /** The applicant's statement that the holder has personnel and labor relations with an employer in Beijing. */
  @Column(nullable = false)
  private boolean employedInBeijing;

  /**
   * The verifier's finding on that statement, from its evidence: true confirmed, false not shown; null while nobody
   * has looked (or nothing was stated). Services that need employment in Beijing follow a confirmed statement only.
   */
  private Boolean employmentConfirmed;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private VerificationStatus status;

  /** How the issuing body is reached, fixed when eligibility is checked. */
  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private VerificationChannel checkChannel;

  private LocalDate eta;

  @Column(length = 64)
  private String acceptedBy;

  private Instant acceptedAt;

  @Column(length = 2000)
  private String supplementRequest;

  private LocalDate supplementDueOn;

  /** The ETA passed and the case was escalated to the verifiers' queue. */
  @Column(nullable = false)
  private boolean overdue;

  @Enumerated(EnumType.STRING)
  @Column(length = 32)
  private ClosingReason closingReason;

  @Column(length = 2000)
  private String closingNote;

  /** The public verification code; set on the case whose verification issued it (reusing cases point to it). */
  @Column(length = 32)
  private String verificationCode;

  /** The reference of the earlier verified case whose result this case adopted (notice IV.3). */
  @Column(length = 20)
  private String reusedFrom;

  private Instant resultIssuedAt;

  /**
   * The code of the published edition the case was admitted under, and once there is a result, the edition the result
   * was decided under (the edition in force that day).
   */
  @Column(length = 32)
  private String editionCode;

  /** The edition listed the qualification as a sample row of the demo data: no result on it is official. */
  @Column(nullable = false)
  private boolean sampleData;

  @Convert(converter = HolderBenefitsConverter.class)
  @Column(length = 600)
  private Set<HolderBenefit> benefits = EnumSet.noneOf(HolderBenefit.class);

  @Column(nullable = false)
  private Instant submittedAt;

  @Column(nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  protected VerificationCase() {
  }

  VerificationCase(String reference, String applicant, NewCase request, String documentNumber, String documentHash,
      Instant now) {
    this.reference = reference;
    this.applicant = applicant;
    this.qualificationCode = request.qualificationCode();
    this.certificateNumber = request.certificateNumber();
    this.certificateIssuedOn = request.certificateIssuedOn();
    this.holderName = request.holderName();
    this.holderNationality = request.holderNationality();
    this.holderDocumentNumber = documentNumber;
    this.holderDocumentHash = documentHash;
    this.employerName = request.employerName();
    this.employerRegion = request.employerRegion();
    this.employedInBeijing = request.employedInBeijing();
    this.status = VerificationStatus.SUBMITTED;
    this.submittedAt = now;
    this.updatedAt = now;
  }

  void eligible(VerificationChannel channel, String editionCode, boolean sampleData, Instant now) {
    this.checkChannel = channel;
    decidedUnder(editionCode, sampleData, now);
  }

  /**
   * Whether the case knows the edition that lists its qualification: recorded when it was admitted (by the
   * submission, or by the process's eligibility check), or when its result was decided.
   */
  boolean isAdmitted() {
    return editionCode != null;
  }

  /** The edition in force when the case was admitted, or when its result was decided. */
  void decidedUnder(String editionCode, boolean sampleData, Instant now) {
    this.editionCode = editionCode;
    this.sampleData = sampleData;
    touch(now);
  }

  /**
   * The verifier's finding on the statement of employment in Beijing: at acceptance, or for a result reused from an
   * earlier case (which is VERIFIED already; its services follow the finding).
   */
  void employmentChecked(boolean confirmed, Instant now) {
    if (!status.isOpen() && !(status == VerificationStatus.VERIFIED && reusedFrom != null)) {
      throw Refusal.CASE_CLOSED.conflict("case " + reference + " is already closed (" + status + ")", reference);
    }
    this.employmentConfirmed = confirmed;
    touch(now);
  }

  void refuse(ClosingReason reason, String note, Instant now) {
    requireOpen();
    this.status = VerificationStatus.REFUSED;
    this.closingReason = reason;
    this.closingNote = note;
    touch(now);
  }

  void close(VerificationStatus finalStatus, ClosingReason reason, String note, Instant now) {
    requireOpen();
    this.status = finalStatus;
    this.closingReason = reason;
    this.closingNote = note;
    touch(now);
  }

  void adopt(VerificationCase earlier, Instant now) {
    requireOpen();
    this.status = VerificationStatus.VERIFIED;
    this.reusedFrom = earlier.getReference();
    this.resultIssuedAt = now;
    touch(now);
  }

  void accept(LocalDate eta, String verifier, Instant now) {
    requireStatus(VerificationStatus.SUBMITTED);
    this.status = VerificationStatus.IN_VERIFICATION;
    this.eta = eta;
    this.acceptedBy = verifier;
    this.acceptedAt = now;
    this.supplementRequest = null;
    this.supplementDueOn = null;
    touch(now);
  }

  void requestSupplement(String request, LocalDate dueOn, Instant now) {
    requireStatus(VerificationStatus.SUBMITTED);
    this.status = VerificationStatus.SUPPLEMENT_REQUESTED;
    this.supplementRequest = request;
    this.supplementDueOn = dueOn;
    touch(now);
  }

  void supplementProvided(String correctedCertificateNumber, LocalDate correctedIssuedOn, Instant now) {
    requireStatus(VerificationStatus.SUPPLEMENT_REQUESTED);
    this.status = VerificationStatus.SUBMITTED;
    if (correctedCertificateNumber != null) {
      this.certificateNumber = correctedCertificateNumber;
    }
    if (correctedIssuedOn != null) {
      this.certificateIssuedOn = correctedIssuedOn;
    }
    touch(now);
  }

  void escalate(Instant now) {
    this.overdue = true;
    touch(now);
  }

  void verified(String code, Instant now) {
    requireStatus(VerificationStatus.IN_VERIFICATION);
    this.status = VerificationStatus.VERIFIED;
    this.verificationCode = code;
    this.resultIssuedAt = now;
    touch(now);
  }

  void notVerified(String note, Instant now) {
    requireStatus(VerificationStatus.IN_VERIFICATION);
    this.status = VerificationStatus.NOT_VERIFIED;
    this.closingNote = note;
    this.resultIssuedAt = now;
    touch(now);
  }

  void grant(Set<HolderBenefit> granted, Instant now) {
    this.benefits = granted.isEmpty() ? EnumSet.noneOf(HolderBenefit.class) : EnumSet.copyOf(granted);
    touch(now);
  }

  private void requireOpen() {
    if (!status.isOpen()) {
      throw Refusal.CASE_CLOSED.conflict("case " + reference + " is already closed (" + status + ")", reference);
    }
  }

  private void requireStatus(VerificationStatus expected) {
    if (status != expected) {
      throw Refusal.CASE_MOVED_ON.conflict("case " + reference + " is " + status + ", not " + expected, reference);
    }
  }

  private void touch(Instant now) {
    this.updatedAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getApplicant() {
    return applicant;
  }

  public Long getEmployerId() {
    return employerId;
  }

  public Recommendation getRecommendation() {
    return recommendation;
  }

  public String getRecommendationNote() {
    return recommendationNote;
  }

  public String getRecommendedBy() {
    return recommendedBy;
  }

  public Instant getRecommendationAt() {
    return recommendationAt;
  }

  /** The organisation's HR staff are asked for their recommendation. */
  void recommendationRequested(Instant now) {
    recommendation = Recommendation.REQUESTED;
    recommendationAt = now;
  }

  /** The organisation's answer: recommended (with the contributions stated) or not. */
  void recommendationGiven(boolean recommended, String note, String by, Instant now) {
    recommendation = recommended ? Recommendation.RECOMMENDED : Recommendation.NOT_RECOMMENDED;
    recommendationNote = note;
    recommendedBy = by;
    recommendationAt = now;
  }

  void recommendationLapsed(Instant now) {
    recommendation = Recommendation.LAPSED;
    recommendationAt = now;
  }

  /** The case is submitted by the HR staff of organisation {@code employerId}, for one of its employees. */
  void submittedFor(Long employerId) {
    this.employerId = employerId;
  }

  public String getQualificationCode() {
    return qualificationCode;
  }

  public String getCertificateNumber() {
    return certificateNumber;
  }

  public LocalDate getCertificateIssuedOn() {
    return certificateIssuedOn;
  }

  public String getHolderName() {
    return holderName;
  }

  public Nationality getHolderNationality() {
    return holderNationality;
  }

  /** Personal data: for the bureau's own pages only; never log, mail or pass it to the engine. */
  public String getHolderDocumentNumber() {
    return holderDocumentNumber;
  }

  String getHolderDocumentHash() {
    return holderDocumentHash;
  }

  public String getEmployerName() {
    return employerName;
  }

  public EmployerRegion getEmployerRegion() {
    return employerRegion;
  }

  public boolean isEmployedInBeijing() {
    return employedInBeijing;
  }

  public Boolean getEmploymentConfirmed() {
    return employmentConfirmed;
  }

  /** Whether services that need personnel and labor relations with an employer in Beijing may follow. */
  public boolean isBeijingEmploymentConfirmed() {
    return employedInBeijing && Boolean.TRUE.equals(employmentConfirmed);
  }

  public String getEditionCode() {
    return editionCode;
  }

  public boolean isSampleData() {
    return sampleData;
  }

  public VerificationStatus getStatus() {
    return status;
  }

  public VerificationChannel getCheckChannel() {
    return checkChannel;
  }

  public LocalDate getEta() {
    return eta;
  }

  public String getAcceptedBy() {
    return acceptedBy;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }

  public String getSupplementRequest() {
    return supplementRequest;
  }

  public LocalDate getSupplementDueOn() {
    return supplementDueOn;
  }

  public boolean isOverdue() {
    return overdue;
  }

  public ClosingReason getClosingReason() {
    return closingReason;
  }

  public String getClosingNote() {
    return closingNote;
  }

  public String getVerificationCode() {
    return verificationCode;
  }

  public String getReusedFrom() {
    return reusedFrom;
  }

  public Instant getResultIssuedAt() {
    return resultIssuedAt;
  }

  public Set<HolderBenefit> getBenefits() {
    return benefits.isEmpty() ? EnumSet.noneOf(HolderBenefit.class) : EnumSet.copyOf(benefits);
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  @Override
  public String toString() {
    return "VerificationCase[" + reference + ", " + qualificationCode + ", " + status + "]";
  }
}
