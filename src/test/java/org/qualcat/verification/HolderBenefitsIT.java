package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.PracticeField;
import org.qualcat.catalog.Provenance;
import org.qualcat.catalog.QualificationDetails;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The decision {@code holder-benefits}, evaluated by the engine row by row against the notice's lists of benefits:
 * I.(I) for the base list, I.(I) and I.(II) for the urgently-in-demand list ("also eligible"), I.(III) for the
 * Go-Global list, all three only with employment in Beijing; II for the title-eligible list; III for the practice
 * fields; "some qualifications may correspond" decided by the qualification's own mapping.
 */
class HolderBenefitsIT extends IntegrationTest {

  @Autowired
  DecisionService decisions;
  @Autowired
  HolderBenefits benefits;

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
    Set<String> granted = decisions.evaluateDecisionByKey(VerificationProcess.DECISION_HOLDER_BENEFITS)
        .variables(Variables.createVariables()
            .putValue("list", list)
            .putValue("nationality", nationality)
            .putValue("employedInBeijing", employed)
            .putValue("titleLevel", title)
            .putValue("skillCertificate", skill)
            .putValue("practiceField", practice))
        .evaluate()
        .<String>collectEntries(HolderBenefits.OUTPUT).stream().collect(Collectors.toSet());

    Set<String> wanted = expected == null ? Set.of() : Arrays.stream(expected.trim().split("\\s+"))
        .collect(Collectors.toSet());
    assertThat(granted).containsExactlyInAnyOrderElementsOf(wanted);
  }

  @Test
  void theServiceEvaluatesOncePerListAndUnitesTheResults() {
    QualificationDetails urgentAndTitleEligible = new QualificationDetails("Fellow", "会士", "Society", "UK",
        "Engineering", Set.of(CatalogList.INTERNATIONAL, CatalogList.URGENT, CatalogList.TITLE_ELIGIBLE),
        TitleLevel.DEPUTY_SENIOR, "Engineering", "Level 1", PracticeField.NONE, VerificationChannel.EMAIL, null,
        Provenance.OFFICIAL, null);

    assertThat(benefits.determine(urgentAndTitleEligible, Nationality.CHINESE, true)).containsExactlyInAnyOrder(
        HolderBenefit.WORK_RESIDENCE_CERTIFICATE, HolderBenefit.SKILL_CERTIFICATE, HolderBenefit.OVERSEAS_EXPERIENCE,
        HolderBenefit.EMPLOYER_SUPPORT, HolderBenefit.DEPUTY_SENIOR_TITLE, HolderBenefit.TALENT_INTRODUCTION,
        HolderBenefit.SENIOR_TITLE_ASSESSMENT, HolderBenefit.TALENT_ENDORSEMENT,
        HolderBenefit.HIGH_LEVEL_TALENT_SERVICES, HolderBenefit.SCI_TECH_SUPPORT, HolderBenefit.TITLE_GRANT_CHANNELS);
    assertThat(benefits.determine(urgentAndTitleEligible, Nationality.FOREIGN, false))
        .containsExactly(HolderBenefit.TITLE_GRANT_CHANNELS);
    assertThat(benefits.evaluate(CatalogList.GO_GLOBAL, Nationality.FOREIGN, false, urgentAndTitleEligible))
        .isEqualTo(EnumSet.noneOf(HolderBenefit.class));
  }
}
