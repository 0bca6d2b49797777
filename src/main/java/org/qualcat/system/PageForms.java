package org.qualcat.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.qualcat.system.InvalidInputException.FieldError;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

/**
 * The one way pages show refused input. Pages take the same request as an API: the request checked with the same
 * bean validation the API runs ({@code @Valid}), the form's texts read into choices, dates and counts, and each
 * problem shown beside its field (the form's {@link BindingResult}) as one sentence of the page's language.
 */
public final class PageForms {

  /** The kind of a problem a service found (an {@link InvalidInputException} without a code). */
  public static final String RULE = "rule";
  /** The kind of a choice that is not one of the choices offered. */
  public static final String CHOICE = "choice";
  /** The kind of a date that is not one (YYYY-MM-DD). */
  public static final String DATE = "date";
  /** The kind of a count that is not a whole number. */
  public static final String NUMBER = "number";

  private PageForms() {
  }

  /**
   * Checks {@code request} as the API's {@code @Valid} does; the problems (field, constraint name) are thrown at once,
   * by field, as an {@link InvalidInputException}.
   */
  public static <T> T validated(Validator validator, T request) {
    List<FieldError> errors = problems(validator, request);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return request;
  }

  /** The problems the API's {@code @Valid} finds in {@code request} (field, constraint name), by field. */
  public static List<FieldError> problems(Validator validator, Object request) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<Object> violation : validator.validate(request)) {
      String path = violation.getPropertyPath().toString();
      String field = path.split("[.\\[]", 2)[0];
      errors.add(FieldError.coded(field,
          violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
          violation.getMessage()));
    }
    errors.sort(Comparator.comparing(FieldError::field));
    return errors;
  }

  /**
   * Shows each field's first problem beside it, in the sentence {@code prefix + field + "." + kind} (kind: the
   * constraint, {@link #RULE}, {@link #CHOICE}, {@link #DATE}, {@link #NUMBER} or the service's code), else
   * {@code prefix + kind} (one sentence for that kind on any field), else {@code prefix + field}, else the API's
   * English; problems of no field of the form are shown at its top.
   */
  public static void reject(BindingResult binding, String prefix, List<FieldError> errors) {
    BeanWrapperImpl form = new BeanWrapperImpl(binding.getTarget());
    errors.stream().map(FieldError::field).distinct().forEach(field -> {
      FieldError error = errors.stream().filter(e -> e.field().equals(field)).findFirst().orElseThrow();
      String kind = error.code() == null ? RULE : error.code();
      String[] codes = {prefix + field + "." + kind, prefix + kind, prefix + field};
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
    return parsed(value, v -> Enum.valueOf(type, v.toUpperCase(Locale.ROOT)), field, CHOICE,
        "is not one of the choices", errors);
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

  /** A date typed into a form: blank is none; anything not a date (YYYY-MM-DD) is a problem. */
  public static LocalDate date(String value, String field, List<FieldError> errors) {
    return parsed(value, LocalDate::parse, field, DATE, "must be a date (YYYY-MM-DD)", errors);
  }

  /** A count typed into a number field: blank is not known; anything but a whole number is a problem. */
  public static Integer count(String value, String field, List<FieldError> errors) {
    return parsed(value, Integer::valueOf, field, NUMBER, "must be a whole number", errors);
  }

  /** A text read as {@code parse} reads it (stripped): blank is null; what it refuses is a problem of {@code kind}. */
  private static <T> T parsed(String value, Function<String, T> parse, String field, String kind, String message,
      List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return parse.apply(value.strip());
    } catch (IllegalArgumentException | DateTimeParseException e) {
      errors.add(FieldError.coded(field, kind, message));
      return null;
    }
  }

  /** A sentence about the whole form (a refusal, a notice), in the reader's language. */
  public static String sentence(MessageSource messages, String key, Object... arguments) {
    return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
  }

  /** Blank is not given. */
  public static String given(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
