package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.verification.VerificationFixtures.certificate;
import static org.qualcat.verification.VerificationFixtures.document;
import static org.qualcat.verification.VerificationFixtures.requestBody;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.employer.EmployerRegion;
import org.qualcat.employer.Employers;
import org.qualcat.security.Roles;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a caller may read is one rule said twice ({@link Caller#mayRead} for a case in hand, {@link Caller#readableCases}
 * for a query): for holders, HR staff of two organisations, verifiers of one bureau, of two and of none, other staff
 * and nobody, the two give the same answer on cases of every kind, and the answers are the ones the rule states.
 */
class CallerIT extends IntegrationTest {

  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  VerificationCaseRepository cases;
  @Autowired
  Employers employers;

  @Test
  void mayReadAndReadableCasesGiveTheSameAnswersAndTheRulesAnswers() {
    String code = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.EMAIL);
    Map<String, VerificationCase> all = new LinkedHashMap<>();
    all.put("applicant1 in Beijing", submitted("applicant1", code, EmployerRegion.BEIJING));
    all.put("applicant1 in Hebei", submitted("applicant1", code, EmployerRegion.HEBEI));
    all.put("applicant2 in Tianjin", submitted("applicant2", code, EmployerRegion.TIANJIN));
    all.put("hr1's organisation (Beijing)", submitted("hr1", code, EmployerRegion.BEIJING));
    all.put("hr3's organisation (Tianjin)", submitted("hr3", code, EmployerRegion.TIANJIN));

    Map<String, Caller> callers = new LinkedHashMap<>();
    callers.put("applicant1", new Caller("applicant1", Set.of(Roles.APPLICANTS)));
    callers.put("applicant2", new Caller("applicant2", Set.of(Roles.APPLICANTS)));
    callers.put("hr2 (hr1's colleague)", new Caller("hr2", Set.of(Roles.EMPLOYERS),
        employers.organisationOf("hr2").orElseThrow()));
    callers.put("hr3", new Caller("hr3", Set.of(Roles.EMPLOYERS), employers.organisationOf("hr3").orElseThrow()));
    callers.put("Beijing's verifier", officer(EmployerRegion.BEIJING));
    callers.put("a verifier of Tianjin and Hebei", officer(EmployerRegion.TIANJIN, EmployerRegion.HEBEI));
    callers.put("a verifier in no bureau", new Caller("verifier9", Set.of(Roles.VERIFIERS)));
    callers.put("the secretariat", new Caller("secretariat1", Set.of(Roles.SECRETARIAT), null,
        EnumSet.allOf(EmployerRegion.class)));
    callers.put("nobody", new Caller(null, Set.of()));

    Map<String, List<String>> expected = Map.of(
        "applicant1", List.of("applicant1 in Beijing", "applicant1 in Hebei"),
        "applicant2", List.of("applicant2 in Tianjin"),
        "hr2 (hr1's colleague)", List.of("hr1's organisation (Beijing)"),
        "hr3", List.of("hr3's organisation (Tianjin)"),
        "Beijing's verifier", List.of("applicant1 in Beijing", "hr1's organisation (Beijing)"),
        "a verifier of Tianjin and Hebei", List.of("applicant1 in Hebei", "applicant2 in Tianjin",
            "hr3's organisation (Tianjin)"),
        "a verifier in no bureau", List.of(),
        "the secretariat", List.of(),
        "nobody", List.of());

    callers.forEach((who, caller) -> {
      List<String> inHand = all.entrySet().stream().filter(c -> caller.mayRead(c.getValue())).map(Map.Entry::getKey)
          .toList();
      List<String> queried = all.entrySet().stream().filter(c -> queried(caller, c.getValue())).map(Map.Entry::getKey)
          .toList();
      assertThat(queried).as(who + ": the query and the rule agree").isEqualTo(inHand);
      assertThat(inHand).as(who + " reads").isEqualTo(expected.get(who));
    });
  }

  private static Caller officer(EmployerRegion... regions) {
    return new Caller("verifier", Set.of(Roles.VERIFIERS), null, Set.of(regions));
  }

  private boolean queried(Caller caller, VerificationCase c) {
    Specification<VerificationCase> thisCase = (root, query, cb) -> cb.equal(root.get("id"), c.getId());
    return cases.count(caller.readableCases().and(thisCase)) == 1;
  }

  private VerificationCase submitted(String applicant, String code, EmployerRegion region) {
    Map<String, Object> body = requestBody(code, certificate(), document());
    body.put("employerRegion", region.name());
    body.put("employedInBeijing", region == EmployerRegion.BEIJING);
    Response created = as(applicant).submitCase(body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return cases.findByReference(created.json().get("reference").asText()).orElseThrow();
  }
}
