package org.qualcat.monitoring;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.qualcat.catalog.Provenance;
import org.qualcat.catalog.CatalogEntries;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data: monitors' inputs for the sample catalog, so that a monitoring cycle runs without a task per
 * qualification. Invented and marked illustrative; one sample qualification deviates in minor ways and goes on watch.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "qualcat.demo-data", havingValue = "true")
class DemoMonitoringInputs implements ApplicationRunner {

  static final String ON_WATCH = "BJ-I-022";
  private static final String NOTE = "Illustrative demo input, not a real monitoring finding.";

  private final MonitoringInputRepository inputs;
  private final CatalogEntries catalog;
  private final Clock clock;

  DemoMonitoringInputs(MonitoringInputRepository inputs, CatalogEntries catalog, Clock clock) {
    this.inputs = inputs;
    this.catalog = catalog;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (inputs.count() > 0) {
      return;
    }
    List<CatalogEntries.Entry> sample = catalog.listed().stream()
        .filter(q -> q.details().provenance() != Provenance.OFFICIAL).toList();
    for (CatalogEntries.Entry q : sample) {
      boolean watch = q.code().equals(ON_WATCH);
      inputs.save(new MonitoringInput(q.code(),
          watch ? TechnicalCompliance.MINOR_DEVIATIONS : TechnicalCompliance.COMPLIANT,
          q.details().provenance() == Provenance.VERIFIED ? HolderOutcomes.NOTABLE : HolderOutcomes.SOME,
          12, true, "issuer-" + q.code().toLowerCase(Locale.ROOT) + "@example.org", NOTE, "qualcat",
          clock.instant()));
    }
  }
}
