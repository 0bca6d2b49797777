package org.qualcat.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qualcat.verification.VerificationFixtures.APPLICANT;
import static org.qualcat.verification.VerificationFixtures.document;
import static org.qualcat.verification.VerificationFixtures.newCase;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * docs/adr/0032: what the verifiers' forms show of a case is read from the case when a form opens and stored with
 * its process by nothing: not by the start, not by a submission that leaves the shown fields out (as the Tasklist
 * does), and a submission that sends one is refused.
 */
class FormViewsIT extends IntegrationTest {

  private static final List<String> VIEWS = List.of(VerificationProcess.VIEW_CERTIFICATE_NUMBER,
      VerificationProcess.VIEW_CERTIFICATE_ISSUED_ON, VerificationProcess.VIEW_EMPLOYER_NAME,
      VerificationProcess.VIEW_EMPLOYER_REGION_LABEL, VerificationProcess.VIEW_CHECK_CHANNEL_LABEL,
      VerificationProcess.VIEW_APPLICATION_MATERIALS);

  @Autowired
  ApplicationMaterials materials;
  @Autowired
  VerificationCases cases;
  @Autowired
  Catalog catalog;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  FormService forms;

  @Test
  void theFormShowsTheCaseAndNeitherTheStartNorASubmissionStoresIt() {
    String code = new VerificationFixtures(catalog, transaction).listed(VerificationChannel.EMAIL);
    String reference = cases.submit(VerificationFixtures.withMaterials(materials,
        newCase(code, "CERT-VIEW-1", document()), APPLICANT), APPLICANT).reference();
    Task accept = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
        .taskDefinitionKey(VerificationProcess.TASK_ACCEPT_CASE).singleResult();
    assertThat(stored(accept)).as("the start stores none of it").doesNotContainAnyElementsOf(VIEWS);

    VariableMap shown = forms.getTaskFormVariables(accept.getId());
    assertThat(shown.getValue(VerificationProcess.VIEW_CERTIFICATE_NUMBER, String.class)).isEqualTo("CERT-VIEW-1");
    assertThat(shown.getValue(VerificationProcess.VIEW_CERTIFICATE_ISSUED_ON, String.class)).matches("\\d{4}-\\d\\d-\\d\\d");
    assertThat(shown.getValue(VerificationProcess.VIEW_EMPLOYER_REGION_LABEL, String.class)).isEqualTo("北京 / Beijing");
    assertThat(shown.getValue(VerificationProcess.VIEW_CHECK_CHANNEL_LABEL, String.class)).contains(" / ");
    assertThat(shown.getValue(VerificationProcess.VIEW_APPLICATION_MATERIALS, String.class))
        .contains("/verification/cases/" + reference + "/materials/");
    assertThat(stored(accept)).as("reading the form stores none of it").doesNotContainAnyElementsOf(VIEWS);

    assertThatThrownBy(() -> forms.submitTaskForm(accept.getId(), Map.of(VerificationProcess.VAR_ACCEPTANCE,
        VerificationProcess.REQUEST_SUPPLEMENT, VerificationProcess.VAR_SUPPLEMENT_REQUEST, "Sign the contract.",
        VerificationProcess.VIEW_CERTIFICATE_NUMBER, "FORGED-1")))
        .as("what the form shows of the case cannot be sent back").hasMessageContaining("readonly");
    processEngine.getTaskService().claim(accept.getId(), "verifier1");
    var refused = as("verifier1").postJson("/engine-rest/task/" + accept.getId() + "/submit-form", Map.of("variables",
        Map.of(VerificationProcess.VAR_ACCEPTANCE, Map.of("value", VerificationProcess.REQUEST_SUPPLEMENT),
            VerificationProcess.VAR_SUPPLEMENT_REQUEST, Map.of("value", "Sign the contract."),
            VerificationProcess.VIEW_EMPLOYER_NAME, Map.of("value", "Another employer"))));
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).as("one plain sentence, in Chinese, then in English")
        .contains("由案件提供，不能在表单中修改", "is shown from the case and cannot be changed on the form")
        .doesNotContain("readonly", "ENGINE-");
    assertThat(processEngine.getTaskService().createTaskQuery().taskId(accept.getId()).count()).isOne();

    forms.submitTaskForm(accept.getId(), Map.of(VerificationProcess.VAR_ACCEPTANCE,
        VerificationProcess.REQUEST_SUPPLEMENT, VerificationProcess.VAR_SUPPLEMENT_REQUEST, "Sign the contract."));
    assertThat(stored(accept)).as("a submission without them stores none of them either")
        .contains(VerificationProcess.VAR_SUPPLEMENT_REQUEST).doesNotContainAnyElementsOf(VIEWS);
  }

  private List<String> stored(Task task) {
    return processEngine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(task.getProcessInstanceId()).list().stream().map(v -> v.getName()).toList();
  }
}
