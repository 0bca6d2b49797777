package org.qualcat.verification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.qualcat.audit.AuditAction;
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

  private final VerificationCases cases;
  private final VerificationQueries queries;
  private final ApplicationMaterials materials;
  private final AuditTrail audit;
  private final ResultDocument resultDocument;

  VerificationApi(VerificationCases cases, VerificationQueries queries, ApplicationMaterials materials,
      AuditTrail audit, ResultDocument resultDocument) {
    this.cases = cases;
    this.queries = queries;
    this.materials = materials;
    this.audit = audit;
    this.resultDocument = resultDocument;
  }

  @PostMapping
  @PreAuthorize(Access.SUBMIT_CASES)
  @Operation(summary = "Submit a certificate for verification; 201 with the case reference")
  ResponseEntity<VerificationCases.Submitted> submit(@RequestBody NewCase request, Authentication caller) {
    VerificationCases.Submitted submitted = cases.submit(request, caller.getName());
    return ResponseEntity.created(URI.create("/api/verification-cases/" + submitted.reference())).body(submitted);
  }

  @GetMapping
  @PreAuthorize(Access.READ_CASES)
  @Operation(summary = "Your cases (verification officers: all cases, filtered by status, qualification or "
      + "applicant), newest first")
  PageView<CaseSummary> list(
      @RequestParam(required = false) VerificationStatus status,
      @RequestParam(required = false) @Size(max = 32) String qualificationCode,
      @RequestParam(required = false) @Size(max = 64) String applicant,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size,
      Authentication caller) {
    return queries.list(Caller.of(caller), new CaseFilter(status, qualificationCode, applicant),
        PageRequest.of(page, size));
  }

  @GetMapping("/{reference}")
  @PreAuthorize(Access.READ_CASES)
  @Operation(summary = "A case: status, current step, due date, result, benefits and history (owner or verifiers)")
  CaseView view(@PathVariable String reference, Authentication caller) {
    Caller who = Caller.of(caller);
    CaseView view = queries.view(reference, who);
    if (who.isStaffReadingCaseOf(view.applicant())) {
      audit.access(AuditAction.CASE_VIEWED, view.reference(), "API");
    }
    return view;
  }

  @GetMapping("/{reference}/result.pdf")
  @PreAuthorize(Access.READ_CASES)
  @Operation(summary = "The case's result as a PDF in English and Chinese, with a QR code of the public code check "
      + "(owner or verifiers; 404 while the case has no result)")
  ResponseEntity<byte[]> resultPdf(@PathVariable String reference, Authentication caller) {
    CaseView view = queries.view(reference, Caller.of(caller));
    if (!view.hasResult()) {
      throw new NotFoundException("verification case " + reference + " has no result");
    }
    byte[] pdf = resultDocument.render(view);
    audit.access(AuditAction.RESULT_DOWNLOADED, view.reference(), "PDF, API");
    return ResultDocument.download(view, pdf);
  }

  @PostMapping("/{reference}/withdraw")
  @PreAuthorize(Access.SUBMIT_CASES)
  @Operation(summary = "Withdraw an open case (its applicant only)")
  CaseView withdraw(@PathVariable String reference, Authentication caller) {
    cases.withdraw(reference, caller.getName());
    return queries.view(reference, Caller.of(caller));
  }

  /**
   * A supplement: what was asked for, optionally a corrected certificate number or issue date, and materials uploaded
   * for it (their ids).
   */
  record SupplementRequest(String note, String certificateNumber, LocalDate certificateIssuedOn,
      List<String> materials) {
  }

  @PostMapping(path = "/materials", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @PreAuthorize(Access.SUBMIT_CASES)
  @Operation(summary = "Upload an application material (part \"file\": PDF, JPEG or PNG, at most 5 MB; part "
      + "\"kind\": CERTIFICATE_COPY, EMPLOYMENT_PROOF or OTHER); 201 with its id, which a submission or a supplement "
      + "names in \"materials\". Unsubmitted uploads are forgotten after a day")
  ResponseEntity<ApplicationMaterials.Material> upload(@RequestPart(name = "file", required = false) MultipartFile file,
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
  ResponseEntity<byte[]> material(@PathVariable String reference, @PathVariable String id, Authentication caller) {
    ApplicationMaterials.File file = queries.material(reference, id, Caller.of(caller));
    audit.access(AuditAction.MATERIAL_DOWNLOADED, reference, ApplicationMaterials.describe(file.material().kind())
        + " (API)");
    return MaterialDownload.of(file);
  }

  @PostMapping("/{reference}/supplement")
  @PreAuthorize(Access.SUBMIT_CASES)
  @Operation(summary = "Answer the verifier's request for a supplement (its applicant only)")
  CaseView supplement(@PathVariable String reference, @RequestBody SupplementRequest supplement,
      Authentication caller) {
    cases.provideSupplement(reference, caller.getName(), new VerificationCases.Supplement(supplement.note(),
        supplement.certificateNumber(), supplement.certificateIssuedOn(), supplement.materials()));
    return queries.view(reference, Caller.of(caller));
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
