package org.qualcat.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qualcat.security.Access;
import org.qualcat.security.Roles;
import org.qualcat.system.PageView;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published catalog, open to everyone. */
@RestController
@RequestMapping("/api/catalog")
@Tag(name = "Catalog", description = "The published catalog and its editions (anonymous)")
class CatalogApi {

  private final CatalogQueries queries;
  private final List<StaffDetails> staffDetails;

  CatalogApi(CatalogQueries queries, List<StaffDetails> staffDetails) {
    this.queries = queries;
    this.staffDetails = staffDetails;
  }

  @GetMapping
  @Operation(summary = "A published edition (the latest unless \"edition\" names one), filtered and paged by code")
  PageView<CatalogEntryView> catalog(
      @Parameter(description = "A published edition's code; left out: the edition in force", example = "2025")
      @RequestParam(required = false) @Size(max = 32) String edition,
      @Parameter(description = CatalogList.MEANINGS, example = "URGENT")
      @RequestParam(required = false) CatalogList list,
      @Parameter(description = "The sector, exactly", example = "Finance / investment")
      @RequestParam(required = false) @Size(max = 120) String sector,
      @Parameter(description = "NOMINATED, LISTED, UNDER_RECTIFICATION or REMOVED", example = "LISTED")
      @RequestParam(required = false) QualificationStatus status,
      @Parameter(description = "Words in the code, names or issuing body", example = "actuar")
      @RequestParam(name = "q", required = false) @Size(max = 120) String text,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return queries.search(edition, new CatalogFilter(list, sector, status, text), PageRequest.of(page, size));
  }

  @GetMapping("/{code}")
  @Operation(summary = "One qualification as the latest published edition shows it, with its current status; "
      + "staff also see its monitoring history")
  CatalogEntryView entry(@Parameter(example = "BJ-I-001") @PathVariable String code, Authentication caller) {
    CatalogEntryView entry = queries.entry(code);
    if (!Access.inAny(caller, Access.MONITORING_READERS) || staffDetails.isEmpty()) {
      return entry;
    }
    Map<String, Object> details = new LinkedHashMap<>();
    staffDetails.forEach(d -> details.put(d.name(), d.forQualification(code)));
    return entry.withStaffDetails(details);
  }

  @GetMapping("/editions")
  @Operation(summary = "Published editions, newest first")
  List<EditionView.Summary> editions() {
    return queries.publishedEditions();
  }

  @GetMapping("/editions/{edition}")
  @Operation(summary = "An edition with its change log; \"draft\" (staff only) is the edition in preparation")
  @ApiResponse(responseCode = "200", description = "The edition, its dates and its change log with the decision "
      + "behind each entry")
  @ApiResponse(responseCode = "403", description = "\"draft\" asked for by a signed-in user who is not staff.")
  EditionView edition(
      @Parameter(description = "An edition's code, or draft", example = "2025") @PathVariable String edition,
      Authentication caller) {
    if (CatalogEdition.DRAFT_CODE.equals(edition) && !Roles.isStaff(caller)) {
      throw new AccessDeniedException("the draft edition is for staff");
    }
    return queries.edition(edition);
  }
}
