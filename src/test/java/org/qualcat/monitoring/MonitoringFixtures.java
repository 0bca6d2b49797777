package org.qualcat.monitoring;

import java.io.StringReader;
import java.time.Instant;
import java.util.UUID;
import org.qualcat.catalog.CatalogImport;

/** Qualifications of a test's own, with what monitors know about them. */
final class MonitoringFixtures {

  private MonitoringFixtures() {
  }

  static String listNew(CatalogImport catalogImport, String prefix) {
    String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    catalogImport.importFile(new StringReader("code,name_en,name_zh,issuing_body,country_region,sector,lists\n"
        + code + ",Certified Monitoring Subject " + code + ",监测对象,Subject Institute,Canada,Engineering,"
        + "INTERNATIONAL\n"), "monitoring-test.csv", "secretariat1");
    return code;
  }

  static MonitoringInput compliant(String code) {
    return new MonitoringInput(code, TechnicalCompliance.COMPLIANT, HolderOutcomes.NOTABLE, 12, true,
        "registry@subject.example.org", null, "monitor1", Instant.now());
  }

  static MonitoringInput minorDeviations(String code) {
    return new MonitoringInput(code, TechnicalCompliance.MINOR_DEVIATIONS, HolderOutcomes.SOME, 12, true, null, null,
        "monitor1", Instant.now());
  }

  /** No certificates in Beijing and no outcomes: the table says non-compliant. */
  static MonitoringInput absent(String code) {
    return new MonitoringInput(code, TechnicalCompliance.COMPLIANT, HolderOutcomes.NONE, 0, true, null, null,
        "monitor1", Instant.now());
  }
}
