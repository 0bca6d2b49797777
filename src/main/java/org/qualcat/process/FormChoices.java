package org.qualcat.process;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The options of a form's choice (a select or a checklist) that a process adapter sets before a task, such as the
 * expert reviewers with their load. The Tasklist parses a variable into a list only when it is JSON (a type this
 * engine has no plugin for), so the options travel as one string, {@code value=label;value=label}, and the form
 * turns it into options with its {@code valuesExpression} ({@link #valuesExpression}).
 */
public final class FormChoices {

  private FormChoices() {
  }

  /** What a form's {@code valuesExpression} says for options in the string variable {@code variable}. */
  public static String valuesExpression(String variable) {
    return "=if " + variable + " = null or " + variable + " = \"\" then [] else for choice in split(" + variable
        + ", \";\") return {value: substring before(choice, \"=\"), label: substring after(choice, \"=\")}";
  }

  /** Values (ids, never containing "=" or ";") with their labels, in the order given. */
  public static String encode(Map<String, String> labelsByValue) {
    return labelsByValue.entrySet().stream()
        .map(option -> safe(option.getKey()) + "=" + safe(option.getValue()))
        .collect(Collectors.joining(";"));
  }

  /** The separators, were a name to contain one, become look-alikes that are not. */
  private static String safe(String text) {
    return text.replace(';', '；').replace('=', '＝');
  }
}
