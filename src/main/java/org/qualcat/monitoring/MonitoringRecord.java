package org.qualcat.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One qualification's review in a monitoring cycle: the indicators (as monitors record them), the demand on the
 * platform beside them, the assessment and who confirmed it, the rectification if there was one, and the result.
 */
@Entity
@Table(name = "monitoring_record")
public class MonitoringRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "cycle_id")
  private MonitoringCycle cycle;

  @Column(nullable = false, length = 32)
  private String qualificationCode;

  @Column(nullable = false, length = 64)
  private String processInstanceId;

  // the indicators, as monitors record them: these decide
  /** Certificates issued to people working in Beijing: the issuers' figure, recorded by monitors. */
  private Integer certificatesInBeijing;

  @Enumerated(EnumType.STRING)
  @Column(length = 24)
  private TechnicalCompliance technicalCompliance;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private HolderOutcomes holderOutcomes;

  /** Whether the issuer answers verification requests: the monitors' finding. */
  private Boolean issuerResponsive;

  // demand on the platform (Qualcat's own verification cases since the last review): shown, never decides
  private Integer verificationCases;
  private Integer verifiedInBeijing;
  private Integer issuerChecks;
  private Integer issuerChecksAnswered;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Assessment assessment;

  @Column(length = 500)
  private String assessmentReason;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Assessment confirmedAssessment;

  @Column(length = 2000)
  private String confirmationReason;

  @Column(length = 64)
  private String confirmedBy;

  private Instant confirmedAt;

  private Instant rectificationDueAt;

  @Column(length = 4000)
  private String rectificationReport;

  @Column(length = 254)
  private String issuerContactEmail;

  @Enumerated(EnumType.STRING)
  @Column(length = 24)
  private ReviewResult result;

  @Column(length = 32)
  private String exitReference;

  @Column(nullable = false)
  private Instant startedAt;

  private Instant finishedAt;

  @Version
  private long version;

  protected MonitoringRecord() {
  }

  MonitoringRecord(MonitoringCycle cycle, String qualificationCode, String processInstanceId, Instant now) {
    this.cycle = cycle;
    this.qualificationCode = qualificationCode;
    this.processInstanceId = processInstanceId;
    this.startedAt = now;
  }

  /** The monitors' indicators; the platform's demand stays as it was recorded. */
  void indicators(Indicators indicators) {
    certificatesInBeijing = indicators.certificatesInBeijing();
    technicalCompliance = indicators.technicalCompliance();
    holderOutcomes = indicators.holderOutcomes();
    issuerResponsive = indicators.issuerResponsive();
    if (indicators.issuerContactEmail() != null) {
      issuerContactEmail = indicators.issuerContactEmail();
    }
  }

  void platformDemand(PlatformDemand demand) {
    verificationCases = demand.verificationCases();
    verifiedInBeijing = demand.verifiedInBeijing();
    issuerChecks = demand.issuerChecks();
    issuerChecksAnswered = demand.issuerChecksAnswered();
  }

  void assessed(Assessment value, String reason) {
    assessment = value;
    assessmentReason = reason;
  }

  void confirmed(Assessment value, String reason, String by, Instant at, String issuerContact) {
    confirmedAssessment = value;
    confirmationReason = reason;
    confirmedBy = by;
    confirmedAt = at;
    if (issuerContact != null) {
      issuerContactEmail = issuerContact;
    }
  }

  void rectificationDue(Instant dueAt) {
    rectificationDueAt = dueAt;
  }

  void rectificationReported(String report) {
    rectificationReport = report;
  }

  void referredForExit(String reference) {
    exitReference = reference;
  }

  void finish(ReviewResult value, Instant now) {
    result = value;
    finishedAt = now;
  }

  /** The review in a few words for the audit trail (which review of which cycle), then {@code details} if any. */
  String described(String details) {
    String review = "review " + id + (cycle == null ? "" : " of cycle " + cycle.getReference());
    return details == null ? review : review + ": " + details;
  }

  public Long getId() {
    return id;
  }

  public MonitoringCycle getCycle() {
    return cycle;
  }

  public String getQualificationCode() {
    return qualificationCode;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public Integer getCertificatesInBeijing() {
    return certificatesInBeijing;
  }

  /** Demand on the platform since the last review, recorded beside the indicators; never decides. */
  public PlatformDemand getPlatformDemand() {
    return new PlatformDemand(verificationCases, verifiedInBeijing, issuerChecks, issuerChecksAnswered);
  }

  public Integer getVerificationCases() {
    return verificationCases;
  }

  public Integer getVerifiedInBeijing() {
    return verifiedInBeijing;
  }

  public Integer getIssuerChecks() {
    return issuerChecks;
  }

  public Integer getIssuerChecksAnswered() {
    return issuerChecksAnswered;
  }

  public TechnicalCompliance getTechnicalCompliance() {
    return technicalCompliance;
  }

  public HolderOutcomes getHolderOutcomes() {
    return holderOutcomes;
  }

  public Boolean getIssuerResponsive() {
    return issuerResponsive;
  }

  public Assessment getAssessment() {
    return assessment;
  }

  public String getAssessmentReason() {
    return assessmentReason;
  }

  public Assessment getConfirmedAssessment() {
    return confirmedAssessment;
  }

  public String getConfirmationReason() {
    return confirmationReason;
  }

  public String getConfirmedBy() {
    return confirmedBy;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public Instant getRectificationDueAt() {
    return rectificationDueAt;
  }

  public String getRectificationReport() {
    return rectificationReport;
  }

  public String getIssuerContactEmail() {
    return issuerContactEmail;
  }

  public ReviewResult getResult() {
    return result;
  }

  public String getExitReference() {
    return exitReference;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
