package org.qualcat.nomination;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import org.qualcat.security.Access;
import org.qualcat.security.Roles;
import org.qualcat.system.PageView;
import org.qualcat.system.PlainText;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Nominations for the catalog: the secretariat and nominating authorities submit; staff follow the decision. */
@RestController
@RequestMapping("/api/nominations")
@Tag(name = "Nominations", description = "Proposals to include a qualification in the catalog")
class NominationApi {

  private final Nominations nominations;
  private final NominationQueries queries;

  NominationApi(Nominations nominations, NominationQueries queries) {
    this.nominations = nominations;
    this.queries = queries;
  }

  @Schema(name = "NominationReceipt", description = "The nomination's reference and where it stands")
  record Receipt(
      @Schema(description = "The nomination's reference", example = "NOM-2026-0007") String reference,
      @Schema(description = "SUBMITTED: waiting for the completeness check; AWAITING_SUPPLEMENT: the secretariat asked "
          + "for more; UNDER_REVIEW: before the experts and the committee; LISTED: in the draft edition; REJECTED; "
          + "WITHDRAWN: the supplement's deadline passed", example = "SUBMITTED") NominationStatus status) {
  }

  @PostMapping
  @PreAuthorize(Access.NOMINATE)
  @Operation(summary = "Nominate a qualification; refused when it is already listed or nominated")
  @ApiResponse(responseCode = "201", description = "Nominated: its reference (Location: /api/nominations/{reference})")
  @ApiResponse(responseCode = "409", description = "The qualification is already listed or already nominated.")
  ResponseEntity<Receipt> nominate(@Valid @RequestBody NominationRequest request, Authentication caller) {
    Nomination nomination = nominations.submit(request, caller.getName());
    return ResponseEntity.created(URI.create("/api/nominations/" + nomination.getReference()))
        .body(new Receipt(nomination.getReference(), nomination.getStatus()));
  }

  @GetMapping("/{reference}")
  @PreAuthorize(Access.READ_NOMINATIONS)
  @Operation(summary = "A nomination with its decision record (secretariat, committee; a nominator its own)")
  NominationView nomination(@Parameter(example = "NOM-2026-0007") @PathVariable String reference,
      Authentication caller) {
    return queries.view(reference, caller.getName(), Access.inAny(caller, Access.NOMINATION_OFFICERS));
  }

  @GetMapping
  @PreAuthorize(Access.READ_NOMINATIONS)
  @Operation(summary = "Nominations, newest first (secretariat, committee: all; a nominator its own); by status")
  PageView<NominationView> nominations(
      @Parameter(description = "Only these statuses (repeat the parameter for several)", example = "UNDER_REVIEW")
      @RequestParam(required = false) Set<NominationStatus> status,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size, Authentication caller) {
    Set<NominationStatus> wanted = status == null || status.isEmpty() ? EnumSet.allOf(NominationStatus.class) : status;
    return queries.page(wanted, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id")), caller.getName(),
        Access.inAny(caller, Access.NOMINATION_OFFICERS));
  }

  @Schema(name = "NominationSupplement", description = "What the secretariat asked for")
  record SupplementRequest(@Schema(description = "The information asked for, as text", example = "The CISI register "
      + "lists 412 holders working in Beijing; its public search is at the address in the notes.")
      @NotBlank @Size(max = 4000) @PlainText(multiline = true) String supplement) {
  }

  @PostMapping("/{reference}/supplements")
  @PreAuthorize(Access.NOMINATE)
  @Operation(summary = "Supply what the secretariat asked for; the nomination returns to its completeness check")
  @ApiResponse(responseCode = "200", description = "Supplied: the nomination is back at its completeness check")
  @ApiResponse(responseCode = "409", description = "The nomination is not waiting for a supplement.")
  Receipt supplement(@Parameter(example = "NOM-2026-0007") @PathVariable String reference,
      @Valid @RequestBody SupplementRequest request,
      Authentication caller) {
    Nomination nomination = nominations.provideSupplement(reference, request.supplement().strip(), caller.getName(),
        Roles.has(caller, Roles.SECRETARIAT));
    return new Receipt(nomination.getReference(), nomination.getStatus());
  }
}
