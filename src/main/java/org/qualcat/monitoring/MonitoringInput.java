package org.qualcat.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What a monitor records about a qualification: the issuer's technical compliance, holders' outcomes, certificates
 * the issuer issued to people working in Beijing (the issuers' figure) and whether the issuer answers verification
 * requests. The latest entry still valid counts; Qualcat's own verification cases never replace it.
 */
@Entity
@Table(name = "monitoring_input")
class MonitoringInput {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 32)
  private String qualificationCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private TechnicalCompliance technicalCompliance;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private HolderOutcomes holderOutcomes;

  private Integer certificatesInBeijing;

  private Boolean issuerResponsive;

  @Column(length = 254)
  private String issuerContactEmail;

  @Column(length = 2000)
  private String note;

  @Column(nullable = false, length = 64)
  private String enteredBy;

  @Column(nullable = false)
  private Instant enteredAt;

  protected MonitoringInput() {
  }

  MonitoringInput(String qualificationCode, TechnicalCompliance technicalCompliance,
      HolderOutcomes holderOutcomes, Integer certificatesInBeijing, Boolean issuerResponsive,
      String issuerContactEmail, String note, String enteredBy, Instant enteredAt) {
    this.qualificationCode = qualificationCode;
    this.technicalCompliance = technicalCompliance;
    this.holderOutcomes = holderOutcomes;
    this.certificatesInBeijing = certificatesInBeijing;
    this.issuerResponsive = issuerResponsive;
    this.issuerContactEmail = issuerContactEmail;
    this.note = note;
    this.enteredBy = enteredBy;
    this.enteredAt = enteredAt;
  }
  /** What this input says of the indicators. */
  Indicators indicators() {
    return new Indicators(certificatesInBeijing, technicalCompliance, holderOutcomes, issuerResponsive,
        issuerContactEmail);
  }

  public Long getId() {
    return id;
  }


  public String getQualificationCode() {
    return qualificationCode;
  }

  public TechnicalCompliance getTechnicalCompliance() {
    return technicalCompliance;
  }

  public HolderOutcomes getHolderOutcomes() {
    return holderOutcomes;
  }

  public Integer getCertificatesInBeijing() {
    return certificatesInBeijing;
  }

  public Boolean getIssuerResponsive() {
    return issuerResponsive;
  }

  public String getIssuerContactEmail() {
    return issuerContactEmail;
  }

  public String getNote() {
    return note;
  }

  public String getEnteredBy() {
    return enteredBy;
  }

  public Instant getEnteredAt() {
    return enteredAt;
  }
}
