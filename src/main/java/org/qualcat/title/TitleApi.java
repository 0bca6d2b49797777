package org.qualcat.title;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.qualcat.audit.AuditTrail;
import org.qualcat.security.Access;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Title applications (notice II): holders and HR staff apply on a verified result and follow; the title office reads. */
@RestController
@RequestMapping("/api/title-applications")
@Tag(name = "Title applications", description = "Beijing professional titles through the channels of notice II, on a "
    + "verified result")
class TitleApi {

  private static final String REFERENCE = "BJT-2026-000001";

  private final TitleApplications applications;
  private final TitleReaders readers;
  private final AuditTrail audit;

  TitleApi(TitleApplications applications, TitleReaders readers, AuditTrail audit) {
    this.applications = applications;
    this.readers = readers;
    this.audit = audit;
  }

  @PostMapping
  @PreAuthorize(Access.APPLY_FOR_TITLES)
  @Operation(summary = "Apply for a title on a verified result; 201 with the application's reference and route")
  @ApiResponse(responseCode = "201", description = "Applied (Location: /api/title-applications/{reference}); the "
      + "applicant is mailed, and again at each decision")
  @ApiResponse(responseCode = "400", description = "The result is not yours or not verified, does not show employment "
      + "in Beijing, its qualification is not on the title-eligible list of the edition in force, the catalog names no "
      + "channel for the title, or a title above the mapped level lacks the employer's support; nothing is kept")
  @ApiResponse(responseCode = "409", description = "An application for this title on this result is open.")
  ResponseEntity<TitleApplications.Applied> apply(@RequestBody NewTitleApplication request, Authentication caller) {
    if (!readers.of(caller).applies()) {
      throw new AccessDeniedException("HR staff apply for a registered employer they belong to");
    }
    TitleApplications.Applied applied = applications.apply(request, caller.getName());
    return ResponseEntity.created(URI.create("/api/title-applications/" + applied.reference())).body(applied);
  }

  @GetMapping
  @PreAuthorize(Access.READ_TITLES)
  @Operation(summary = "Your title applications (HR staff: your organisation's; the title office: the latest 200), "
      + "newest first")
  List<TitleView> list(Authentication caller) {
    return applications.list(readers.of(caller));
  }

  @GetMapping("/{reference}")
  @PreAuthorize(Access.READ_TITLES)
  @Operation(summary = "A title application: status, route, due date, exemptions, decision and timeline (404 for "
      + "anyone it is not for)")
  TitleView view(@Parameter(example = REFERENCE) @PathVariable String reference, Authentication caller) {
    TitleReader reader = readers.of(caller);
    TitleView view = applications.view(reference, reader);
    if (reader.isOfficer()) {
      audit.access(TitleAuditActions.TITLE_APPLICATION_VIEWED, view.reference(), "API");
    }
    return view;
  }

  @PostMapping("/{reference}/withdrawal")
  @PreAuthorize(Access.APPLY_FOR_TITLES)
  @Operation(summary = "Withdraw an open application (its applicant, or for an organisation's its HR staff)")
  @ApiResponse(responseCode = "200", description = "Withdrawn: the application as it now stands")
  @ApiResponse(responseCode = "409", description = "The application is already closed.")
  TitleView withdraw(@Parameter(example = REFERENCE) @PathVariable String reference, Authentication caller) {
    TitleReader reader = readers.of(caller);
    applications.withdraw(reference, reader);
    return applications.view(reference, reader);
  }
}
