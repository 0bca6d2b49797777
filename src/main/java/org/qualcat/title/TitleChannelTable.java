package org.qualcat.title;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.qualcat.catalog.QualificationDetails;
import org.qualcat.catalog.TitleChannel;
import org.springframework.stereotype.Component;

/**
 * The decision table {@code title-channel} (bpmn/title-channel.dmn): the route of an application from the catalog
 * entry's title level and channels and the title applied for. Evaluated when the application is made, under the
 * edition in force; the process routes on the answer.
 */
@Component
class TitleChannelTable {

  private final DecisionService decisions;

  TitleChannelTable(DecisionService decisions) {
    this.decisions = decisions;
  }

  TitleRoute route(QualificationDetails entry, TitleRank applied) {
    DmnDecisionRuleResult answer = decisions.evaluateDecisionTableByKey(TitleGrantProcess.DECISION_TITLE_CHANNEL,
        Variables.createVariables()
            .putValue("mappedLevel", entry.titleLevel().name())
            .putValue("appliedLevel", applied.name())
            .putValue("directRecognition", entry.titleChannels().contains(TitleChannel.DIRECT_RECOGNITION))
            .putValue("courseExemption", entry.titleChannels().contains(TitleChannel.COURSE_EXEMPTION))
            .putValue("fewerExamSubjects", entry.titleChannels().contains(TitleChannel.FEWER_EXAM_SUBJECTS)))
        .getSingleResult();
    return answer == null ? TitleRoute.NONE : TitleRoute.valueOf(answer.<String>getSingleEntry());
  }
}
