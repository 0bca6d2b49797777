package org.qualcat.catalog;

import static org.qualcat.system.ApiDocs.PROBLEM;
import static org.qualcat.system.ApiDocs.PROBLEM_JSON;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

  // for the API document
  private static final String CATALOG_FILE = "A catalog file: CSV in UTF-8 with a header row and the columns code, "
      + "name_en, name_zh, issuing_body, country_region, sector, lists (separated by ;), title_level, title_series, "
      + "skill_level, practice_field, verification_channel, notes, source (as src/main/resources/catalog/"
      + "sample-catalog-2025.csv); at most 2 MB";
  private static final String CSV_EXAMPLE = "code,name_en,name_zh,issuing_body,country_region,sector,lists,"
      + "title_level,title_series,skill_level,practice_field,verification_channel,notes,source\n"
      + "BJ-I-002,Financial Risk Manager (FRM),金融风险管理师(FRM),Global Association of Risk Professionals (GARP),"
      + "USA,Finance / risk,INTERNATIONAL;TITLE_ELIGIBLE,INTERMEDIATE,Economics (finance),,FINANCE,ONLINE_REGISTER,,"
      + "Beijing HRSS notice 2025\n";
  private static final String IMPORTED = "Imported into the draft edition: rows read, added, updated, unchanged";
  private static final String REJECTED = "Some rows have errors (each named by row and column); nothing was imported.";
  private static final String REJECTED_EXAMPLE = "{\"type\": \"/problems/catalog-file-rejected\", "
      + "\"title\": \"Catalog file rejected\", \"status\": 422, \"detail\": \"1 of 46 rows have errors (1 in "
      + "all); nothing was imported.\", \"instance\": \"/api/catalog/imports\", \"errors\": [{\"row\": 7, "
      + "\"code\": \"BJ-I-005\", \"column\": \"lists\", \"message\": \"unknown list \\\"INTERNATIONALE\\\"; "
      + "the lists are INTERNATIONAL, URGENT, "
      + "GO_GLOBAL, TITLE_ELIGIBLE, separated by ';'\"}]}";

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
  @io.swagger.v3.oas.annotations.parameters.RequestBody(description = CATALOG_FILE, content = @Content(
      mediaType = "text/csv", examples = @ExampleObject(name = "one row", value = CSV_EXAMPLE)))
  @ApiResponse(responseCode = "200", description = IMPORTED)
  @ApiResponse(responseCode = "422", description = REJECTED, content = @Content(mediaType = PROBLEM_JSON,
      schema = @Schema(ref = PROBLEM), examples = @ExampleObject(value = REJECTED_EXAMPLE)))
  CatalogImport.Report importCsv(@RequestBody byte[] csv, Authentication caller) {
    return catalogImport.importFile(new StringReader(utf8(csv, "body")), "catalog.csv", caller.getName());
  }

  @PostMapping(path = "/imports", consumes = "multipart/form-data")
  @PreAuthorize(Access.IMPORT_CATALOG)
  @Operation(summary = "Load a catalog file (multipart part \"file\") into the draft edition, all rows or none")
  @ApiResponse(responseCode = "200", description = IMPORTED)
  @ApiResponse(responseCode = "422", description = REJECTED, content = @Content(mediaType = PROBLEM_JSON,
      schema = @Schema(ref = PROBLEM), examples = @ExampleObject(value = REJECTED_EXAMPLE)))
  CatalogImport.Report importUpload(
      @Parameter(description = CATALOG_FILE) @RequestPart("file") MultipartFile file, Authentication caller)
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
  @Schema(description = "The draft edition as it is published")
  record PublishRequest(
      @Schema(description = "The edition's code", example = "2026") @NotBlank @Size(max = 32) String code,
      @Schema(description = "The edition's name", example = "2026 Edition")
      @NotBlank @Size(max = 120) @PlainText String name,
      @Schema(description = "The edition's name in Chinese, as Chinese pages show it; left out: the name",
          example = "2026年版") @Size(max = 120) @PlainText String nameZh,
      @Schema(description = "The date of issuance, from which it is in force: today or earlier, not before the "
          + "edition in force; left out: today (Beijing)", example = "2026-09-01")
      LocalDate publishedOn,
      @Schema(description = "The public release date, if known", example = "2026-09-08") LocalDate releasedOn,
      @Schema(description = "What its notice repeals", example = "the 2025 Edition (JRSYF [2025] No. 12)")
      @Size(max = 300) @PlainText String repeals) {
  }

  @PostMapping("/editions/draft/publish")
  @PreAuthorize(Access.PUBLISH_EDITION)
  @Operation(summary = "Publish the draft edition: it is the edition in force from its date of issuance (today or "
      + "earlier, not before the edition in force) and never changes afterwards")
  @ApiResponse(responseCode = "201", description = "Published: the edition with its change log (Location: "
      + "/api/catalog/editions/{code})")
  @ApiResponse(responseCode = "409", description = "An edition with this code is already published, or the draft has "
      + "no changes to publish.")
  ResponseEntity<EditionView> publish(@Valid @RequestBody PublishRequest request, Authentication caller) {
    LocalDate on = request.publishedOn() != null ? request.publishedOn() : BureauTime.today(clock);
    CatalogEdition published = catalog.publishDraft(new Catalog.Publication(request.code(), request.name(), on,
        request.releasedOn(), request.repeals(), request.nameZh()), caller.getName());
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
