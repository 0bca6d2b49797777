package org.qualcat.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.stream.Collectors;
import org.qualcat.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reading what a person entered on a task's form, with the checks a form cannot make on its own. A failed check
 * throws {@link InvalidInputException} naming the field and the {@link Refusal}: the completion rolls back, the task
 * stays open, and Tasklist (or the REST caller, with 400) shows its sentence in Chinese and English.
 *
 * <p>{@link #clear} declares a form's fields, empty, in the scope the task runs in. Form values then land in that
 * scope whether the task is completed through Tasklist ({@code submit-form}) or the task API ({@code complete}),
 * parallel tasks (one per expert) do not share them, and a task that comes round again starts with an empty form.
 */
public final class FormFields {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormFields() {
  }

  public static void clear(VariableScope scope, String... fields) {
    for (String field : fields) {
      scope.setVariableLocal(field, null);
    }
  }

  /** Text the person entered, stripped; null when optional and empty. */
  public static String text(VariableScope scope, String field, boolean required, int maxLength) {
    Object value = scope.getVariable(field);
    String text = value == null ? "" : value.toString().strip();
    if (text.isEmpty()) {
      if (required) {
        throw Refusal.REQUIRED.invalid(field, "is required");
      }
      return null;
    }
    if (text.length() > maxLength) {
      throw Refusal.TOO_LONG.invalid(field, "is " + text.length() + " characters long; at most " + maxLength
          + " are allowed", text.length(), maxLength);
    }
    return text;
  }

  /**
   * The values of a multiple choice (a checklist): a list, or the JSON array the Tasklist sends for it, or (from an
   * API caller) values separated by commas, semicolons or spaces. Blank values are dropped; none gives an empty list.
   */
  public static List<String> list(VariableScope scope, String field) {
    Object value = scope.getVariable(field);
    if (value instanceof Collection<?> values) {
      return stripped(values.stream().map(v -> v == null ? null : v.toString()));
    }
    String text = value == null ? "" : value.toString().strip();
    if (text.startsWith("[")) {
      try {
        return stripped(JSON.readValue(text, new TypeReference<List<String>>() { }).stream());
      } catch (JsonProcessingException e) {
        throw Refusal.LIST_OF_CHOICES.invalid(field, "must be a list of choices");
      }
    }
    return stripped(Arrays.stream(text.split("[,;\\s]+")));
  }

  private static List<String> stripped(Stream<String> values) {
    return values.filter(Objects::nonNull).map(String::strip).filter(v -> !v.isEmpty()).toList();
  }

  /** A whole number between {@code min} and {@code max}. */
  public static int number(VariableScope scope, String field, int min, int max) {
    Object value = scope.getVariable(field);
    long number;
    if (value instanceof Number n) {
      if (n.doubleValue() != Math.rint(n.doubleValue())) {
        throw Refusal.WHOLE_NUMBER.invalid(field, "must be a whole number");
      }
      number = n.longValue();
    } else if (value instanceof String s && s.strip().matches("-?\\d{1,9}")) {
      number = Long.parseLong(s.strip());
    } else {
      throw Refusal.NUMBER_REQUIRED.invalid(field, "is required: a whole number from " + min + " to " + max, min,
          max);
    }
    if (number < min || number > max) {
      throw Refusal.RANGE.invalid(field, "must be from " + min + " to " + max, min, max);
    }
    return (int) number;
  }

  /** One of an enum's values (case-insensitive). */
  public static <E extends Enum<E>> E choice(VariableScope scope, String field, Class<E> type) {
    Object value = scope.getVariable(field);
    if (value != null) {
      String name = value.toString().strip().toUpperCase(Locale.ROOT);
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(name)) {
          return constant;
        }
      }
    }
    throw Refusal.CHOICE.invalid(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", ")));
  }
}
