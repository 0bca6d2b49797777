package org.qualcat.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.qualcat.system.InvalidInputException.FieldError;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.validation.BindingResult;

/**
 * Pages that take the same request as an API: the request checked with the same bean validation the API runs
 * ({@code @Valid}), and each problem shown beside its field as one sentence of the page's language.
 */
public final class PageForms {

  /** The kind of a problem a service found (an {@link InvalidInputException} without a code). */
  public static final String RULE = "rule";
  /** The kind of a choice that is not one of the choices offered. */
  public static final String CHOICE = "choice";

  private PageForms() {
  }

  /**
   * Checks {@code request} as the API's {@code @Valid} does; the problems (field, constraint name) are thrown at once,
   * by field, as an {@link InvalidInputException}.
   */
  public static <T> T validated(Validator validator, T request) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<T> violation : validator.validate(request)) {
      String path = violation.getPropertyPath().toString();
      String field = path.split("[.\\[]", 2)[0];
      errors.add(FieldError.coded(field,
          violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
          violation.getMessage()));
    }
    if (!errors.isEmpty()) {
      errors.sort(Comparator.comparing(FieldError::field));
      throw new InvalidInputException(errors);
    }
    return request;
  }

  /**
   * Shows each problem beside its field, in the sentence {@code prefix + field + "." + kind} (kind: the constraint,
   * {@link #RULE} or {@link #CHOICE}), else {@code prefix + field}, else the API's English; problems of no field of
   * the form are shown at its top.
   */
  public static void reject(BindingResult binding, String prefix, List<FieldError> errors) {
    BeanWrapperImpl form = new BeanWrapperImpl(binding.getTarget());
    errors.stream().map(FieldError::field).distinct().forEach(field -> {
      FieldError error = errors.stream().filter(e -> e.field().equals(field)).findFirst().orElseThrow();
      String kind = error.code() == null ? RULE : error.code();
      String[] codes = {prefix + field + "." + kind, prefix + field};
      if (form.isReadableProperty(field)) {
        binding.addError(new org.springframework.validation.FieldError(binding.getObjectName(), field,
            binding.getRawFieldValue(field), false, codes, error.arguments().toArray(), error.message()));
      } else {
        binding.reject(codes[0], error.arguments().toArray(), error.message());
      }
    });
  }

  /** One choice of an enum, as a form posts it; blank is null, anything else not offered is a problem. */
  public static <E extends Enum<E>> E choice(Class<E> type, String value, String field, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(FieldError.coded(field, CHOICE, "is not one of the choices"));
      return null;
    }
  }

  /** The boxes ticked of an enum's choices (none: an empty set). */
  public static <E extends Enum<E>> Set<E> choices(Class<E> type, List<String> values, String field,
      List<FieldError> errors) {
    Set<E> chosen = EnumSet.noneOf(type);
    if (values != null) {
      values.stream().map(v -> choice(type, v, field, errors)).filter(v -> v != null).forEach(chosen::add);
    }
    return chosen;
  }

  /** Blank is not given. */
  public static String given(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
