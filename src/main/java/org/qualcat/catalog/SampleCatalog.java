package org.qualcat.catalog;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.qualcat.process.BureauTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data: on a database without a published edition, loads the sample catalog and publishes it as the
 * "2025 Edition", as the notice dates it: issued and in force on 5 September 2025 ("implemented upon the date of
 * issuance"), released to the public on 12 September, repealing Version 1.0; its change log carries the day of
 * issuance, not the day the demo database was made. Rows marked INFERRED are illustrative
 * and shown as such; no sample row is official.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "qualcat.demo-data", havingValue = "true")
class SampleCatalog implements ApplicationRunner {

  static final String RESOURCE = "catalog/sample-catalog-2025.csv";
  static final String EDITION_CODE = "2025";
  static final String EDITION_NAME = "2025 Edition";
  static final String EDITION_NAME_ZH = "2025年版";
  static final LocalDate ISSUED_ON = LocalDate.of(2025, 9, 5);
  static final LocalDate RELEASED_ON = LocalDate.of(2025, 9, 12);
  static final String REPEALS = "Version 1.0 (JRSYF [2024] No. 10)";
  /** The change log of the sample edition is dated as the edition: the day of issuance, 09:00 in Beijing. */
  static final Instant DECIDED_AT = ISSUED_ON.atTime(9, 0).atZone(BureauTime.ZONE).toInstant();
  private static final String LOADED_BY = "qualcat";
  private static final Logger log = LoggerFactory.getLogger(SampleCatalog.class);

  private final CatalogImport catalogImport;
  private final Catalog catalog;
  private final CatalogQueries queries;
  private final QualificationRepository qualifications;
  private final TransactionTemplate transaction;

  SampleCatalog(CatalogImport catalogImport, Catalog catalog, CatalogQueries queries,
      QualificationRepository qualifications, TransactionTemplate transaction) {
    this.catalogImport = catalogImport;
    this.catalog = catalog;
    this.queries = queries;
    this.qualifications = qualifications;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (queries.hasPublishedEdition() || qualifications.count() > 0) {
      return;
    }
    try (Reader csv = new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
        StandardCharsets.UTF_8)) {
      transaction.executeWithoutResult(status -> {
        CatalogImport.Report report = catalogImport.importFile(csv, "sample-catalog-2025.csv", LOADED_BY,
            DECIDED_AT);
        catalog.publishDraft(new Catalog.Publication(EDITION_CODE, EDITION_NAME, ISSUED_ON, RELEASED_ON, REPEALS,
            EDITION_NAME_ZH), LOADED_BY);
        log.info("Loaded the sample catalog ({} qualifications) as the published {}", report.added(), EDITION_NAME);
      });
    }
  }
}
