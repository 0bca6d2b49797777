package org.qualcat.verification;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.QualificationDetails;
import org.springframework.stereotype.Component;

/**
 * The benefits a verified holder may apply for: the decision {@code holder-benefits} (bpmn/holder-benefits.dmn),
 * evaluated by the engine once per list the qualification is on, united into one set.
 */
@Component
class HolderBenefits {

  static final String OUTPUT = "benefit";

  private final DecisionService decisions;

  HolderBenefits(DecisionService decisions) {
    this.decisions = decisions;
  }

  Set<HolderBenefit> determine(QualificationDetails qualification, Nationality nationality,
      boolean employedInBeijing) {
    EnumSet<HolderBenefit> union = EnumSet.noneOf(HolderBenefit.class);
    for (CatalogList list : qualification.lists()) {
      union.addAll(evaluate(list, nationality, employedInBeijing, qualification));
    }
    return union;
  }

  /** One evaluation of the decision for one list. */
  Set<HolderBenefit> evaluate(CatalogList list, Nationality nationality, boolean employedInBeijing,
      QualificationDetails qualification) {
    boolean skillCertificate = qualification.skillLevel() != null && !qualification.skillLevel().isBlank();
    DmnDecisionResult result = decisions.evaluateDecisionByKey(VerificationProcess.DECISION_HOLDER_BENEFITS)
        .variables(Variables.createVariables()
            .putValue("list", list.name())
            .putValue("nationality", nationality.name())
            .putValue("employedInBeijing", employedInBeijing)
            .putValue("titleLevel", qualification.titleLevel().name())
            .putValue("skillCertificate", skillCertificate)
            .putValue("practiceField", qualification.practiceField().name()))
        .evaluate();
    EnumSet<HolderBenefit> benefits = EnumSet.noneOf(HolderBenefit.class);
    result.<String>collectEntries(OUTPUT).forEach(code -> benefits.add(HolderBenefit.valueOf(code)));
    return benefits;
  }
}
