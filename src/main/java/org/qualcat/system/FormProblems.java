package org.qualcat.system;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qualcat.system.InvalidInputException.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * What is wrong with a form a page posts, as the API would say it, turned into one plain sentence per field in the
 * reader's language: the page builds the API's own request (so the API's constraints apply), and each field's first
 * problem is said by the message {@code <prefix>.problem.<field>.<constraint>} or {@code <prefix>.problem.<field>},
 * or in the API's English when neither exists.
 */
@Component
public class FormProblems {

  private final Validator validator;
  private final MessageSource messages;

  FormProblems(Validator validator, MessageSource messages) {
    this.validator = validator;
    this.messages = messages;
  }

  /** The request's bean-validation problems, by field, each coded after its constraint ({@code validation.Size}). */
  public List<FieldError> check(Object request) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<Object> violation : validator.validate(request)) {
      String code = "validation." + violation.getConstraintDescriptor().getAnnotation().annotationType()
          .getSimpleName();
      errors.add(FieldError.coded(violation.getPropertyPath().toString(), code, violation.getMessage()));
    }
    errors.sort((a, b) -> a.field().compareTo(b.field()));
    return errors;
  }

  /** One sentence per field (its first problem), in the order given. */
  public Map<String, String> sentences(String prefix, List<FieldError> errors) {
    Locale locale = LocaleContextHolder.getLocale();
    Map<String, String> sentences = new LinkedHashMap<>();
    for (FieldError error : errors) {
      String key = prefix + ".problem." + error.field();
      String constraint = error.code() == null ? "" : error.code().substring(error.code().lastIndexOf('.') + 1);
      sentences.putIfAbsent(error.field(), messages.getMessage(new DefaultMessageSourceResolvable(
          new String[] {key + "." + constraint, key}, error.arguments().toArray(), error.message()), locale));
    }
    return sentences;
  }

  /** A refusal of the whole form, in the reader's language. */
  public String sentence(String key, Object... arguments) {
    return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
  }
}
