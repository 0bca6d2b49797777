package org.qualcat.verification;

import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.qualcat.process.ShownFormField;
import org.springframework.stereotype.Component;

/**
 * What the verifiers' forms show of a case besides the process's few variables (docs/adr/0032): the certificate, the
 * employer, how the issuer is reached and the materials, read from the case each time a form opens. The model's user
 * tasks declare them as form fields whose default value calls a method here
 * ({@code ${verificationFormViews.certificateNumber(execution)}}); the engine evaluates those when a task's form
 * variables are read (the Tasklist's {@code form-variables}), so no case carries copies of its file, and a corrected
 * certificate shows on the next form at once. The fields are of type {@code shown} ({@link ShownFormField}): never
 * stored, never taken from a submission. The case is read only while a form opens, not each time the engine
 * evaluates the fields for another reason (a submission, a form's metadata). Public, as the engine's expression
 * language only calls methods of public classes.
 */
@Component("verificationFormViews")
public class VerificationFormViews {

  private final VerificationCaseRepository cases;
  private final ApplicationMaterials materials;
  private final FormWords words;

  VerificationFormViews(VerificationCaseRepository cases, ApplicationMaterials materials, FormWords words) {
    this.cases = cases;
    this.materials = materials;
    this.words = words;
  }

  public String certificateNumber(DelegateExecution execution) {
    return view(execution, VerificationCase::getCertificateNumber);
  }

  public String certificateIssuedOn(DelegateExecution execution) {
    return view(execution, c -> c.getCertificateIssuedOn().format(DateTimeFormatter.ISO_LOCAL_DATE));
  }

  public String employerName(DelegateExecution execution) {
    return view(execution, VerificationCase::getEmployerName);
  }

  public String employerRegionLabel(DelegateExecution execution) {
    return view(execution, c -> words.region(c.getEmployerRegion()));
  }

  public String checkChannelLabel(DelegateExecution execution) {
    return view(execution, c -> words.channel(c.getCheckChannel()));
  }

  public String applicationMaterials(DelegateExecution execution) {
    return view(execution, materials::linksFor);
  }

  /** What {@code shown} gives of the process's case (its business key is the reference) while a form opens. */
  private String view(DelegateExecution execution, Function<VerificationCase, String> shown) {
    return ShownFormField.formOpening() ? shown.apply(cases.getByReference(execution.getProcessBusinessKey())) : null;
  }
}
