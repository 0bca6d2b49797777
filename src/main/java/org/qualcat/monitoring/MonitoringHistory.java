package org.qualcat.monitoring;

import java.time.Instant;
import java.util.List;
import org.qualcat.catalog.StaffDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A qualification's monitoring records, newest first, as staff see them in the catalog API. */
@Component
class MonitoringHistory implements StaffDetails {

  private final MonitoringRecordRepository records;

  MonitoringHistory(MonitoringRecordRepository records) {
    this.records = records;
  }

  /**
   * One review: the indicators as monitors recorded them ({@code certificatesInBeijing} is the issuers' figure,
   * {@code issuerResponsive} the monitors' finding), which decided the assessment, and beside them the demand on the
   * platform (Qualcat's own verification cases since the previous review), which never decides.
   */
  record Entry(String cycle, Instant startedAt, Instant finishedAt, Integer certificatesInBeijing,
      TechnicalCompliance technicalCompliance, HolderOutcomes holderOutcomes, Boolean issuerResponsive,
      PlatformDemand platformDemand, Assessment assessment, String assessmentReason, Assessment confirmedAssessment,
      String confirmationReason, String confirmedBy, Instant rectificationDueAt, ReviewResult result,
      String exitReference) {

    static Entry of(MonitoringRecord r) {
      return new Entry(r.getCycle() == null ? null : r.getCycle().getReference(), r.getStartedAt(), r.getFinishedAt(),
          r.getCertificatesInBeijing(), r.getTechnicalCompliance(), r.getHolderOutcomes(), r.getIssuerResponsive(),
          r.getPlatformDemand(), r.getAssessment(), r.getAssessmentReason(), r.getConfirmedAssessment(),
          r.getConfirmationReason(), r.getConfirmedBy(), r.getRectificationDueAt(), r.getResult(),
          r.getExitReference());
    }
  }

  @Override
  public String name() {
    return "monitoring";
  }

  @Override
  @Transactional(readOnly = true)
  public List<Entry> forQualification(String code) {
    return records.findByQualificationCodeOrderByIdDesc(code).stream().map(Entry::of).toList();
  }
}
