package org.qualcat.monitoring;

import java.util.ArrayList;
import java.util.List;
import org.qualcat.catalog.CatalogEntries;
import org.qualcat.process.BureauTime;
import org.qualcat.process.Bilingual;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A review's state in a few lines for the monitors' forms, in Chinese and English words (never the codes the decision
 * table reads): the indicators monitors record (these decide), then the demand on the platform (context only).
 */
@Component
class ReviewSummary {

  private final MonitoringRecordRepository records;
  private final CatalogEntries catalog;
  private final Bilingual words;

  ReviewSummary(MonitoringRecordRepository records, CatalogEntries catalog, Bilingual words) {
    this.records = records;
    this.catalog = catalog;
    this.words = words;
  }

  @Transactional(readOnly = true)
  String of(long recordId) {
    MonitoringRecord r = records.get(recordId);
    String name = catalog.find(r.getQualificationCode())
        .map(q -> q.details().nameZh() + Bilingual.SEPARATOR + q.details().nameEn()).orElse("");
    PlatformDemand demand = r.getPlatformDemand();
    List<String> lines = new ArrayList<>();
    lines.add(r.getQualificationCode() + " " + name);
    lines.add(words.both("forms.review.indicators"));
    lines.add(line("certificates", value(r.getCertificatesInBeijing())));
    lines.add(line("technicalCompliance", words.of("forms.technicalCompliance", r.getTechnicalCompliance())));
    lines.add(line("holderOutcomes", words.of("forms.holderOutcomes", r.getHolderOutcomes())));
    lines.add(line("issuerAnswers", words.yesNo(r.getIssuerResponsive())));
    lines.add(words.both("forms.review.demand"));
    lines.add(line("cases", value(demand.verificationCases())));
    lines.add(line("verifiedInBeijing", value(demand.verifiedInBeijing())));
    lines.add(line("issuerChecks", value(demand.issuerChecks())) + "; "
        + line("answered", value(demand.issuerChecksAnswered())));
    if (r.getAssessment() != null) {
      lines.add(line("assessment", words.of("forms.assessment", r.getAssessment()) + " ("
          + words.translated("forms.reason", r.getAssessmentReason()) + ")"));
    }
    if (r.getRectificationDueAt() != null) {
      lines.add(line("rectificationDue", BureauTime.dateTime(r.getRectificationDueAt())));
    }
    if (r.getRectificationReport() != null) {
      lines.add(line("rectificationReport", r.getRectificationReport()));
    }
    return String.join("\n", lines);
  }

  private String line(String label, String value) {
    return words.both("forms.review." + label) + ": " + value;
  }

  private String value(Integer number) {
    return number == null ? words.both("forms.notKnown") : number.toString();
  }
}
