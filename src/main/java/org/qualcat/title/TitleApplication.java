package org.qualcat.title;

import jakarta.persistence.Column;
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
import org.hibernate.annotations.NaturalId;
import org.qualcat.catalog.TitleLevel;

/**
 * An application for a Beijing professional title resting on a verified result (notice II; ADR 0028 decision 2). It
 * records the result it rests on (case and code), the title applied for, the catalog mapping and the route the
 * decision table chose under the edition in force when it was made, and what the title office decided.
 */
@Entity
@Table(name = "title_application")
class TitleApplication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NaturalId
  @Column(nullable = false, length = 20)
  private String reference;

  /** Who applied: the holder, or one of the organisation's HR staff. */
  @Column(nullable = false, length = 64)
  private String applicant;

  /** The organisation whose HR staff applied (null for a holder's own application). */
  private Long employerId;

  @Column(nullable = false, length = 20)
  private String caseReference;

  @Column(nullable = false, length = 32)
  private String verificationCode;

  @Column(nullable = false, length = 32)
  private String qualificationCode;

  @Column(nullable = false, length = 200)
  private String holderName;

  @Column(nullable = false, length = 120)
  private String titleSeries;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private TitleRank appliedLevel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private TitleLevel mappedLevel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private TitleRoute route;

  @Column(nullable = false, length = 32)
  private String editionCode;

  /** The catalog row is a sample (illustrative) row: nothing granted on it is official. */
  @Column(nullable = false)
  private boolean sampleData;

  /** The employer's statement of support (an application above the mapped level). */
  @Column(length = 2000)
  private String employerSupport;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private TitleStatus status;

  @Column(length = 2000)
  private String exemptions;

  @Column(length = 2000)
  private String decisionNote;

  @Column(length = 64)
  private String decidedBy;

  private Instant decidedAt;

  private LocalDate grantedOn;

  @Column(nullable = false)
  private Instant submittedAt;

  @Column(nullable = false)
  private Instant updatedAt;

  @Version
  private long version;

  protected TitleApplication() {
  }

  TitleApplication(String reference, String applicant, Long employerId, String caseReference,
      String verificationCode, String qualificationCode, String holderName, String titleSeries,
      TitleRank appliedLevel, TitleLevel mappedLevel, TitleRoute route, String editionCode, boolean sampleData,
      String employerSupport, Instant at) {
    this.reference = reference;
    this.applicant = applicant;
    this.employerId = employerId;
    this.caseReference = caseReference;
    this.verificationCode = verificationCode;
    this.qualificationCode = qualificationCode;
    this.holderName = holderName;
    this.titleSeries = titleSeries;
    this.appliedLevel = appliedLevel;
    this.mappedLevel = mappedLevel;
    this.route = route;
    this.editionCode = editionCode;
    this.sampleData = sampleData;
    this.employerSupport = employerSupport;
    this.status = route.isExemption() ? TitleStatus.LISTING_EXEMPTIONS : TitleStatus.UNDER_REVIEW;
    this.submittedAt = at;
    this.updatedAt = at;
  }

  void exemptionsIssued(String list, Instant at) {
    exemptions = list;
    status = TitleStatus.AWAITING_EXAM_RESULT;
    updatedAt = at;
  }

  void decided(boolean granted, String note, String by, Instant at, LocalDate today) {
    status = granted ? TitleStatus.GRANTED : TitleStatus.REFUSED;
    decisionNote = note;
    decidedBy = by;
    decidedAt = at;
    grantedOn = granted ? today : null;
    updatedAt = at;
  }

  void ended(TitleStatus end, Instant at) {
    status = end;
    updatedAt = at;
  }

  Long getId() {
    return id;
  }

  String getReference() {
    return reference;
  }

  String getApplicant() {
    return applicant;
  }

  Long getEmployerId() {
    return employerId;
  }

  String getCaseReference() {
    return caseReference;
  }

  String getVerificationCode() {
    return verificationCode;
  }

  String getQualificationCode() {
    return qualificationCode;
  }

  String getHolderName() {
    return holderName;
  }

  String getTitleSeries() {
    return titleSeries;
  }

  TitleRank getAppliedLevel() {
    return appliedLevel;
  }

  TitleLevel getMappedLevel() {
    return mappedLevel;
  }

  TitleRoute getRoute() {
    return route;
  }

  String getEditionCode() {
    return editionCode;
  }

  boolean isSampleData() {
    return sampleData;
  }

  String getEmployerSupport() {
    return employerSupport;
  }

  TitleStatus getStatus() {
    return status;
  }

  String getExemptions() {
    return exemptions;
  }

  String getDecisionNote() {
    return decisionNote;
  }

  String getDecidedBy() {
    return decidedBy;
  }

  Instant getDecidedAt() {
    return decidedAt;
  }

  LocalDate getGrantedOn() {
    return grantedOn;
  }

  Instant getSubmittedAt() {
    return submittedAt;
  }

  Instant getUpdatedAt() {
    return updatedAt;
  }
}
