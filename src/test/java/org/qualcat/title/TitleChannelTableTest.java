package org.qualcat.title;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decision table {@code bpmn/title-channel.dmn} rule by rule, evaluated by Camunda's DMN engine: a level above
 * the mapped one goes to the evaluation committee whatever the channels; otherwise the first channel of notice II's
 * order the entry names; no mapped level or no channel: none.
 */
class TitleChannelTableTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = new FileInputStream("bpmn/title-channel.dmn")) {
      decision = engine.parseDecision(TitleGrantProcess.DECISION_TITLE_CHANNEL, dmn);
    }
  }

  @ParameterizedTest(name = "mapped {0}, applied {1}, channels {2}/{3}/{4} -> {5}")
  @CsvSource({
      // above the mapped level: the committee, with or without channels
      "INTERMEDIATE,  DEPUTY_SENIOR, true,  true,  true,  COMMITTEE_EVALUATION",
      "INTERMEDIATE,  SENIOR,        false, false, false, COMMITTEE_EVALUATION",
      "DEPUTY_SENIOR, SENIOR,        true,  false, false, COMMITTEE_EVALUATION",
      // no mapped level: nothing, whatever the channels
      "NONE,          INTERMEDIATE,  true,  true,  true,  NONE",
      // at (or below) the mapped level: the first channel in notice II's order
      "INTERMEDIATE,  INTERMEDIATE,  true,  true,  true,  DIRECT_RECOGNITION",
      "DEPUTY_SENIOR, DEPUTY_SENIOR, true,  false, false, DIRECT_RECOGNITION",
      "DEPUTY_SENIOR, INTERMEDIATE,  false, true,  false, COURSE_EXEMPTION",
      "INTERMEDIATE,  INTERMEDIATE,  false, true,  true,  COURSE_EXEMPTION",
      "INTERMEDIATE,  INTERMEDIATE,  false, false, true,  FEWER_EXAM_SUBJECTS",
      // no channel named
      "INTERMEDIATE,  INTERMEDIATE,  false, false, false, NONE",
      "DEPUTY_SENIOR, DEPUTY_SENIOR, false, false, false, NONE",
  })
  void routes(String mapped, String applied, boolean direct, boolean courses, boolean subjects, String route) {
    String answer = engine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("mappedLevel", mapped).putValue("appliedLevel", applied).putValue("directRecognition", direct)
        .putValue("courseExemption", courses).putValue("fewerExamSubjects", subjects))
        .getSingleResult().getSingleEntry();

    assertThat(TitleRoute.valueOf(answer)).isEqualTo(TitleRoute.valueOf(route));
  }
}
