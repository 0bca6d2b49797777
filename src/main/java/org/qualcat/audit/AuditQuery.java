package org.qualcat.audit;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.qualcat.audit.AuditSearch.Filter;
import org.qualcat.process.BureauTime;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;

/**
 * A search of the audit trail as an administrator asks it (the API's parameters, the page's form): the same
 * filters, the same rules for their values, and the same record of the search in the trail itself.
 *
 * @param from a day in Beijing (from its start) or a time with its offset, inclusive
 * @param to   a day in Beijing (up to its end) or a time with its offset (up to the end of its second), inclusive
 */
record AuditQuery(String user, AuditAction action, AuditAction.Category category, String subject, String from,
    String to) {

  /** The filters a search may name (and its page and size). */
  static final Set<String> PARAMETERS = Set.of("user", "action", "category", "subject", "from", "to", "page", "size");
  /** The subject under which searches are recorded. */
  static final String SEARCHED = "audit";
  /**
   * Subjects that are Qualcat references, and user ids, may be named in the record of a search; other text (which an
   * administrator may type: a name, a document number) is not repeated.
   */
  private static final Pattern REFERENCE = Pattern.compile("(BJV|NOM|ADJ|EXIT|MON)-[0-9A-Z-]{1,32}\\*?");
  private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
  static final String TIME_FORMAT = "must be a date (2026-01-31, a Beijing day) or a time with its offset "
      + "(2026-01-31T09:30:00+08:00, 2026-01-31T01:30:00Z)";
  static final String TO_BEFORE_FROM = "must not be before from";

  AuditQuery {
    user = blankToNull(user);
    subject = blankToNull(subject);
    from = blankToNull(from);
    to = blankToNull(to);
  }

  /** The search's filter; refused with every field that is wrong, and {@code alsoWrong} found by the caller. */
  Filter filter(List<FieldError> alsoWrong) {
    List<FieldError> errors = new ArrayList<>(alsoWrong);
    Instant start = moment(from, "from", false, errors);
    Instant before = moment(to, "to", true, errors);
    if (start != null && before != null && !start.isBefore(before)) {
      errors.add(FieldError.coded("to", "audit.error.order", TO_BEFORE_FROM));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Filter(user, action, category, subject, start, before);
  }

  /** Whether any filter is set. */
  public boolean any() {
    return user != null || action != null || category != null || subject != null || from != null || to != null;
  }

  /**
   * A filter's moment: a day in Beijing (from its start; for {@code to}, up to its end) or a time with its offset,
   * compared to the second (for {@code to}, up to the end of its second). Whole seconds because MySQL Connector/J
   * with {@code sendFractionalSeconds=false}, which Camunda requires, stores and compares them so. Returns the start,
   * or for {@code to} the exclusive end.
   */
  private static Instant moment(String text, String field, boolean end, List<FieldError> errors) {
    if (text == null) {
      return null;
    }
    try {
      if (text.length() == 10) {
        LocalDate day = LocalDate.parse(text);
        return (end ? day.plusDays(1) : day).atStartOfDay(BureauTime.ZONE).toInstant();
      }
      Instant second = OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.SECONDS);
      return end ? second.plusSeconds(1) : second;
    } catch (DateTimeException e) {
      errors.add(FieldError.coded(field, "audit.error.time", TIME_FORMAT));
      return null;
    }
  }

  /** The search as the trail records it: which filters, with values where they are ids, names or references. */
  String describe(int page) {
    StringJoiner text = new StringJoiner(", ", "filters: ", "").setEmptyValue("no filters");
    if (user != null) {
      text.add("user=" + (USER_ID.matcher(user).matches() ? user : "(other text)"));
    }
    if (action != null) {
      text.add("action=" + action.name());
    }
    if (category != null) {
      text.add("category=" + category);
    }
    if (subject != null) {
      text.add("subject=" + (REFERENCE.matcher(subject).matches() ? subject : "(other text)"));
    }
    if (from != null) {
      text.add("from=" + from);
    }
    if (to != null) {
      text.add("to=" + to);
    }
    return text + "; page " + page;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
