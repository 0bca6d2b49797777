package org.qualcat.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.qualcat.audit.AuditTrail;
import org.qualcat.catalog.CatalogInForce;
import org.qualcat.employer.Organisation;
import org.qualcat.process.BureauTime;
import org.qualcat.process.References;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.InvalidInputException.FieldError;
import org.qualcat.system.NotFoundException;
import org.qualcat.system.PlainText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employers' bulk submissions (ADR 0028, decision 4): HR staff upload a sheet of their employees' certificates
 * ({@link BulkSheet}); every row is checked as a case is, and one bad row refuses the sheet whole with the report of
 * every bad row (nothing is kept). An accepted sheet waits for the files its rows name (copies of certificates,
 * proofs of employment), which may come in several uploads; once all are in, {@link BulkWorker} makes each row a case
 * in the background, one transaction per row. The rows' fields are kept only until their case exists.
 */
@Service
@Transactional
public class BulkSubmissions {

  static final String REFERENCE_PREFIX = "BJB";
  private static final String FILES = "files";

  private final BulkSubmissionRepository submissions;
  private final BulkRowRepository rows;
  private final BulkFiles files;
  private final VerificationCases cases;
  private final CatalogInForce catalog;
  private final ApplicationMaterials materials;
  private final DocumentHasher hasher;
  private final DocumentCipher cipher;
  private final References references;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Validator validator;
  private final ObjectMapper json;
  private final Clock clock;
  private final Duration forgetAfter;

  BulkSubmissions(BulkSubmissionRepository submissions, BulkRowRepository rows, BulkFiles files,
      VerificationCases cases, CatalogInForce catalog, ApplicationMaterials materials, DocumentHasher hasher,
      DocumentCipher cipher, References references, AuditTrail audit, ApplicationEventPublisher events,
      Validator validator, ObjectMapper json, Clock clock,
      @Value("${qualcat.verification.bulk.forget-after:P7D}") Duration forgetAfter) {
    this.forgetAfter = forgetAfter;
    this.submissions = submissions;
    this.rows = rows;
    this.files = files;
    this.cases = cases;
    this.catalog = catalog;
    this.materials = materials;
    this.hasher = hasher;
    this.cipher = cipher;
    this.references = references;
    this.audit = audit;
    this.events = events;
    this.validator = validator;
    this.json = json;
    this.clock = clock;
  }

  /** Where a bulk submission stands: the progress bar's figures and the files still needed. */
  @Schema(name = "BulkSubmission", description = "An employer's bulk submission and its progress")
  public record Progress(
      @Schema(description = "Its reference", example = "BJB-2026-000007") String reference,
      @Schema(description = BulkStatus.MEANINGS, example = "RUNNING") BulkStatus status,
      @Schema(description = "The sheet's file name", example = "certificates-2026-12.xlsx") String fileName,
      @Schema(description = "The HR user who uploaded it", example = "hr1") String submittedBy,
      @Schema(description = "Rows in the sheet", example = "1000") int total,
      @Schema(description = "Rows that are cases now", example = "412") long submitted,
      @Schema(description = "Rows that could not become cases", example = "1") long failed,
      @Schema(description = "The files the rows name that have not been uploaded yet",
          example = "[\"li-wei-contract.pdf\"]") List<String> filesMissing,
      @Schema(description = "How many files the rows name", example = "2000") int filesNeeded,
      Instant submittedAt, Instant finishedAt) {

    /** Rows done, failed ones included: what the progress bar shows against the total. */
    public long done() {
      return submitted + failed;
    }

    /** Percent done, rounded down. */
    public int percent() {
      return total == 0 ? 100 : (int) (done() * 100 / total);
    }
  }

  /** One row's outcome, for the summary. */
  @Schema(name = "BulkRow", description = "One row of a bulk submission and what became of it")
  public record RowOutcome(
      @Schema(description = "The row as the spreadsheet numbers it (the header is row 1)", example = "2") int row,
      @Schema(description = "PENDING, SUBMITTED or FAILED", example = "SUBMITTED") String status,
      @Schema(description = "The case it became", example = "BJV-2026-000123") String caseReference,
      @Schema(description = "Why it could not become a case", example = "You already have an open case for this "
          + "certificate: BJV-2026-000120") String problem,
      @Schema(description = "The problem's message code, for a translation", example = "verification.openCase")
      String problemCode) {
  }

  /** An uploaded file: its name and bytes. */
  public record Upload(String name, byte[] content) {

    @Override
    public String toString() {
      return "Upload[" + (content == null ? 0 : content.length) + " bytes]";
    }
  }

  /** What a row keeps until its case exists; the holder's document number sealed ({@link DocumentCipher}). */
  record RowFields(String qualificationCode, String certificateNumber, LocalDate certificateIssuedOn,
      String holderName, Nationality holderNationality, String sealedDocumentNumber) {

    @Override
    public String toString() {
      return "RowFields[" + qualificationCode + "]";
    }
  }

  /**
   * Checks a sheet and, when every row is fine, keeps it as a submission waiting for its files. Refused whole
   * (400): a file that is no sheet, or any bad row, each problem under the field {@code rows[<row>].<column>}.
   */
  public Progress accept(String fileName, byte[] content, Caller caller) {
    Organisation employer = employerOf(caller);
    List<BulkSheet.Line> lines = BulkSheet.read(content);
    List<FieldError> errors = new ArrayList<>();
    List<Checked> checked = new ArrayList<>();
    Set<String> certificates = new HashSet<>();
    LocalDate today = BureauTime.today(clock);
    for (BulkSheet.Line line : lines) {
      Checked row = check(line, caller.user(), employer, today, errors);
      if (row != null && !certificates.add(row.certificateKey())) {
        errors.add(rowError(line, "certificateNumber", "validation.bulk.twice",
            "is in the sheet twice for the same holder"));
      } else if (row != null) {
        checked.add(row);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    BulkSubmission submission = submissions.save(new BulkSubmission(references.next(REFERENCE_PREFIX, 6),
        employer.id(), caller.user(), safeName(fileName), lines.size(), clock.instant()));
    for (Checked row : checked) {
      rows.save(new BulkRow(submission.getId(), row.line(), write(row.fields()), row.certificateCopy(),
          row.employmentProof()));
    }
    audit.decision(VerificationAuditActions.BULK_SUBMITTED, submission.getReference(), lines.size() + " rows");
    return progress(submission);
  }

  /**
   * Adds files the rows name; once every one is in, the rows become cases in the background. Refused whole (400) when
   * a file is named by no row or is no PDF, JPEG or PNG of the allowed size; 409 once the submission no longer waits
   * for files.
   */
  public Progress addFiles(String reference, List<Upload> uploads, Caller caller) {
    BulkSubmission submission = readable(reference, caller);
    if (submission.getStatus() != BulkStatus.AWAITING_FILES) {
      throw new ConflictException("bulk submission " + reference + " is not waiting for files ("
          + submission.getStatus() + ")", "bulk.notAwaitingFiles", reference);
    }
    Set<String> needed = needed(submission);
    List<FieldError> errors = new ArrayList<>();
    if (uploads == null || uploads.isEmpty()) {
      errors.add(FieldError.coded(FILES, "validation.bulk.noFiles", "must include at least one file"));
    } else {
      for (Upload upload : uploads) {
        String name = fileName(upload.name());
        if (!needed.contains(name)) {
          errors.add(FieldError.coded(FILES, "validation.bulk.unnamedFile", name + " is named by no row of the "
              + "sheet", name));
          continue;
        }
        FieldError problem = materials.problemWith(upload.content(), FILES);
        if (problem != null) {
          errors.add(FieldError.coded(FILES, problem.code() + "File", name + ": " + problem.message(),
              prepend(name, problem.arguments())));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    for (Upload upload : uploads) {
      files.put(submission.getId(), fileName(upload.name()), upload.content());
    }
    if (files.names(submission.getId()).containsAll(needed)) {
      submission.start(clock.instant());
      events.publishEvent(new BulkWorker.Started(submission.getId()));
    }
    return progress(submission);
  }

  /** Withdraws a submission still waiting for its files: nothing of it becomes a case, its files are forgotten. */
  public Progress cancel(String reference, Caller caller) {
    BulkSubmission submission = readable(reference, caller);
    if (submission.getStatus() != BulkStatus.AWAITING_FILES) {
      throw new ConflictException("bulk submission " + reference + " is already running or done", "bulk.running",
          reference);
    }
    withdraw(submission, "bulk.cancelled", "The submission was withdrawn before its files were all in.");
    return progress(submission);
  }

  private void withdraw(BulkSubmission submission, String code, String why) {
    submission.cancel(clock.instant());
    for (BulkRow row : rows.findBySubmissionIdOrderByLine(submission.getId())) {
      row.failed(code, why);
    }
    files.forget(submission.getId());
  }

  /**
   * Withdraws the submissions that have waited for their files longer than {@code qualcat.verification.bulk
   * .forget-after} (seven days): their rows hold holders' personal data that no case needs. Returns how many.
   */
  @Scheduled(cron = "${qualcat.verification.bulk.forget-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
  public int forgetAbandoned() {
    Instant before = clock.instant().minus(forgetAfter);
    int forgotten = 0;
    for (BulkSubmission waiting : submissions.findByStatusOrderById(BulkStatus.AWAITING_FILES)) {
      if (waiting.getSubmittedAt().isBefore(before)) {
        withdraw(waiting, "bulk.abandoned", "The files were not all uploaded within " + forgetAfter.toDays()
            + " days; the submission was withdrawn.");
        forgotten++;
      }
    }
    return forgotten;
  }

  @Transactional(readOnly = true)
  public Progress progress(String reference, Caller caller) {
    return progress(readable(reference, caller));
  }

  /** The organisation's latest submissions, newest first. */
  @Transactional(readOnly = true)
  public List<Progress> list(Caller caller) {
    return submissions.findTop50ByEmployerIdOrderByIdDesc(employerOf(caller).id()).stream().map(this::progress)
        .toList();
  }

  /** Every row and what became of it. */
  @Transactional(readOnly = true)
  public List<RowOutcome> rows(String reference, Caller caller) {
    return rows.findBySubmissionIdOrderByLine(readable(reference, caller).getId()).stream()
        .map(r -> new RowOutcome(r.getLine(), r.getStatus().name(), r.getCaseReference(), r.getProblem(),
            r.getProblemCode()))
        .toList();
  }

  /** The summary to download: one line per row (row, status, case, problem), UTF-8 CSV with a byte-order mark. */
  @Transactional(readOnly = true)
  public String summaryCsv(String reference, Caller caller) {
    StringBuilder csv = new StringBuilder("\uFEFFrow,status,caseReference,problem\r\n");
    for (RowOutcome row : rows(reference, caller)) {
      csv.append(row.row()).append(',').append(row.status()).append(',')
          .append(row.caseReference() == null ? "" : row.caseReference()).append(',')
          .append(row.problem() == null ? "" : quoted(row.problem())).append("\r\n");
    }
    return csv.toString();
  }

  Progress progress(BulkSubmission s) {
    Set<String> missing = new LinkedHashSet<>(needed(s));
    int needed = missing.size();
    if (s.getStatus() == BulkStatus.AWAITING_FILES) {
      files.names(s.getId()).forEach(missing::remove);
    } else {
      missing.clear();
    }
    return new Progress(s.getReference(), s.getStatus(), s.getFileName(), s.getSubmittedBy(), s.getTotalRows(),
        rows.countBySubmissionIdAndStatus(s.getId(), BulkRow.Status.SUBMITTED),
        rows.countBySubmissionIdAndStatus(s.getId(), BulkRow.Status.FAILED), List.copyOf(missing), needed,
        s.getSubmittedAt(), s.getFinishedAt());
  }

  /** A row's fields back, for its case (the worker's side). */
  RowFields fields(BulkRow row) {
    try {
      return json.readValue(row.getPayload(), RowFields.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bulk row " + row.getId() + " cannot be read", e);
    }
  }

  String documentNumber(RowFields fields) {
    return cipher.decrypt(fields.sealedDocumentNumber());
  }

  private Set<String> needed(BulkSubmission s) {
    Set<String> needed = new LinkedHashSet<>();
    for (Object[] names : rows.fileNames(s.getId())) {
      needed.add((String) names[0]);
      if (names[1] != null) {
        needed.add((String) names[1]);
      }
    }
    return needed;
  }

  /** A row checked as a case is, with the files it names. */
  private record Checked(int line, RowFields fields, String documentHash, String certificateCopy,
      String employmentProof) {

    String certificateKey() {
      return fields.qualificationCode() + "|" + fields.certificateNumber() + "|" + documentHash;
    }
  }

  private Checked check(BulkSheet.Line line, String submittedBy, Organisation employer, LocalDate today,
      List<FieldError> errors) {
    int before = errors.size();
    LocalDate issuedOn = null;
    String issued = line.get("certificateIssuedOn");
    if (issued != null) {
      try {
        issuedOn = LocalDate.parse(issued);
      } catch (DateTimeParseException e) {
        errors.add(rowError(line, "certificateIssuedOn", "validation.date", "must be a date (YYYY-MM-DD)"));
      }
    }
    Nationality nationality = null;
    String given = line.get("holderNationality");
    if (given != null) {
      try {
        nationality = Nationality.valueOf(given.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(rowError(line, "holderNationality", "validation.choice", "must be CHINESE or FOREIGN"));
      }
    }
    List<FieldError> caseErrors = new ArrayList<>();
    NewCase valid = new NewCase(line.get("qualificationCode"), line.get("certificateNumber"), issuedOn,
        line.get("holderName"), nationality, line.get("holderDocumentNumber"), null, null, null, List.of())
        .employedBy(employer.name(), employer.region()).checked(validator, today, caseErrors);
    Set<String> unreadable = new HashSet<>();
    errors.subList(before, errors.size()).forEach(e -> unreadable.add(e.field()));
    caseErrors.stream().filter(e -> !unreadable.contains(field(line, e.field())))
        .forEach(e -> errors.add(new FieldError(field(line, e.field()), e.message(), e.code(), e.arguments())));
    String certificateCopy = fileName(line.get("certificateCopy"));
    String employmentProof = fileName(line.get("employmentProof"));
    if (certificateCopy == null) {
      errors.add(rowError(line, "certificateCopy", "validation.bulk.certificateCopy",
          "must name the file of the copy of the certificate"));
    }
    if (Boolean.TRUE.equals(valid.employedInBeijing()) && employmentProof == null) {
      errors.add(rowError(line, "employmentProof", "validation.bulk.employmentProof",
          "must name the file of the proof of employment (the organisation is in Beijing)"));
    }
    if (errors.size() > before) {
      return null;
    }
    if (catalog.listing(valid.qualificationCode()).isEmpty()) {
      QualificationNotListedException notListed = QualificationNotListedException.of(valid.qualificationCode(),
          catalog.standing(valid.qualificationCode()));
      errors.add(rowError(line, "qualificationCode", "verification.notListed." + notListed.getReason().name(),
          notListed.getMessage()));
      return null;
    }
    String documentHash = hasher.hash(valid.holderDocumentNumber());
    if (!cases.openCases(valid.qualificationCode(), valid.certificateNumber(), documentHash, submittedBy, employer)
        .isEmpty()) {
      errors.add(rowError(line, "certificateNumber", "validation.bulk.openCase",
          "has an open case of the organisation already"));
      return null;
    }
    return new Checked(line.number(), new RowFields(valid.qualificationCode(), valid.certificateNumber(),
        valid.certificateIssuedOn(), valid.holderName(), valid.holderNationality(),
        cipher.encrypt(DocumentHasher.normalise(valid.holderDocumentNumber()))), documentHash, certificateCopy,
        employmentProof);
  }

  private static FieldError rowError(BulkSheet.Line line, String column, String code, String message,
      Object... arguments) {
    return FieldError.coded(field(line, column), code, message, arguments);
  }

  private static String field(BulkSheet.Line line, String column) {
    return "rows[" + line.number() + "]." + column;
  }

  /** A file name as a row names it and a file arrives: its last path segment, plain, at most 255 characters. */
  private static String fileName(String given) {
    if (given == null) {
      return null;
    }
    String name = given.replaceAll("^.*[/\\\\]", "").strip();
    if (name.isEmpty() || PlainText.Rules.problem(name, false) != null) {
      return null;
    }
    return name.length() > 255 ? name.substring(0, 255) : name;
  }

  private static String safeName(String given) {
    String name = fileName(given);
    return name == null ? "sheet" : name.length() > 120 ? name.substring(0, 120) : name;
  }

  private static Object[] prepend(String first, List<Object> rest) {
    List<Object> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all.toArray();
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }

  private String write(RowFields fields) {
    try {
      return json.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private BulkSubmission readable(String reference, Caller caller) {
    Organisation employer = employerOf(caller);
    return submissions.findByReference(reference).filter(s -> s.getEmployerId().equals(employer.id()))
        .orElseThrow(() -> new NotFoundException("no bulk submission " + reference));
  }

  private static Organisation employerOf(Caller caller) {
    if (!caller.isEmployer()) {
      throw new AccessDeniedException("bulk submissions are for the HR staff of a registered employer");
    }
    return caller.employer();
  }
}
