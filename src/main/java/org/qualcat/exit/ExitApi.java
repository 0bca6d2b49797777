package org.qualcat.exit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.qualcat.exit.ExitQueries.ExitView;
import org.qualcat.security.Access;
import org.qualcat.system.PlainText;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Exit cases: a monitor flags a qualification for removal; staff follow the committee's decision. */
@RestController
@RequestMapping("/api/exits")
@Tag(name = "Exits", description = "Removing a qualification from the catalog")
class ExitApi {

  private final Exits exits;
  private final ExitQueries queries;

  ExitApi(Exits exits, ExitQueries queries) {
    this.exits = exits;
    this.queries = queries;
  }

  @Schema(description = "A listed qualification flagged for removal, and why")
  record FlagRequest(
      @Schema(description = "The listed qualification's catalog code", example = "BJ-I-028")
      @NotBlank @Size(max = 32) @PlainText String qualificationCode,
      @Schema(description = "Why it should leave the catalog (notice V)", example = "The issuer stopped answering "
          + "verification requests in 2026 and no holder in Beijing has been verified for two cycles.")
      @NotBlank @Size(max = 4000) @PlainText(multiline = true) String grounds) {
  }

  @Schema(name = "ExitReceipt", description = "The exit case's reference and where it stands")
  record Receipt(
      @Schema(description = "The exit case's reference", example = "EXIT-2026-0002") String reference,
      @Schema(description = "UNDER_REVIEW: before the committee; REMOVAL_DECIDED: the draft edition removes "
          + "it; REMOVED: that edition is published; OVERTURNED: the finding was overturned, it stays listed",
          example = "UNDER_REVIEW") ExitStatus status) {
  }

  @PostMapping
  @PreAuthorize(Access.MONITOR)
  @Operation(summary = "Flag a listed qualification for removal (message QualificationFlagged)")
  @ApiResponse(responseCode = "201", description = "Flagged: the exit case's reference (Location: "
      + "/api/exits/{reference})")
  @ApiResponse(responseCode = "409", description = "The qualification is not listed, or its removal is already before "
      + "the committee.")
  ResponseEntity<Receipt> flag(@Valid @RequestBody FlagRequest request, Authentication caller) {
    ExitCase exit = exits.flag(request.qualificationCode().strip(), request.grounds().strip(), caller.getName());
    return ResponseEntity.created(URI.create("/api/exits/" + exit.getReference()))
        .body(new Receipt(exit.getReference(), exit.getStatus()));
  }

  @GetMapping("/{reference}")
  @PreAuthorize(Access.READ_EXITS)
  @Operation(summary = "An exit case with its decision record (secretariat, committee, monitors)")
  ExitView exit(@Parameter(example = "EXIT-2026-0002") @PathVariable String reference) {
    return queries.view(reference);
  }
}
