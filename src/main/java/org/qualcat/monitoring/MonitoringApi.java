package org.qualcat.monitoring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.qualcat.monitoring.MonitoringViews.CycleView;
import org.qualcat.monitoring.MonitoringViews.RecordLine;
import org.qualcat.security.Access;
import org.qualcat.system.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Monitoring: cycles on request, what monitors know about qualifications, issuers' rectification reports. */
@RestController
@RequestMapping("/api/monitoring")
@Tag(name = "Monitoring", description = "Monitoring cycles, indicator inputs and rectification")
class MonitoringApi {

  private final MonitoringCycles cycles;
  private final MonitorActions monitors;
  private final MonitoringQueries queries;

  MonitoringApi(MonitoringCycles cycles, MonitorActions monitors, MonitoringQueries queries) {
    this.cycles = cycles;
    this.monitors = monitors;
    this.queries = queries;
  }

  @Schema(description = "The monitoring cycle started")
  record CycleReceipt(@Schema(description = "The cycle's reference", example = "MON-2026-03") String reference) {
  }

  @PostMapping("/cycles")
  @PreAuthorize(Access.MONITOR)
  @Operation(summary = "Start a monitoring cycle now (one review per listed qualification)")
  @ApiResponse(responseCode = "201", description = "Started: the cycle's reference (Location: "
      + "/api/monitoring/cycles/{reference})")
  @ApiResponse(responseCode = "409", description = "A monitoring cycle is still running.")
  ResponseEntity<CycleReceipt> startCycle(Authentication caller) {
    MonitoringCycle cycle = cycles.start(caller.getName());
    return ResponseEntity.created(URI.create("/api/monitoring/cycles/" + cycle.getReference()))
        .body(new CycleReceipt(cycle.getReference()));
  }

  @GetMapping("/cycles/{reference}")
  @PreAuthorize(Access.READ_MONITORING)
  @Operation(summary = "A cycle with its report and its reviews (monitors, secretariat, committee)")
  CycleView cycle(@Parameter(example = "MON-2026-03") @PathVariable String reference) {
    return queries.cycle(reference);
  }

  @Schema(description = "What a monitor knows about a listed qualification for the period")
  record InputRequest(
      @Schema(description = "The listed qualification's catalog code", example = "BJ-I-002")
      @NotBlank @Size(max = 32) @PlainText String qualificationCode,
      @Schema(description = TechnicalCompliance.MEANINGS, example = "COMPLIANT")
      @NotNull TechnicalCompliance technicalCompliance,
      @Schema(description = HolderOutcomes.MEANINGS, example = "SOME")
      @NotNull HolderOutcomes holderOutcomes,
      // the issuers' figure for the period and the monitors' finding; Qualcat's own cases never replace them
      @Schema(description = "Certificates the issuer issued to people working in Beijing in the period (the issuer's "
          + "figure)", example = "37")
      @Min(0) Integer certificatesInBeijing,
      @Schema(description = "Whether the issuer answered the bureau's requests in the period", example = "true")
      Boolean issuerResponsive,
      @Schema(description = "Where rectification notices to the issuer go", example = "compliance@garp.example")
      @Email @Size(max = 254) String issuerContactEmail,
      @Schema(description = "The monitor's note", example = "Figures from GARP's annual report to the bureau, "
          + "received 2026-01-12.")
      @Size(max = 2000) @PlainText(multiline = true) String note) {
  }

  @PostMapping("/inputs")
  @PreAuthorize(Access.MONITOR)
  @ResponseStatus(HttpStatus.CREATED)
  @ApiResponse(responseCode = "201", description = "Recorded (no body); the next review reads it")
  @Operation(summary = "Record what a monitor knows about a qualification; the next review reads the latest",
      description = "certificatesInBeijing is the issuers' figure: certificates the issuer issued to people working "
          + "in Beijing in the period. It and issuerResponsive decide the assessment with the other indicators; "
          + "Qualcat's own verification cases are shown beside them as demand on the platform and never replace them.")
  void input(@Valid @RequestBody InputRequest request, Authentication caller) {
    monitors.recordInput(request.qualificationCode(), request.technicalCompliance(), request.holderOutcomes(),
        request.certificatesInBeijing(), request.issuerResponsive(), request.issuerContactEmail(), request.note(),
        caller.getName());
  }

  @Schema(description = "The issuer's report on its rectification")
  record RectificationReport(@Schema(description = "What the issuer reports it has put right", example = "GARP "
      + "restored its online register on 2026-04-02 and answered all 14 open verification requests.")
      @NotBlank @Size(max = 4000) @PlainText(multiline = true) String report) {
  }

  @PostMapping("/reviews/{id}/rectification")
  @PreAuthorize(Access.MONITOR)
  @Operation(summary = "Record the issuer's rectification report; the review goes on to the re-check")
  @ApiResponse(responseCode = "200", description = "Recorded: the review as it now stands")
  @ApiResponse(responseCode = "409", description = "The review is not waiting for a rectification report.")
  RecordLine rectification(@Parameter(description = "The review's id (a cycle's reviews[].id)", example = "418")
      @PathVariable long id, @Valid @RequestBody RectificationReport request) {
    return RecordLine.of(monitors.rectificationReported(id, request.report().strip()));
  }
}
