package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.verification.VerificationFixtures.APPLICANT;
import static org.qualcat.verification.VerificationFixtures.document;
import static org.qualcat.verification.VerificationFixtures.newCase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.support.H2Statements;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A submission looks its certificate up (the holder's open cases, an earlier result) by the certificate's index on
 * H2 whatever the size and statistics of the table: a bureau's H2 database is new and small when its sessions plan
 * these statements, and keeps those plans. A plan on the qualification's index read every open case of the
 * qualification on every submission (docs/benchmarks.md, seventh session). The same holds for the cases that
 * adopted a result, looked up when a title application cites its code. MySQL and MariaDB plan by index statistics,
 * so this is H2's test.
 */
class CertificateLookupPlanIT extends IntegrationTest {

  private static final String CERTIFICATE_INDEX = "IX_VERIFICATION_CASE_CERTIFICATE";
  private static final String H2_PLANNER = "H2's planner; MySQL and MariaDB plan by index statistics";

  @Autowired
  ApplicationMaterials materials;
  @Autowired
  VerificationCases cases;
  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  VerificationCaseRepository repository;

  @Test
  void aSubmissionLooksItsCertificateUpByTheCertificatesIndexEvenInANewDatabase() throws SQLException {
    String code = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.EMAIL);

    List<String> lookups = H2Statements.during(jdbc, H2_PLANNER, "%from verification_case%certificate_number=?%",
        () -> cases.submit(VerificationFixtures.withMaterials(materials, newCase(code, "CERT-PLAN-1", document()),
            APPLICANT), APPLICANT)).sql();

    assertThat(lookups).as("the open-case check and the earlier-result lookup").isNotEmpty();
    assertPlannedOnAnEmptyDatabase(lookups, CERTIFICATE_INDEX);
  }

  @Test
  void theCasesThatAdoptedAResultAreFoundByTheirIndexEvenInANewDatabase() throws SQLException {
    List<String> lookups = H2Statements.during(jdbc, H2_PLANNER, "%from verification_case%reused_from=?%",
        () -> repository.findByReusedFromAndStatus("BJ-2026-000001", VerificationStatus.VERIFIED)).sql();

    assertThat(lookups).isNotEmpty();
    assertPlannedOnAnEmptyDatabase(lookups, "IX_VERIFICATION_CASE_REUSED_FROM");
  }

  /** Each statement is planned on {@code index} on a new database with Qualcat's schema and no row. */
  private static void assertPlannedOnAnEmptyDatabase(List<String> statements, String index) throws SQLException {
    String fresh = "jdbc:h2:mem:plans-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(fresh, "sa", "").locations("classpath:db/migration").load().migrate();
    try (Connection empty = DriverManager.getConnection(fresh, "sa", "")) {
      for (String statement : statements) {
        assertThat(plan(empty, statement)).as("on an empty table: %s", statement).contains(index);
      }
      empty.createStatement().execute("SHUTDOWN");
    }
  }

  /** H2's plan for {@code sql}, every parameter a text (the lookups compare text columns only). */
  private static String plan(Connection connection, String sql) throws SQLException {
    try (PreparedStatement explain = connection.prepareStatement("EXPLAIN " + sql)) {
      for (int p = 1; p <= explain.getParameterMetaData().getParameterCount(); p++) {
        explain.setString(p, "SUBMITTED");
      }
      try (ResultSet plan = explain.executeQuery()) {
        plan.next();
        return plan.getString(1);
      }
    }
  }
}
