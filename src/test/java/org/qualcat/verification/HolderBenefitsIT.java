package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
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
 * {@link HolderBenefits} in the application: the deployed decision evaluated once per list a qualification is on, and
 * the results united. The table itself, row by row against the notice, is {@link HolderBenefitsTableTest}.
 */
class HolderBenefitsIT extends IntegrationTest {

  @Autowired
  HolderBenefits benefits;

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
