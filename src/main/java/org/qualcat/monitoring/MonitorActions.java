package org.qualcat.monitoring;

import java.time.Clock;
import org.qualcat.audit.AuditTrail;
import org.qualcat.catalog.CatalogEntries;
import org.qualcat.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What monitors do through the pages and the API, outside a review's tasks: record what they know about a
 * qualification (the next review reads it), and record an issuer's rectification report (the review it waits in goes
 * on to the re-check).
 */
@Service
@Transactional
class MonitorActions {

  private final MonitoringInputRepository inputs;
  private final MonitoringRecordRepository records;
  private final CatalogEntries catalog;
  private final MonitoringFlow flow;
  private final AuditTrail audit;
  private final Clock clock;

  MonitorActions(MonitoringInputRepository inputs, MonitoringRecordRepository records, CatalogEntries catalog,
      MonitoringFlow flow, AuditTrail audit, Clock clock) {
    this.inputs = inputs;
    this.records = records;
    this.catalog = catalog;
    this.flow = flow;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * A monitor's standing input about a qualification, outside any review: the next review reads the latest one.
   * Recorded in the audit trail under the qualification's code, with the input in a few words.
   */
  MonitoringInput recordInput(String qualificationCode, TechnicalCompliance compliance, HolderOutcomes outcomes,
      Integer certificatesInBeijing, Boolean issuerResponsive, String issuerContact, String note, String monitor) {
    if (!catalog.exists(qualificationCode)) {
      throw new InvalidInputException("qualificationCode", "names no qualification: " + qualificationCode);
    }
    MonitoringInput input = inputs.save(new MonitoringInput(qualificationCode, compliance, outcomes,
        certificatesInBeijing, issuerResponsive, issuerContact, note, monitor, clock.instant()));
    audit.decision(MonitoringAuditActions.MONITORING_INPUT_RECORDED, qualificationCode, "input " + input.getId()
        + ": certificates in Beijing " + (certificatesInBeijing == null ? "not known" : certificatesInBeijing)
        + ", technical compliance " + compliance + ", holders' outcomes " + outcomes + ", issuer responsive "
        + (issuerResponsive == null ? "not known" : issuerResponsive));
    return input;
  }

  /** A monitor records the issuer's rectification report; the review goes on to the re-check. */
  MonitoringRecord rectificationReported(long recordId, String report) {
    MonitoringRecord record = records.get(recordId);
    record.rectificationReported(report);
    audit.decision(MonitoringAuditActions.MONITORING_RECTIFICATION_REPORTED, record.getQualificationCode(),
        record.described(null));
    records.flush();
    flow.rectificationReported(record);
    return record;
  }
}
