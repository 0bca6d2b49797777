package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.committee.CommitteeDecision;
import org.qualcat.committee.CommitteeReviewProcess;
import org.qualcat.committee.Recommendation;
import org.qualcat.committee.ReviewDriver;
import org.qualcat.monitoring.QualificationReviewProcess;
import org.qualcat.nomination.CatalogNominationProcess;
import org.qualcat.nomination.Nominees;
import org.qualcat.support.ApiClient;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.verification.VerificationFixtures;
import org.qualcat.verification.VerificationProcess;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Things of their own for the security tests, each in the state a request needs: a listed qualification, a
 * nomination awaiting supplements or under public notice, a verification case awaiting a supplement or verified, a
 * review awaiting the issuer's rectification report.
 * Made through the APIs as their users do, and moved on through the engine as the Tasklist would.
 */
final class SecurityFixtures {

  private final ProcessEngine engine;
  private final VerificationFixtures catalog;
  private final Function<String, ApiClient> as;

  SecurityFixtures(ProcessEngine engine, Catalog catalog, TransactionTemplate transaction,
      Function<String, ApiClient> as) {
    this.engine = engine;
    this.catalog = new VerificationFixtures(catalog, transaction);
    this.as = as;
  }

  static String unique() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  /** A new listed qualification whose issuer is reached by mail (so a verifier accepts cases by hand). */
  String listed() {
    return catalog.listed(VerificationChannel.EMAIL);
  }

  /** A listed qualification with an online register (cases are verified automatically once accepted). */
  String listedWithRegister() {
    return catalog.listed(VerificationChannel.ONLINE_REGISTER);
  }

  // --- nominations ------------------------------------------------------------------------------------------------

  static Map<String, Object> nomination() {
    return Nominees.body("HX-" + unique());
  }

  String nominate(Map<String, Object> body) {
    Response created = as.apply("secretariat1").postJson("/api/nominations", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("reference").asText();
  }

  String nominationAwaitingSupplement() {
    String reference = nominate(nomination());
    engine.getTaskService().complete(completenessCheck(reference).getId(), Map.of(
        CatalogNominationProcess.FIELD_COMPLETENESS, "SUPPLEMENT_NEEDED",
        CatalogNominationProcess.FIELD_SUPPLEMENT_REQUEST, "Send the issuer's register address."));
    return reference;
  }

  /** Found complete, with expert1 assigned: expert1's scoring task is open. Answers the scoring task's id. */
  String scoringTaskOfExpert1() {
    ReviewDriver review = new ReviewDriver(engine);
    ProcessInstance committee = reviewedByExpert1(review, nominate(nomination()));
    return review.task(committee, CommitteeReviewProcess.TASK_SCORE_QUALIFICATION).getId();
  }

  /** Approved by the committee, in its public notice period: open to objections. */
  String nominationUnderNotice() {
    String reference = nominate(nomination());
    ReviewDriver review = new ReviewDriver(engine);
    ProcessInstance committee = reviewedByExpert1(review, reference);
    review.scoreAll(committee, Recommendation.SUPPORT);
    review.decide(committee, CommitteeDecision.APPROVE);
    return reference;
  }

  /** The nomination found complete and its committee review given to expert1; answers the review. */
  private ProcessInstance reviewedByExpert1(ReviewDriver review, String reference) {
    engine.getTaskService().complete(completenessCheck(reference).getId(),
        Map.of(CatalogNominationProcess.FIELD_COMPLETENESS, "COMPLETE"));
    ProcessInstance committee = review.reviewOf(instance(reference).getId());
    review.assignExperts(committee, "expert1");
    return committee;
  }

  private Task completenessCheck(String reference) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey(CatalogNominationProcess.TASK_CHECK_COMPLETENESS).singleResult();
  }

  private ProcessInstance instance(String reference) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(CatalogNominationProcess.PROCESS_ID).singleResult();
  }

  // --- verification cases -----------------------------------------------------------------------------------------

  static Map<String, Object> verificationCase(String qualificationCode) {
    return VerificationFixtures.requestBody(qualificationCode, VerificationFixtures.certificate(),
        VerificationFixtures.document());
  }

  String submitCase(Map<String, Object> body) {
    Response created = as.apply(VerificationFixtures.APPLICANT).submitCase(body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.json().get("reference").asText();
  }

  /** A case whose verifier asked for a supplement with {@code request}. */
  String caseAwaitingSupplement(String request) {
    String reference = submitCase(verificationCase(listed()));
    engine.getTaskService().complete(acceptance(reference).getId(), Map.of(
        VerificationProcess.VAR_ACCEPTANCE, VerificationProcess.REQUEST_SUPPLEMENT,
        VerificationProcess.VAR_SUPPLEMENT_REQUEST, request));
    return reference;
  }

  /** A case submitted with {@code body} (for a qualification with an online register), accepted and verified. */
  String verifiedCase(Map<String, Object> body) {
    String reference = submitCase(body);
    engine.getTaskService().complete(acceptance(reference).getId(), Map.of(
        VerificationProcess.VAR_ACCEPTANCE, VerificationProcess.ACCEPT,
        VerificationProcess.VAR_EMPLOYMENT_FINDING, VerificationProcess.EMPLOYMENT_CONFIRMED,
        VerificationProcess.VAR_ETA, VerificationFixtures.etaIn(10).toString()));
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .processDefinitionKey(VerificationProcess.PROCESS_ID).singleResult().getId();
    var management = engine.getManagementService();
    management.executeJob(management.createJobQuery().processInstanceId(instance)
        .activityId(VerificationProcess.TASK_QUERY_ISSUER_REGISTER).singleResult().getId());
    return reference;
  }

  // --- monitoring -------------------------------------------------------------------------------------------------

  /**
   * A listed qualification whose review a monitor confirmed NON_COMPLIANT: the rectification notice went to its
   * issuer, and the review waits for the issuer's report.
   */
  String reviewAwaitingRectification() {
    String code = listed();
    Response input = as.apply("monitor1").postJson("/api/monitoring/inputs", Map.of("qualificationCode", code,
        "technicalCompliance", "COMPLIANT", "holderOutcomes", "NONE", "certificatesInBeijing", 0,
        "issuerResponsive", true));
    assertThat(input.status()).as(input.toString()).isEqualTo(201);
    String review = engine.getRuntimeService().startProcessInstanceByKey(QualificationReviewProcess.PROCESS_ID,
        "TEST/" + code, Map.of(QualificationReviewProcess.VAR_QUALIFICATION_CODE, code)).getId();
    Task confirm = engine.getTaskService().createTaskQuery().processInstanceId(review)
        .taskDefinitionKey(QualificationReviewProcess.TASK_CONFIRM_ASSESSMENT).singleResult();
    engine.getTaskService().complete(confirm.getId(), Map.of(
        QualificationReviewProcess.VAR_CONFIRMED_ASSESSMENT, "NON_COMPLIANT",
        QualificationReviewProcess.FIELD_ISSUER_CONTACT_EMAIL, "registry@issuer.example.org"));
    return code;
  }

  private Task acceptance(String reference) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey(VerificationProcess.TASK_ACCEPT_CASE).singleResult();
  }
}
