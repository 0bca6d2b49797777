package org.qualcat.system;

import org.qualcat.system.InvalidInputException.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * What a page says when a rule refuses what someone typed, in the reader's language: a field by its label (message
 * {@code <labels><field>}), the problem by its code ({@code <code>.<field>}, then {@code <code>}), and the API's
 * English only where no sentence is written; a conflict by its code with its arguments. One place for every feature's
 * pages, so that a refusal reads the same everywhere.
 */
@Component
public class PageWords {

  private final MessageSource messages;

  PageWords(MessageSource messages) {
    this.messages = messages;
  }

  /** "Label: problem", the label looked up under {@code labels} (e.g. {@code "verification.field."}). */
  public String field(FieldError error, String labels) {
    return label(labels, error.field()) + ": " + problem(error, error.field());
  }

  /** The label of {@code field} under {@code labels}; the field's name when none is written. */
  public String label(String labels, String field) {
    return messages.getMessage(labels + field, null, field, LocaleContextHolder.getLocale());
  }

  /** The problem of {@code error}, said of {@code field} where a sentence for that field is written. */
  public String problem(FieldError error, String field) {
    if (error.code() == null) {
      return error.message();
    }
    return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {error.code() + "." + field,
        error.code()}, error.arguments().toArray(), error.message()), LocaleContextHolder.getLocale());
  }

  /** A conflict with the matter, by its code; the API's English where none is written. */
  public String conflict(ConflictException e) {
    return e.getCode() == null ? e.getMessage()
        : messages.getMessage(e.getCode(), e.getArguments(), e.getMessage(), LocaleContextHolder.getLocale());
  }
}
