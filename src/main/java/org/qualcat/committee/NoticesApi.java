package org.qualcat.committee;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.qualcat.system.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public notice of the committee's approvals: anyone may read what is under notice; any signed-in user may
 * lodge an objection, which returns the matter to the committee.
 */
@RestController
@RequestMapping("/api/catalog/notices")
@Tag(name = "Public notices", description = "Approvals under public notice, and objections to them")
class NoticesApi {

  private final CommitteeQueries queries;
  private final PublicNotices notices;

  NoticesApi(CommitteeQueries queries, PublicNotices notices) {
    this.queries = queries;
    this.notices = notices;
  }

  @GetMapping
  @Operation(summary = "Matters under public notice, the earliest to end first (anonymous)")
  List<NoticeView> notices() {
    return queries.notices();
  }

  @Schema(description = "An objection to a matter under public notice")
  record ObjectionRequest(@Schema(description = "Why the decision should be reconsidered", example = "The issuer's "
      + "register has not listed new holders since 2025; the certificates cannot be verified as the notice claims.")
      @NotBlank @Size(max = 4000) @PlainText(multiline = true) String grounds) {
  }

  @Schema(description = "The objection, received: the matter returns to the committee")
  record ObjectionReceipt(
      @Schema(description = "The matter objected to", example = "NOM-2026-0007") String reference,
      @Schema(description = "When it was lodged", example = "2026-05-11T02:30:00Z") Instant lodgedAt) {
  }

  @PostMapping("/{reference}/objections")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Lodge an objection to a matter under public notice (signed in)")
  @ApiResponse(responseCode = "202", description = "Lodged: the committee takes the matter up again")
  @ApiResponse(responseCode = "409", description = "The matter is not (or no longer) under public notice.")
  ObjectionReceipt object(@Parameter(description = "The matter's reference (a nomination, adjustment or exit)",
      example = "NOM-2026-0007") @PathVariable String reference, @Valid @RequestBody ObjectionRequest request,
      Authentication caller) {
    Objection objection = notices.object(reference, request.grounds().strip(), caller.getName());
    return new ObjectionReceipt(reference, objection.getLodgedAt());
  }
}
