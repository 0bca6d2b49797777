package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/** The file {@code bpmn/holder-benefits.dmn} keeps the contract of DESIGN.md: its inputs, output and codes. */
class HolderBenefitsModelTest {

  private final DmnModelInstance model = Dmn.readModelFromFile(new File("bpmn/holder-benefits.dmn"));
  private final Decision decision = model.getModelElementById(VerificationProcess.DECISION_HOLDER_BENEFITS);

  @Test
  void isACollectTableWithAHistoryTimeToLive() {
    assertThat(decision).isNotNull();
    assertThat(decision.getCamundaHistoryTimeToLiveString()).isNotBlank();
    assertThat(table().getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
  }

  @Test
  void readsExactlyTheInputsOfTheDesign() {
    assertThat(table().getInputs()).extracting(i -> i.getInputExpression().getText().getTextContent().strip())
        .containsExactly("list", "nationality", "employedInBeijing", "titleLevel", "skillCertificate",
            "practiceField");
  }

  @Test
  void answersWithExactlyTheBenefitCodesOfTheDesign() {
    assertThat(table().getOutputs()).singleElement().satisfies(o -> assertThat(o.getName()).isEqualTo("benefit"));
    Set<String> used = table().getRules().stream().map(Rule::getOutputEntries).flatMap(Collection::stream)
        .map(OutputEntry::getTextContent).map(t -> t.strip().replace("\"", "")).collect(Collectors.toSet());
    assertThat(used).containsExactlyInAnyOrderElementsOf(
        Arrays.stream(HolderBenefit.values()).map(Enum::name).toList());
  }

  @Test
  void everyRuleNamesTheSectionOfTheNoticeItComesFrom() {
    for (Rule rule : table().getRules()) {
      String code = rule.getOutputEntries().iterator().next().getTextContent().strip().replace("\"", "");
      String section = rule.getDescription().getTextContent().strip().split(" ")[0];
      assertThat(HolderBenefit.valueOf(code).noticeSection()).as(rule.getId()).contains(section);
    }
  }

  private DecisionTable table() {
    return (DecisionTable) decision.getExpression();
  }
}
