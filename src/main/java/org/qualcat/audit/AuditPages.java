package org.qualcat.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qualcat.audit.AuditSearch.EntryView;
import org.qualcat.security.Access;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.PageView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The audit trail's page for administrators: the API's search ({@link AuditQuery}) as a form, its lines in words
 * (what happened, by whom, when in Beijing), a page at a time. Each search is recorded, as through the API.
 */
@Controller
@PreAuthorize(Access.READ_AUDIT)
class AuditPages {

  static final int PAGE_SIZE = 50;

  private final AuditSearch search;
  private final AuditTrail audit;
  private final AuditActions actions;
  private final MessageSource messages;

  AuditPages(AuditSearch search, AuditTrail audit, AuditActions actions, MessageSource messages) {
    this.search = search;
    this.audit = audit;
    this.actions = actions;
    this.messages = messages;
  }

  @GetMapping("/audit")
  String search(@RequestParam(required = false) String user,
      @RequestParam(name = "action", required = false) String actionCode,
      @RequestParam(required = false) AuditAction.Category category, @RequestParam(required = false) String subject,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") int page, Model model) {
    AuditQuery query = new AuditQuery(clip(user, 64), action(actionCode), category, clip(subject, 120),
        clip(from, 40), clip(to, 40));
    int shown = Math.max(0, Math.min(page, 10_000));
    model.addAttribute("query", query);
    model.addAttribute("actions", actions.all());
    model.addAttribute("categories", List.of(AuditAction.Category.values()));
    try {
      PageView<EntryView> found = search.search(query.filter(List.of()), shown, PAGE_SIZE);
      audit.access(AuditTrailActions.AUDIT_SEARCHED, AuditQuery.SEARCHED, query.describe(shown));
      model.addAttribute("entries", found);
    } catch (InvalidInputException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      e.getErrors().forEach(error -> errors.putIfAbsent(error.field(), say(error)));
      model.addAttribute("errors", errors);
    }
    return "audit/search";
  }

  private String say(FieldError error) {
    return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {error.code()},
        error.arguments().toArray(), error.message()), LocaleContextHolder.getLocale());
  }

  /** The action chosen; one no module contributes is a request the page cannot make: 400, as a wrong category. */
  private AuditAction action(String code) {
    try {
      return actions.parse("action", code);
    } catch (InvalidInputException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
    }
  }

  /** What a form field may carry at most (the API refuses longer values; the page searches with the start). */
  private static String clip(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
