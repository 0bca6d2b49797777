package org.qualcat.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.qualcat.audit.AuditSearch.EntryView;
import org.qualcat.audit.AuditSearch.Filter;
import org.qualcat.process.BureauTime;
import org.qualcat.security.Access;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.PageView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for administrators: who did what and when, filtered by user, action or category, subject and
 * time. Camunda's own audit views are Enterprise-only; this one covers Qualcat's decisions, case views, exports and
 * sign-ins. Each search is itself recorded.
 */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize(Access.READ_AUDIT)
@Tag(name = "Audit trail", description = "Who did what and when (administrators)")
class AuditApi {

  static final Set<String> FILTERS = Set.of("user", "action", "category", "subject", "from", "to", "page", "size");
  static final String SEARCHED = "audit";
  /**
   * Subjects that are Qualcat references, and user ids, may be named in the record of a search; other text (which an
   * administrator may type: a name, a document number) is not repeated.
   */
  private static final Pattern REFERENCE = Pattern.compile("(BJV|NOM|ADJ|EXIT|MON)-[0-9A-Z-]{1,32}\\*?");
  private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
  private static final String TIME_FORMAT = "must be a date (2026-01-31, a Beijing day) or a time with its offset "
      + "(2026-01-31T09:30:00+08:00, 2026-01-31T01:30:00Z)";

  private final AuditSearch search;
  private final AuditTrail audit;

  AuditApi(AuditSearch search, AuditTrail audit) {
    this.search = search;
    this.audit = audit;
  }

  @GetMapping
  @Operation(summary = "Search the audit trail, newest first (administrators)")
  PageView<EntryView> search(
      @Parameter(description = "the actor's user id, exactly", example = "verifier1")
      @RequestParam(required = false) @Size(max = 64) String user,
      @Parameter(description = "one kind of entry", example = "VERIFICATION_VERIFIED")
      @RequestParam(required = false) AuditAction action,
      @Parameter(description = "DECISION: decisions taken; VIEW: staff reading a case, searches; EXPORT: results "
          + "printed or downloaded, materials downloaded; SIGN_IN: sign-ins, failures, sign-outs", example = "DECISION")
      @RequestParam(required = false) AuditAction.Category category,
      @Parameter(description = "a reference or code, exactly, or its beginning followed by *", example = "BJV-2026-*")
      @RequestParam(required = false) @Size(max = 120) String subject,
      @Parameter(description = "from this day (Beijing) or moment on, inclusive", example = "2026-11-01")
      @RequestParam(required = false) String from,
      @Parameter(description = "up to this day (Beijing, the whole day) or moment (its whole second), inclusive",
          example = "2026-11-30T18:00:00+08:00")
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
      HttpServletRequest request) {
    List<FieldError> errors = new ArrayList<>();
    for (String name : Collections.list(request.getParameterNames())) {
      if (!FILTERS.contains(name)) {
        errors.add(new FieldError(name, "is not a filter of the audit trail; use one of " + String.join(", ",
            FILTERS.stream().sorted().toList())));
      }
    }
    Instant start = moment(from, "from", false, errors);
    Instant before = moment(to, "to", true, errors);
    if (start != null && before != null && !start.isBefore(before)) {
      errors.add(new FieldError("to", "must not be before from"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Filter filter = new Filter(blankToNull(user), action, category, blankToNull(subject), start, before);
    PageView<EntryView> found = search.search(filter, page, size);
    audit.access(AuditAction.AUDIT_SEARCHED, SEARCHED, describe(filter, from, to, page));
    return found;
  }

  /**
   * A filter's moment: a day in Beijing (from its start; for {@code to}, up to its end) or a time with its offset,
   * compared to the second (for {@code to}, up to the end of its second). Whole seconds because MySQL Connector/J
   * with {@code sendFractionalSeconds=false}, which Camunda requires, stores and compares them so. Returns the start,
   * or for {@code to} the exclusive end.
   */
  private static Instant moment(String value, String field, boolean end, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    try {
      if (text.length() == 10) {
        LocalDate day = LocalDate.parse(text);
        return (end ? day.plusDays(1) : day).atStartOfDay(BureauTime.ZONE).toInstant();
      }
      Instant second = OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.SECONDS);
      return end ? second.plusSeconds(1) : second;
    } catch (DateTimeException e) {
      errors.add(new FieldError(field, TIME_FORMAT));
      return null;
    }
  }

  /** The search as the trail records it: which filters, with values where they are ids, names or references. */
  private static String describe(Filter filter, String from, String to, int page) {
    StringJoiner text = new StringJoiner(", ", "filters: ", "").setEmptyValue("no filters");
    if (filter.user() != null) {
      text.add("user=" + (USER_ID.matcher(filter.user()).matches() ? filter.user() : "(other text)"));
    }
    if (filter.action() != null) {
      text.add("action=" + filter.action());
    }
    if (filter.category() != null) {
      text.add("category=" + filter.category());
    }
    if (filter.subject() != null) {
      text.add("subject=" + (REFERENCE.matcher(filter.subject()).matches() ? filter.subject() : "(other text)"));
    }
    if (filter.from() != null) {
      text.add("from=" + from.strip());
    }
    if (filter.before() != null) {
      text.add("to=" + to.strip());
    }
    return text + "; page " + page;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
