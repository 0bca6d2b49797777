package org.qualcat.verification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.qualcat.security.Access;
import org.qualcat.system.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Employers' bulk submissions: a sheet of employees' certificates, then the files its rows name, then one case per
 * row in the background. HR staff of a registered employer only; another organisation's submission answers 404.
 */
@RestController
@RequestMapping("/api/bulk-submissions")
@Tag(name = "Bulk submissions", description = "Employers submit many verification cases at once")
class BulkApi {

  private static final String REFERENCE = "BJB-2026-000007";

  private final BulkSubmissions bulk;
  private final Callers callers;

  BulkApi(BulkSubmissions bulk, Callers callers) {
    this.bulk = bulk;
    this.callers = callers;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(Access.SUBMIT_BULK)
  @Operation(summary = "Upload a sheet (part \"file\": CSV in UTF-8 or XLSX; header row qualificationCode, "
      + "certificateNumber, certificateIssuedOn, holderName, holderNationality, holderDocumentNumber, certificateCopy, "
      + "employmentProof; the last two name the files to upload next). Every row is checked as a case is; any bad row "
      + "refuses the sheet whole (400, each problem under rows[<row>].<column>) and nothing is kept; 201 when "
      + "accepted, waiting for its files")
  @ApiResponse(responseCode = "201", description = "Accepted: waiting for the files its rows name (Location: "
      + "/api/bulk-submissions/{reference})")
  ResponseEntity<BulkSubmissions.Progress> submit(
      @Parameter(description = "The sheet: CSV (UTF-8) or XLSX, at most " + BulkSheet.MAX_ROWS + " rows")
      @RequestPart(name = "file", required = false) MultipartFile file, Authentication caller) throws IOException {
    if (file == null) {
      throw new InvalidInputException(BulkSheet.FIELD, "must be given (a CSV or XLSX file)");
    }
    BulkSubmissions.Progress accepted = bulk.accept(file.getOriginalFilename(), file.getBytes(),
        callers.of(caller));
    return ResponseEntity.created(URI.create("/api/bulk-submissions/" + accepted.reference())).body(accepted);
  }

  @GetMapping
  @PreAuthorize(Access.SUBMIT_BULK)
  @Operation(summary = "The organisation's latest bulk submissions, newest first")
  List<BulkSubmissions.Progress> list(Authentication caller) {
    return bulk.list(callers.of(caller));
  }

  @GetMapping("/{reference}")
  @PreAuthorize(Access.SUBMIT_BULK)
  @Operation(summary = "Where a bulk submission stands: rows done and failed of the total, the files still missing")
  BulkSubmissions.Progress progress(@Parameter(example = REFERENCE) @PathVariable String reference,
      Authentication caller) {
    return bulk.progress(reference, callers.of(caller));
  }

  @PostMapping(path = "/{reference}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(Access.SUBMIT_BULK)
  @Operation(summary = "Upload files the rows name (parts \"files\": PDF, JPEG or PNG, at most 5 MB each, 6 MB per "
      + "request, at most 100 parts: send them in several requests); when the last one is in, the rows become cases in "
      + "the background")
  @ApiResponse(responseCode = "200", description = "Taken: the submission as it now stands")
  @ApiResponse(responseCode = "409", description = "The submission no longer waits for files.")
  BulkSubmissions.Progress files(@Parameter(example = REFERENCE) @PathVariable String reference,
      @RequestPart(name = "files", required = false) List<MultipartFile> files, Authentication caller)
      throws IOException {
    List<BulkSubmissions.Upload> uploads = new ArrayList<>();
    for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
      uploads.add(new BulkSubmissions.Upload(file.getOriginalFilename(), file.getBytes()));
    }
    return bulk.addFiles(reference, uploads, callers.of(caller));
  }

  @PostMapping("/{reference}/cancel")
  @PreAuthorize(Access.SUBMIT_BULK)
  @Operation(summary = "Withdraw a submission still waiting for its files: no row becomes a case")
  @ApiResponse(responseCode = "200", description = "Withdrawn")
  @ApiResponse(responseCode = "409", description = "Its rows are becoming cases already.")
  BulkSubmissions.Progress cancel(@Parameter(example = REFERENCE) @PathVariable String reference,
      Authentication caller) {
    return bulk.cancel(reference, callers.of(caller));
  }

  @GetMapping("/{reference}/rows")
  @PreAuthorize(Access.SUBMIT_BULK)
  @Operation(summary = "Every row and what became of it: its case, or why it could not become one")
  List<BulkSubmissions.RowOutcome> rows(@Parameter(example = REFERENCE) @PathVariable String reference,
      Authentication caller) {
    return bulk.rows(reference, callers.of(caller));
  }

  @GetMapping(path = "/{reference}/summary.csv", produces = "text/csv")
  @PreAuthorize(Access.SUBMIT_BULK)
  @Operation(summary = "The summary as CSV: row, status, case reference, problem")
  @ApiResponse(responseCode = "200", description = "The summary, as a download", content = @Content(
      mediaType = "text/csv", schema = @Schema(type = "string")))
  ResponseEntity<byte[]> summary(@Parameter(example = REFERENCE) @PathVariable String reference,
      Authentication caller) {
    return csv(reference, bulk.summaryCsv(reference, callers.of(caller)));
  }

  /** A summary as a download named after its submission. */
  static ResponseEntity<byte[]> csv(String reference, String csv) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + reference + "-summary.csv\"")
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .body(csv.getBytes(StandardCharsets.UTF_8));
  }
}
