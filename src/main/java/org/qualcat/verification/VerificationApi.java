package org.qualcat.verification;

import static org.qualcat.system.ApiDocs.PROBLEM;
import static org.qualcat.system.ApiDocs.PROBLEM_JSON;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.qualcat.audit.AuditTrail;
import org.qualcat.security.Access;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PageView;
import org.qualcat.verification.CaseViews.CaseSummary;
import org.qualcat.verification.CaseViews.CaseView;
import org.qualcat.verification.VerificationQueries.CaseFilter;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Verification cases: applicants submit and follow their own; staff see all. */
@RestController
@RequestMapping("/api/verification-cases")
@Tag(name = "Verification cases", description = "Certificate verification on the Beijing-Tianjin-Hebei platform")
class VerificationApi {

  static final String NOT_LISTED = "/problems/qualification-not-listed";

  // for the API document
  private static final String NOT_LISTED_EXAMPLE = "{\"type\": \"/problems/qualification-not-listed\", "
      + "\"title\": \"Qualification not listed\", \"status\": 422, \"detail\": \"Qualification BJ-I-099 is not "
      + "in the catalog; only listed qualifications can be verified.\", \"instance\": \"/api/verification-cases\", "
      + "\"reason\": \"UNKNOWN\", \"errors\": [{\"field\": \"qualificationCode\", \"message\": \"Qualification "
      + "BJ-I-099 is not in the catalog; only listed qualifications can be verified.\"}]}";
  private static final String REFERENCE = "BJV-2026-000123";

  private final VerificationCases cases;
  private final VerificationQueries queries;
  private final ApplicationMaterials materials;
  private final AuditTrail audit;
  private final ResultDocument resultDocument;
  private final Callers callers;
  private final Recommendations recommendations;

  VerificationApi(VerificationCases cases, VerificationQueries queries, ApplicationMaterials materials,
      AuditTrail audit, ResultDocument resultDocument, Callers callers, Recommendations recommendations) {
    this.callers = callers;
    this.recommendations = recommendations;
    this.cases = cases;
    this.queries = queries;
    this.materials = materials;
    this.audit = audit;
    this.resultDocument = resultDocument;
  }

  @PostMapping
  @PreAuthorize(Access.SUBMIT_CASES)
  @Operation(summary = "Submit a certificate for verification; 201 with the case reference")
  @ApiResponse(responseCode = "201", description = "Submitted: the case's reference and status (Location: "
      + "/api/verification-cases/{reference}); the applicant is mailed when it is accepted")
  @ApiResponse(responseCode = "409", description = "The applicant already has an open case for this certificate.")
  @ApiResponse(responseCode = "422", description = "The qualification is not listed by the edition in force "
      + "(reason: UNKNOWN, NOT_YET_LISTED or REMOVED); nothing is kept.", content = @Content(mediaType = PROBLEM_JSON,
      schema = @Schema(ref = PROBLEM), examples = @ExampleObject(value = NOT_LISTED_EXAMPLE)))
  ResponseEntity<VerificationCases.Submitted> submit(@RequestBody NewCase request, Authentication caller) {
    if (!callers.of(caller).submitsCases()) {
      // in the HR staff's group without an organisation (added in Camunda Admin, not on /employers): no employer
      throw new AccessDeniedException("HR staff submit cases for a registered employer they belong to");
    }
    VerificationCases.Submitted submitted = cases.submit(request, caller.getName());
    return ResponseEntity.created(URI.create("/api/verification-cases/" + submitted.reference())).body(submitted);
  }

  @GetMapping
  @PreAuthorize(Access.READ_CASES)
  @Operation(summary = "Your cases (verification officers: all cases, filtered by status, qualification or "
      + "applicant), newest first")
  PageView<CaseSummary> list(
      @Parameter(description = "Only cases in this status", example = "IN_VERIFICATION")
      @RequestParam(required = false) VerificationStatus status,
      @Parameter(description = "Only cases of this qualification", example = "BJ-I-001")
      @RequestParam(required = false) @Size(max = 32) String qualificationCode,
      @Parameter(description = "Only this applicant's cases (verifiers)", example = "applicant1")
      @RequestParam(required = false) @Size(max = 64) String applicant,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
      Authentication caller) {
    return queries.list(callers.of(caller), new CaseFilter(status, qualificationCode, applicant),
        PageRequest.of(page, size));
  }

  @GetMapping("/{reference}")
  @PreAuthorize(Access.READ_CASES)
  @Operation(summary = "A case: status, current step, due date, result, benefits and history (owner or verifiers)")
  CaseView view(@Parameter(example = REFERENCE) @PathVariable String reference, Authentication caller) {
    Caller who = callers.of(caller);
    CaseView view = queries.view(reference, who);
    if (who.isStaffReadingCaseOf(view.applicant())) {
      audit.access(VerificationAuditActions.CASE_VIEWED, view.reference(), "API");
    }
    return view;
  }

  @GetMapping("/{reference}/result.pdf")
  @PreAuthorize(Access.READ_CASES)
  @Operation(summary = "The case's result as a PDF in English and Chinese, with a QR code of the public code check "
      + "(owner or verifiers; 404 while the case has no result)")
  @ApiResponse(responseCode = "200", description = "The result, as a PDF download", content = @Content(
      mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
  ResponseEntity<byte[]> resultPdf(@Parameter(example = REFERENCE) @PathVariable String reference,
      Authentication caller) {
    CaseView view = queries.view(reference, callers.of(caller));
    if (!view.hasResult()) {
      throw new NotFoundException("verification case " + reference + " has no result");
    }
    byte[] pdf = resultDocument.render(view);
    audit.access(VerificationAuditActions.RESULT_DOWNLOADED, view.reference(), "PDF, API");
    return ResultDocument.download(view, pdf);
  }

  /** The organisation's answer to a request for a recommendation for talent introduction (notice I.(II)2). */
  @Schema(name = "RecommendationAnswer", description = "An organisation's answer to a request for its "
      + "recommendation for talent introduction")
  record RecommendationAnswer(
      @Schema(description = "RECOMMENDED or NOT_RECOMMENDED", example = "RECOMMENDED") String recommended,
      @Schema(description = "The prominent contributions on duty the recommendation rests on (required with "
          + "RECOMMENDED)", example = "Led the launch of the fund's Beijing office.") String contributions) {
  }

  @PostMapping("/{reference}/recommendation")
  @PreAuthorize(Access.RECOMMEND)
  @Operation(summary = "Answer the request for the organisation's recommendation for talent introduction (its HR "
      + "staff, while the case asks for it; otherwise 404)")
  CaseView recommend(@Parameter(example = REFERENCE) @PathVariable String reference,
      @RequestBody RecommendationAnswer answer, Authentication caller) {
    Caller who = callers.of(caller);
    recommendations.answer(reference, answer == null ? null : answer.recommended(),
        answer == null ? null : answer.contributions(), who);
    return queries.view(reference, who);
  }

  @PostMapping("/{reference}/withdraw")
  @PreAuthorize(Access.SUBMIT_CASES)
  @Operation(summary = "Withdraw an open case (its applicant, or for a case of an employer its HR staff)")
  @ApiResponse(responseCode = "200", description = "Withdrawn: the case as it now stands")
  @ApiResponse(responseCode = "409", description = "The case is already closed.")
  CaseView withdraw(@Parameter(example = REFERENCE) @PathVariable String reference, Authentication caller) {
    cases.withdraw(reference, caller.getName());
    return queries.view(reference, callers.of(caller));
  }

  /**
   * A supplement: what was asked for, optionally a corrected certificate number or issue date, and materials uploaded
   * for it (their ids).
   */
  @Schema(name = "CaseSupplement", description = "The applicant's answer to a request for a supplement")
  record SupplementRequest(
      @Schema(description = "What was asked for, answered", example = "Attached the employment contract with the "
          + "employer's seal; the certificate number was mistyped.") String note,
      @Schema(description = "A corrected certificate number, if it was wrong", example = "CFA-2019-118240")
      String certificateNumber,
      @Schema(description = "A corrected issue date (ISO 8601), if it was wrong", example = "2019-09-18")
      LocalDate certificateIssuedOn,
      @ArraySchema(arraySchema = @Schema(description = "Ids of materials uploaded for the supplement",
          example = "[\"Xk2LmP0sQ7vN4bR8tW1yZg\"]"),
          schema = @Schema(description = "A material's id", example = "Xk2LmP0sQ7vN4bR8tW1yZg"))
      List<String> materials) {
  }

  @PostMapping(path = "/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(Access.SUBMIT_CASES)
  @Operation(summary = "Upload an application material (part \"file\": PDF, JPEG or PNG, at most 5 MB; part "
      + "\"kind\": CERTIFICATE_COPY, EMPLOYMENT_PROOF or OTHER); 201 with its id, which a submission or a supplement "
      + "names in \"materials\". Unsubmitted uploads are forgotten after a day")
  @ApiResponse(responseCode = "201", description = "Uploaded: its id (for \"materials\"), kind, file name, type "
      + "found from the content, and size")
  ResponseEntity<ApplicationMaterials.Material> upload(
      @Parameter(description = "The file: PDF, JPEG or PNG (the type is found from the content), at most 5 MB")
      @RequestPart(name = "file", required = false) MultipartFile file,
      @Parameter(description = MaterialKind.MEANINGS, example = "CERTIFICATE_COPY")
      @RequestParam(name = "kind", required = false) MaterialKind kind, Authentication caller) throws IOException {
    if (file == null) {
      throw new InvalidInputException("file", "must be given (a PDF, JPEG or PNG file)");
    }
    ApplicationMaterials.Material uploaded = materials.upload(kind, file.getOriginalFilename(),
        file.getBytes(), caller.getName(), "file");
    return ResponseEntity.status(HttpStatus.CREATED).body(uploaded);
  }

  @GetMapping("/{reference}/materials/{id}")
  @PreAuthorize(Access.READ_CASES)
  @Operation(summary = "An application material of a case, as a file (the case's applicant and verifiers only)")
  @ApiResponse(responseCode = "200", description = "The file as uploaded (a download)", content = {
      @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
      @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
      @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))})
  ResponseEntity<byte[]> material(@Parameter(example = REFERENCE) @PathVariable String reference,
      @Parameter(description = "The material's id", example = "q3Zt9VbX1mKcR4pLw8YhJA") @PathVariable String id,
      Authentication caller) {
    ApplicationMaterials.File file = queries.material(reference, id, callers.of(caller));
    audit.access(VerificationAuditActions.MATERIAL_DOWNLOADED, reference, ApplicationMaterials.describe(file.material().kind())
        + " (API)");
    return MaterialDownload.of(file);
  }

  @PostMapping("/{reference}/supplement")
  @PreAuthorize(Access.SUBMIT_CASES)
  @Operation(summary = "Answer the verifier's request for a supplement (its applicant only)")
  @ApiResponse(responseCode = "200", description = "Supplied: the case goes back to the verifier")
  @ApiResponse(responseCode = "409", description = "The case is not waiting for a supplement.")
  CaseView supplement(@Parameter(example = REFERENCE) @PathVariable String reference,
      @RequestBody SupplementRequest supplement,
      Authentication caller) {
    cases.provideSupplement(reference, caller.getName(), new VerificationCases.Supplement(supplement.note(),
        supplement.certificateNumber(), supplement.certificateIssuedOn(), supplement.materials()));
    return queries.view(reference, callers.of(caller));
  }

  @ExceptionHandler(QualificationNotListedException.class)
  ProblemDetail notListed(QualificationNotListedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage());
    problem.setType(URI.create(NOT_LISTED));
    problem.setTitle("Qualification not listed");
    problem.setProperty("reason", e.getReason().name());
    problem.setProperty("errors", List.of(new FieldProblem("qualificationCode", e.getMessage())));
    return problem;
  }

  record FieldProblem(String field, String message) {
  }
}
