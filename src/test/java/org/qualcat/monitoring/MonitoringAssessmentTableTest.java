package org.qualcat.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decision table {@code bpmn/monitoring-assessment.dmn}, rule by rule and at the boundaries between rules,
 * evaluated by Camunda's DMN engine. The first matching rule wins, so the most serious finding decides.
 */
class MonitoringAssessmentTableTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = new FileInputStream("bpmn/monitoring-assessment.dmn")) {
      decision = engine.parseDecision(QualificationReviewProcess.DECISION_ID, dmn);
    }
  }

  @ParameterizedTest(name = "{0}, responsive {1}, {2} certificates, outcomes {3} -> {4}")
  @CsvSource({
      // rule 1: the issuer no longer meets the technical requirements, whatever else is true
      "NON_COMPLIANT,    true,  100, NOTABLE, NON_COMPLIANT, technical requirements",
      "NON_COMPLIANT,    false, 0,   NONE,    NON_COMPLIANT, technical requirements",
      // rule 2: the issuer does not answer verification requests
      "COMPLIANT,        false, 100, NOTABLE, NON_COMPLIANT, does not answer",
      "MINOR_DEVIATIONS, false, 3,   NONE,    NON_COMPLIANT, does not answer",
      // rule 3: no certificates in Beijing and no outcomes
      "COMPLIANT,        true,  0,   NONE,    NON_COMPLIANT, No certificates",
      "MINOR_DEVIATIONS, true,  0,   NONE,    NON_COMPLIANT, No certificates",
      // rule 4: minor deviations put it on watch, even with strong numbers
      "MINOR_DEVIATIONS, true,  100, NOTABLE, WATCH,         minor ways",
      "MINOR_DEVIATIONS, true,  0,   SOME,    WATCH,         minor ways",
      // rule 5: fewer than 5 certificates; 4 is on watch, 5 is not (boundary)
      "COMPLIANT,        true,  4,   NOTABLE, WATCH,         Fewer than 5",
      "COMPLIANT,        true,  0,   SOME,    WATCH,         Fewer than 5",
      "COMPLIANT,        true,  5,   NOTABLE, COMPLIANT,     Meets every",
      // rule 6: no outcomes of holders
      "COMPLIANT,        true,  5,   NONE,    WATCH,         No tangible outcomes",
      "COMPLIANT,        true,  500, NONE,    WATCH,         No tangible outcomes",
      // rule 7: everything holds
      "COMPLIANT,        true,  5,   SOME,    COMPLIANT,     Meets every",
      "COMPLIANT,        true,  1000, NOTABLE, COMPLIANT,    Meets every",
  })
  void assesses(String compliance, boolean responsive, int certificates, String outcomes, String assessment,
      String reasonContains) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("technicalCompliance", compliance);
    variables.put("issuerResponsive", responsive);
    variables.put("certificatesInBeijing", certificates);
    variables.put("holderOutcomes", outcomes);

    DmnDecisionResultEntries result = engine.evaluateDecision(decision, variables).getSingleResult();

    assertThat((String) result.getEntry("assessment")).isEqualTo(assessment);
    assertThat((String) result.getEntry("reason")).contains(reasonContains);
  }
}
