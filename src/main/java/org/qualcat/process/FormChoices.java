package org.qualcat.process;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The options of a form's choice (a select or a checklist) that a process adapter sets before a task, such as the
 * expert reviewers with their load. The Tasklist parses a variable into a list only when it is JSON (a type this
 * engine has no plugin for), so the options travel as one string, {@code value=label;value=label}, and the form
 * turns it into options with its {@code valuesExpression}, {@link #VALUES_EXPRESSION} for a variable named
 * {@code expertChoices}.
 */
public final class FormChoices {

  /** What a form's {@code valuesExpression} says for options in the variable {@code expertChoices}. */
  public static final String VALUES_EXPRESSION = "=if expertChoices = null or expertChoices = \"\" then [] else "
      + "for choice in split(expertChoices, \";\") return "
      + "{value: substring before(choice, \"=\"), label: substring after(choice, \"=\")}";

  private FormChoices() {
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
