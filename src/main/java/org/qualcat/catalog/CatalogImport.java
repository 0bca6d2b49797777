package org.qualcat.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qualcat.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a catalog file into the draft edition, all or nothing: a file with any bad row is refused whole, with a
 * report naming each bad row. New codes are listed (ADDED), known ones revised (ADJUSTED) when they differ. A code
 * under nomination is refused: only the committee lists it.
 */
@Service
public class CatalogImport {

  private final Catalog catalog;
  private final QualificationRepository qualifications;
  private final AuditTrail audit;
  private final Clock clock;

  CatalogImport(Catalog catalog, QualificationRepository qualifications, AuditTrail audit, Clock clock) {
    this.catalog = catalog;
    this.qualifications = qualifications;
    this.audit = audit;
    this.clock = clock;
  }

  /** What an import did. */
  @Schema(description = "What an import did to the draft edition")
  public record Report(
      @Schema(description = "The edition it went into", example = "draft") String edition,
      @Schema(description = "Rows read", example = "46") int rows,
      @Schema(description = "Qualifications added", example = "2") int added,
      @Schema(description = "Qualifications changed", example = "5") int updated,
      @Schema(description = "Rows that changed nothing", example = "39") int unchanged) {
  }

  /** The file was refused; nothing was imported. */
  public static class Rejected extends RuntimeException {

    private final transient List<CatalogFile.RowError> errors;
    private final int rows;

    Rejected(List<CatalogFile.RowError> errors, int rows) {
      super(errors.size() + " problems in a catalog file of " + rows + " rows");
      this.errors = List.copyOf(errors);
      this.rows = rows;
    }

    public List<CatalogFile.RowError> getErrors() {
      return errors;
    }

    public int getRows() {
      return rows;
    }

    public long badRows() {
      return errors.stream().map(CatalogFile.RowError::row).distinct().count();
    }
  }

  @Transactional
  public Report importFile(Reader csv, String fileName, String importedBy) {
    return importFile(csv, fileName, importedBy, clock.instant());
  }

  /**
   * An import whose change log is dated {@code decidedAt} rather than now: the demo's sample catalog is dated as the
   * edition it is published as ({@link SampleCatalog}).
   */
  @Transactional
  Report importFile(Reader csv, String fileName, String importedBy, Instant decidedAt) {
    CatalogFile.Contents contents = CatalogFile.read(csv);
    if (!contents.isValid()) {
      throw new Rejected(contents.errors(), contents.rowCount());
    }
    Map<String, Qualification> known = qualifications
        .findAllById(contents.rows().stream().map(CatalogFile.Row::code).toList()).stream()
        .collect(Collectors.toMap(Qualification::getCode, Function.identity()));
    List<CatalogFile.RowError> underNomination = contents.rows().stream()
        .filter(row -> known.containsKey(row.code())
            && known.get(row.code()).getStatus() == QualificationStatus.NOMINATED)
        .map(row -> new CatalogFile.RowError(row.row(), row.code(), "code",
            "is under nomination: the catalog committee decides whether it is listed"))
        .toList();
    if (!underNomination.isEmpty()) {
      throw new Rejected(underNomination, contents.rowCount());
    }
    Instant now = decidedAt;
    String reference = reference(fileName, now);
    int added = 0;
    int updated = 0;
    for (CatalogFile.Row row : contents.rows()) {
      Qualification existing = known.get(row.code());
      if (existing == null || !existing.getStatus().isInCatalog()) {
        catalog.list(row.code(), row.details(),
            new Decision(reference, null, "Listed from catalog file " + fileName, "依目录文件 " + fileName + " 列入",
                importedBy, now));
        added++;
      } else if (catalog.revise(row.code(), row.details(),
          new Decision(reference, null, "Updated from catalog file " + fileName, "依目录文件 " + fileName + " 更新",
              importedBy, now))) {
        updated++;
      }
    }
    int unchanged = contents.rows().size() - added - updated;
    audit.decision(CatalogAuditActions.CATALOG_IMPORTED, reference, contents.rows().size() + " rows: " + added + " added, "
        + updated + " updated, " + unchanged + " unchanged");
    return new Report(CatalogEdition.DRAFT_CODE, contents.rows().size(), added, updated, unchanged);
  }

  private static String reference(String fileName, Instant at) {
    String reference = "import " + at.truncatedTo(ChronoUnit.SECONDS) + " " + fileName;
    return reference.length() > 120 ? reference.substring(0, 120) : reference;
  }
}
