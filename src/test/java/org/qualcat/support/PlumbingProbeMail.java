package org.qualcat.support;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.qualcat.notification.Notifications;
import org.springframework.boot.test.context.TestComponent;

/**
 * The service behind the test-only model {@code plumbing-probe}: mails the {@code recipient} variable through
 * {@link Notifications}, then fails if {@code failAfterMail} is set, to prove that a rolled-back step sends nothing.
 */
@TestComponent("plumbingProbeMail")
public class PlumbingProbeMail {

  private final Notifications notifications;

  PlumbingProbeMail(Notifications notifications) {
    this.notifications = notifications;
  }

  public void send(DelegateExecution execution, String template) {
    String reference = execution.getBusinessKey();
    notifications.send(template, List.of((String) execution.getVariable("recipient")),
        Map.of("reference", reference), reference);
    if (Boolean.TRUE.equals(execution.getVariable("failAfterMail"))) {
      throw new IllegalStateException("probe failure after the mail was recorded");
    }
  }
}
