package org.qualcat.adjustment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.qualcat.security.Access;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Adjustments of listed qualifications, requested by the secretariat and decided by the committee. */
@RestController
@RequestMapping("/api/adjustments")
@Tag(name = "Adjustments", description = "Moving a listed qualification between lists, changing its title mapping")
class AdjustmentApi {

  private final Adjustments adjustments;
  private final AdjustmentQueries queries;

  AdjustmentApi(Adjustments adjustments, AdjustmentQueries queries) {
    this.adjustments = adjustments;
    this.queries = queries;
  }

  @Schema(name = "AdjustmentReceipt", description = "The adjustment's reference and where it stands")
  record Receipt(
      @Schema(description = "The adjustment's reference", example = "ADJ-2026-0003") String reference,
      @Schema(description = "UNDER_REVIEW: before the experts and the committee; APPLIED: in the draft edition; "
          + "REJECTED", example = "UNDER_REVIEW") AdjustmentStatus status) {
  }

  @PostMapping
  @PreAuthorize(Access.REQUEST_ADJUSTMENT)
  @Operation(summary = "Request an adjustment of a listed qualification's lists or title/skill mapping")
  @ApiResponse(responseCode = "201", description = "Requested: its reference (Location: /api/adjustments/{reference})")
  @ApiResponse(responseCode = "409", description = "The qualification is not listed, or an adjustment of it is "
      + "already under review.")
  ResponseEntity<Receipt> request(@Valid @RequestBody AdjustmentCommand command, Authentication caller) {
    AdjustmentRequest adjustment = adjustments.request(command, caller.getName());
    return ResponseEntity.created(URI.create("/api/adjustments/" + adjustment.getReference()))
        .body(new Receipt(adjustment.getReference(), adjustment.getStatus()));
  }

  @GetMapping("/{reference}")
  @PreAuthorize(Access.READ_ADJUSTMENTS)
  @Operation(summary = "An adjustment with its decision record (secretariat, committee)")
  AdjustmentView adjustment(@Parameter(example = "ADJ-2026-0003") @PathVariable String reference) {
    return queries.view(reference);
  }
}
