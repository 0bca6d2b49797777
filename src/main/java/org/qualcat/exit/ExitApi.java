package org.qualcat.exit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.qualcat.committee.CommitteeReviews;
import org.qualcat.committee.ReviewRecordView;
import org.qualcat.process.ProcessProgress;
import org.qualcat.security.Access;
import org.qualcat.system.PlainText;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
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
  private final CommitteeReviews committee;
  private final ProcessProgress progress;

  ExitApi(Exits exits, CommitteeReviews committee, ProcessProgress progress) {
    this.exits = exits;
    this.committee = committee;
    this.progress = progress;
  }

  record FlagRequest(@NotBlank @Size(max = 32) @PlainText String qualificationCode,
      @NotBlank @Size(max = 4000) @PlainText(multiline = true) String grounds) {
  }

  record Receipt(String reference, ExitStatus status) {
  }

  record ExitView(String reference, ExitStatus status, List<String> currentSteps, String qualificationCode,
      String grounds, ExitOrigin origin, String flaggedBy, Instant openedAt, Instant closedAt, Integer casesEnded,
      ReviewRecordView review) {
  }

  @PostMapping
  @PreAuthorize(Access.MONITOR)
  @Operation(summary = "Flag a listed qualification for removal (message QualificationFlagged)")
  ResponseEntity<Receipt> flag(@Valid @RequestBody FlagRequest request, Authentication caller) {
    ExitCase exit = exits.flag(request.qualificationCode().strip(), request.grounds().strip(), caller.getName());
    return ResponseEntity.created(URI.create("/api/exits/" + exit.getReference()))
        .body(new Receipt(exit.getReference(), exit.getStatus()));
  }

  @GetMapping("/{reference}")
  @PreAuthorize(Access.READ_EXITS)
  @Transactional(readOnly = true)
  @Operation(summary = "An exit case with its decision record (secretariat, committee, monitors)")
  ExitView exit(@PathVariable String reference) {
    ExitCase e = exits.byReference(reference);
    return new ExitView(e.getReference(), e.getStatus(), progress.currentSteps(reference), e.getQualificationCode(),
        e.getGrounds(), e.getOrigin(), e.getFlaggedBy(), e.getOpenedAt(), e.getClosedAt(), e.getCasesEnded(),
        committee.record(reference, true).orElse(null));
  }
}
