package org.qualcat.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.qualcat.process.BureauTime;
import org.qualcat.security.Access;
import org.qualcat.system.ApiLimits;
import org.qualcat.system.InvalidInputException;
import org.qualcat.system.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/** Catalog administration: loading a catalog file into the draft edition, publishing the draft. */
@RestController
@RequestMapping("/api/catalog")
@Tag(name = "Catalog administration")
class CatalogAdminApi {

  static final String IMPORT_REJECTED = "/problems/catalog-file-rejected";

  private final CatalogImport catalogImport;
  private final Catalog catalog;
  private final CatalogQueries queries;
  private final ApiLimits limits;
  private final Clock clock;

  CatalogAdminApi(CatalogImport catalogImport, Catalog catalog, CatalogQueries queries, ApiLimits limits,
      Clock clock) {
    this.catalogImport = catalogImport;
    this.catalog = catalog;
    this.queries = queries;
    this.limits = limits;
    this.clock = clock;
  }

  @PostMapping(path = "/imports", consumes = "text/csv")
  @PreAuthorize(Access.IMPORT_CATALOG)
  @Operation(summary = "Load a catalog file (CSV body) into the draft edition, all rows or none")
  CatalogImport.Report importCsv(@RequestBody byte[] csv, Authentication caller) {
    return catalogImport.importFile(new StringReader(utf8(csv, "body")), "catalog.csv", caller.getName());
  }

  @PostMapping(path = "/imports", consumes = "multipart/form-data")
  @PreAuthorize(Access.IMPORT_CATALOG)
  @Operation(summary = "Load a catalog file (multipart part \"file\") into the draft edition, all rows or none")
  CatalogImport.Report importUpload(@RequestPart("file") MultipartFile file, Authentication caller)
      throws IOException {
    if (file.getSize() > limits.maxCatalogFileSize().toBytes()) {
      throw new MaxUploadSizeExceededException(limits.maxCatalogFileSize().toBytes());
    }
    return catalogImport.importFile(new StringReader(utf8(file.getBytes(), "file")),
        safeName(file.getOriginalFilename()), caller.getName());
  }

  /**
   * A catalog file is UTF-8: bytes that are not (a spreadsheet saved as GBK or Latin-1, a binary file) are refused
   * instead of being imported as replacement characters.
   */
  private static String utf8(byte[] bytes, String field) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(field, "must be a CSV file in UTF-8");
    }
  }

  /**
   * Publishing the draft: its code (e.g. "2026") and name (e.g. "2026 Edition"); the date of issuance, from which it
   * is in force, defaults to today; the public release date and what its notice repeals are optional.
   */
  record PublishRequest(
      @NotBlank @Size(max = 32) String code,
      @NotBlank @Size(max = 120) @PlainText String name,
      LocalDate publishedOn,
      LocalDate releasedOn,
      @Size(max = 300) @PlainText String repeals) {
  }

  @PostMapping("/editions/draft/publish")
  @PreAuthorize(Access.PUBLISH_EDITION)
  @Operation(summary = "Publish the draft edition: it is the edition in force from its date of issuance (today or "
      + "earlier, not before the edition in force) and never changes afterwards")
  ResponseEntity<EditionView> publish(@Valid @RequestBody PublishRequest request, Authentication caller) {
    LocalDate on = request.publishedOn() != null ? request.publishedOn() : BureauTime.today(clock);
    CatalogEdition published = catalog.publishDraft(new Catalog.Publication(request.code(), request.name(), on,
        request.releasedOn(), request.repeals()), caller.getName());
    return ResponseEntity.created(URI.create("/api/catalog/editions/" + published.getCode()))
        .body(queries.edition(published.getCode()));
  }

  @ExceptionHandler(CatalogImport.Rejected.class)
  ProblemDetail rejected(CatalogImport.Rejected e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
        e.badRows() + " of " + e.getRows() + " rows have errors (" + e.getErrors().size()
            + " in all); nothing was imported.");
    problem.setType(URI.create(IMPORT_REJECTED));
    problem.setTitle("Catalog file rejected");
    problem.setProperty("errors", e.getErrors());
    return problem;
  }

  private static String safeName(String original) {
    if (original == null || original.isBlank()) {
      return "catalog.csv";
    }
    String name = original.replaceAll("^.*[/\\\\]", "").replaceAll("[^A-Za-z0-9._-]", "_");
    return name.length() > 60 ? name.substring(0, 60) : name;
  }
}
