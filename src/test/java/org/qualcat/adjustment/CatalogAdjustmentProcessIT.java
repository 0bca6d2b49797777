package org.qualcat.adjustment;

import org.qualcat.catalog.TitleChannel;
import org.qualcat.system.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualcat.adjustment.CatalogAdjustmentProcess.CALL_COMMITTEE_REVIEW;
import static org.qualcat.adjustment.CatalogAdjustmentProcess.END_ADJUSTMENT_APPLIED;
import static org.qualcat.adjustment.CatalogAdjustmentProcess.END_ADJUSTMENT_REJECTED;
import static org.qualcat.adjustment.CatalogAdjustmentProcess.TASK_APPLY_ADJUSTMENT;
import static org.qualcat.adjustment.CatalogAdjustmentProcess.TASK_RECORD_REJECTION;
import static org.qualcat.support.TestMailServer.awaitMail;
import static org.qualcat.support.TestMailServer.to;

import java.io.StringReader;
import java.util.EnumSet;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.CatalogImport;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.ChangeType;
import org.qualcat.catalog.EditionChangeRepository;
import org.qualcat.catalog.CatalogEntries;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.committee.ReviewDriver;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Both paths of {@code catalog-adjustment}, on a qualification of its own. */
class CatalogAdjustmentProcessIT extends IntegrationTest {

  @Autowired
  Adjustments adjustments;
  @Autowired
  AdjustmentQueries queries;
  @Autowired
  CatalogImport catalogImport;
  @Autowired
  CatalogEntries qualifications;
  @Autowired
  EditionChangeRepository changes;
  @Autowired
  RuntimeService runtime;

  private ReviewDriver review;
  private final String code = "BJ-A-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

  @BeforeEach
  void listAQualification() {
    review = new ReviewDriver(processEngine);
    catalogImport.importFile(new StringReader("code,name_en,name_zh,issuing_body,country_region,sector,lists\n"
        + code + ",Chartered Risk Analyst,特许风险分析师,Risk Institute,United Kingdom,Finance,INTERNATIONAL\n"),
        "adjustment-test.csv", "secretariat1");
  }

  @Test
  void anApprovedAdjustmentMovesTheQualificationIntoTheUrgentListInTheDraftEdition() {
    ProcessInstance adjustment = request();
    BpmnAwareTests.assertThat(adjustment).isWaitingAt(CALL_COMMITTEE_REVIEW);

    review.approveAll(review.reviewOf(adjustment.getId()));

    BpmnAwareTests.assertThat(adjustment).hasPassedInOrder(CALL_COMMITTEE_REVIEW, TASK_APPLY_ADJUSTMENT,
        END_ADJUSTMENT_APPLIED).isEnded();
    assertThat(qualifications.find(code)).get().satisfies(q -> {
      assertThat(q.details().lists()).containsExactly(CatalogList.INTERNATIONAL, CatalogList.URGENT);
      assertThat(q.details().titleLevel()).isEqualTo(TitleLevel.DEPUTY_SENIOR);
    });
    assertThat(changes.findByQualificationCodeOrderById(code)).last().satisfies(c -> {
      assertThat(c.getChangeType()).isEqualTo(ChangeType.ADJUSTED);
      assertThat(c.getDecisionReference()).isEqualTo(adjustment.getBusinessKey());
      assertThat(c.getSummary()).as("in words, not codes").contains("Lists: List of International Professional "
          + "Qualifications -> List of International Professional Qualifications, List of Urgently-in-Demand "
          + "International Professional Qualifications").contains("Title mapping none -> deputy senior title")
          .doesNotContain("DEPUTY_SENIOR", "[INTERNATIONAL");
    });
    assertThat(queries.byReference(adjustment.getBusinessKey()).getStatus()).isEqualTo(AdjustmentStatus.APPLIED);
    awaitMail("approval", to("secretariat1@qualcat.example", "Adjustment " + adjustment.getBusinessKey()));
  }

  @Test
  void aRejectedAdjustmentChangesNothing() {
    ProcessInstance adjustment = request();

    review.rejectAll(review.reviewOf(adjustment.getId()));

    BpmnAwareTests.assertThat(adjustment).hasPassed(TASK_RECORD_REJECTION, END_ADJUSTMENT_REJECTED).isEnded();
    assertThat(qualifications.find(code)).get()
        .satisfies(q -> assertThat(q.details().lists()).containsExactly(CatalogList.INTERNATIONAL));
    assertThat(changes.findByQualificationCodeOrderById(code)).extracting(c -> c.getChangeType())
        .containsExactly(ChangeType.ADDED);
    assertThat(queries.byReference(adjustment.getBusinessKey()).getStatus()).isEqualTo(AdjustmentStatus.REJECTED);
  }

  @Test
  void anAdjustmentGivesATitleEligibleQualificationItsTitleChannelsAndLeavingTheListDropsThem() {
    AdjustmentRequest onto = adjustments.request(new AdjustmentCommand(code, EnumSet.of(CatalogList.INTERNATIONAL,
        CatalogList.TITLE_ELIGIBLE), TitleLevel.INTERMEDIATE, "Economics", EnumSet.of(TitleChannel.DIRECT_RECOGNITION,
        TitleChannel.FEWER_EXAM_SUBJECTS), null, "Risk analysts may be recognised directly (notice II).", null),
        "secretariat1");
    ProcessInstance first = runtime.createProcessInstanceQuery().processInstanceId(onto.getProcessInstanceId())
        .singleResult();
    review.approveAll(review.reviewOf(first.getId()));

    assertThat(qualifications.find(code)).get().satisfies(q -> assertThat(q.details().titleChannels())
        .containsExactly(TitleChannel.DIRECT_RECOGNITION, TitleChannel.FEWER_EXAM_SUBJECTS));
    assertThat(changes.findByQualificationCodeOrderById(code)).last().satisfies(c -> assertThat(c.getSummary())
        .contains("Title channels (notice II): none -> direct recognition of certificates, reduction in examination "
            + "subjects").doesNotContain("DIRECT_RECOGNITION"));
    assertThat(changes.findByQualificationCodeOrderById(code)).last().satisfies(c -> assertThat(c.getSummaryZh())
        .as("in Chinese, in the catalog's words").startsWith("依调整申请 " + onto.getReference())
        .contains("所属清单 国际职业资格清单 → 国际职业资格清单、可申报北京市职称的国际职业资格清单")
        .contains("职称评定途径 无 → 证书直接认定、减少考试科目"));
    assertThat(queries.view(onto.getReference()).titleChannels()).hasSize(2);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> adjustments.request(new AdjustmentCommand(code,
        EnumSet.of(CatalogList.INTERNATIONAL), TitleLevel.INTERMEDIATE, "Economics",
        EnumSet.of(TitleChannel.DIRECT_RECOGNITION), null, "Off the list, with channels.", null), "secretariat1"))
        .as("channels belong to the title-eligible list").isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("titleChannels");
    AdjustmentRequest off = adjustments.request(new AdjustmentCommand(code, EnumSet.of(CatalogList.INTERNATIONAL),
        TitleLevel.INTERMEDIATE, "Economics", null, null, "No longer title-eligible.", null), "secretariat1");
    review.approveAll(review.reviewOf(off.getProcessInstanceId()));

    assertThat(qualifications.find(code)).get().satisfies(q -> assertThat(q.details().titleChannels())
        .as("dropped with the list").isEmpty());
    assertThat(queries.view(off.getReference()).titleChannels()).as("the request named none: unchanged").isNull();
  }

  private ProcessInstance request() {
    AdjustmentRequest adjustment = adjustments.request(new AdjustmentCommand(code,
        EnumSet.of(CatalogList.INTERNATIONAL, CatalogList.URGENT), TitleLevel.DEPUTY_SENIOR, "Economics", null, null,
        "Risk analysts are urgently needed by Beijing's financial regulators.", null), "secretariat1");
    return runtime.createProcessInstanceQuery().processInstanceId(adjustment.getProcessInstanceId()).singleResult();
  }
}
