package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The decision {@code bpmn/holder-benefits.dmn}, evaluated by Camunda's DMN engine (no Spring) row by row against the
 * notice's lists of benefits: I.(I) for the base list, I.(I) and I.(II) for the urgently-in-demand list ("also
 * eligible"), I.(III) for the Go-Global list, all three only with employment in Beijing; II for the title-eligible
 * list; III for the practice fields; "some qualifications may correspond" decided by the qualification's own mapping.
 */
class HolderBenefitsTableTest {

  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws IOException {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = new FileInputStream("bpmn/holder-benefits.dmn")) {
      decision = engine.parseDecision(VerificationProcess.DECISION_HOLDER_BENEFITS, dmn);
    }
  }

  @ParameterizedTest(name = "{0} {1} employed={2} title={3} skill={4} practice={5}")
  @CsvSource(delimiter = '|', nullValues = "", textBlock = """
      # list         | nationality | employed | title         | skill | practice   | benefits
      # I.(I): Chinese nationals get the work-residence certificate, foreign nationals visa and work permit
      INTERNATIONAL  | CHINESE     | true     | NONE          | false | NONE       | WORK_RESIDENCE_CERTIFICATE OVERSEAS_EXPERIENCE EMPLOYER_SUPPORT
      INTERNATIONAL  | FOREIGN     | true     | NONE          | false | NONE       | LONG_STAY_VISA WORK_PERMIT_RELAXED OVERSEAS_EXPERIENCE EMPLOYER_SUPPORT
      # I.(I)2, I.(I)3: only where the qualification corresponds to a title or a skill certificate
      INTERNATIONAL  | CHINESE     | true     | INTERMEDIATE  | true  | NONE       | WORK_RESIDENCE_CERTIFICATE INTERMEDIATE_TITLE SKILL_CERTIFICATE OVERSEAS_EXPERIENCE EMPLOYER_SUPPORT
      INTERNATIONAL  | FOREIGN     | true     | DEPUTY_SENIOR | false | NONE       | LONG_STAY_VISA WORK_PERMIT_RELAXED OVERSEAS_EXPERIENCE EMPLOYER_SUPPORT
      # I.(I)-(III) need personnel or labour relations with a Beijing employer
      INTERNATIONAL  | FOREIGN     | false    | INTERMEDIATE  | true  | NONE       |
      # III: finance, accounting, medicine and education may practise, employed in Beijing or not
      INTERNATIONAL  | CHINESE     | false    | NONE          | false | FINANCE    | PRACTICE_AUTHORIZATION
      INTERNATIONAL  | FOREIGN     | true     | NONE          | false | MEDICINE   | LONG_STAY_VISA WORK_PERMIT_RELAXED OVERSEAS_EXPERIENCE EMPLOYER_SUPPORT PRACTICE_AUTHORIZATION
      # I.(II): the I.(I) services too, plus the urgent list's own
      URGENT         | CHINESE     | true     | DEPUTY_SENIOR | false | NONE       | WORK_RESIDENCE_CERTIFICATE OVERSEAS_EXPERIENCE EMPLOYER_SUPPORT DEPUTY_SENIOR_TITLE TALENT_INTRODUCTION SENIOR_TITLE_ASSESSMENT TALENT_ENDORSEMENT HIGH_LEVEL_TALENT_SERVICES SCI_TECH_SUPPORT
      URGENT         | FOREIGN     | true     | DEPUTY_SENIOR | false | ACCOUNTING | LONG_STAY_VISA WORK_PERMIT_RELAXED OVERSEAS_EXPERIENCE EMPLOYER_SUPPORT DEPUTY_SENIOR_TITLE SENIOR_TITLE_ASSESSMENT TALENT_VISA HIGH_LEVEL_TALENT_SERVICES SCI_TECH_SUPPORT PRACTICE_AUTHORIZATION
      URGENT         | CHINESE     | true     | INTERMEDIATE  | true  | NONE       | WORK_RESIDENCE_CERTIFICATE INTERMEDIATE_TITLE SKILL_CERTIFICATE OVERSEAS_EXPERIENCE EMPLOYER_SUPPORT TALENT_INTRODUCTION SENIOR_TITLE_ASSESSMENT TALENT_ENDORSEMENT HIGH_LEVEL_TALENT_SERVICES SCI_TECH_SUPPORT
      URGENT         | FOREIGN     | false    | DEPUTY_SENIOR | false | NONE       |
      # I.(III): titles and skills by mapping, streamlined exit documents for Chinese, visa and permit for foreign
      GO_GLOBAL      | CHINESE     | true     | INTERMEDIATE  | true  | NONE       | INTERMEDIATE_TITLE SKILL_CERTIFICATE STREAMLINED_EXIT_DOCUMENTS
      GO_GLOBAL      | FOREIGN     | true     | NONE          | false | NONE       | LONG_STAY_VISA WORK_PERMIT_RELAXED
      GO_GLOBAL      | FOREIGN     | true     | NONE          | false | EDUCATION  | LONG_STAY_VISA WORK_PERMIT_RELAXED PRACTICE_AUTHORIZATION
      GO_GLOBAL      | CHINESE     | false    | INTERMEDIATE  | true  | NONE       |
      # II: titles through recognition, exemptions or fewer exams; the notice sets no employment condition
      TITLE_ELIGIBLE | CHINESE     | false    | INTERMEDIATE  | false | NONE       | TITLE_GRANT_CHANNELS
      TITLE_ELIGIBLE | FOREIGN     | true     | NONE          | true  | MEDICINE   | TITLE_GRANT_CHANNELS PRACTICE_AUTHORIZATION
      """)
  void eachListGrantsWhatTheNoticeSays(String list, String nationality, boolean employed, String title,
      boolean skill, String practice, String expected) {
    Set<String> granted = engine.evaluateDecisionTable(decision, Variables.createVariables()
            .putValue("list", list)
            .putValue("nationality", nationality)
            .putValue("employedInBeijing", employed)
            .putValue("titleLevel", title)
            .putValue("skillCertificate", skill)
            .putValue("practiceField", practice))
        .<String>collectEntries(HolderBenefits.OUTPUT).stream().collect(Collectors.toSet());

    Set<String> wanted = expected == null ? Set.of() : Arrays.stream(expected.trim().split("\\s+"))
        .collect(Collectors.toSet());
    assertThat(granted).containsExactlyInAnyOrderElementsOf(wanted);
  }

}
