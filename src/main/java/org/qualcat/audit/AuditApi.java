package org.qualcat.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.qualcat.audit.AuditSearch.EntryView;
import org.qualcat.security.Access;
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

  private final AuditSearch search;
  private final AuditTrail audit;
  private final AuditActions actions;

  AuditApi(AuditSearch search, AuditTrail audit, AuditActions actions) {
    this.search = search;
    this.audit = audit;
    this.actions = actions;
  }

  @GetMapping
  @Operation(summary = "Search the audit trail, newest first (administrators)")
  PageView<EntryView> search(
      @Parameter(description = "the actor's user id, exactly", example = "verifier1")
      @RequestParam(required = false) @Size(max = 64) String user,
      @Parameter(description = "one kind of entry", example = "VERIFICATION_VERIFIED")
      @RequestParam(name = "action", required = false) String actionCode,
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
    AuditAction action = actions.parse("action", actionCode);
    List<FieldError> unknown = new ArrayList<>();
    for (String name : Collections.list(request.getParameterNames())) {
      if (!AuditQuery.PARAMETERS.contains(name)) {
        unknown.add(new FieldError(name, "is not a filter of the audit trail; use one of " + String.join(", ",
            AuditQuery.PARAMETERS.stream().sorted().toList())));
      }
    }
    AuditQuery query = new AuditQuery(user, action, category, subject, from, to);
    PageView<EntryView> found = search.search(query.filter(unknown), page, size);
    audit.access(AuditTrailActions.AUDIT_SEARCHED, AuditQuery.SEARCHED, query.describe(page));
    return found;
  }
}
