package org.qualcat.catalog;

import io.swagger.v3.oas.annotations.Operation;
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
      @RequestParam(required = false) @Size(max = 32) String edition,
      @RequestParam(required = false) CatalogList list,
      @RequestParam(required = false) @Size(max = 120) String sector,
      @RequestParam(required = false) QualificationStatus status,
      @RequestParam(name = "q", required = false) @Size(max = 120) String text,
      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
    return queries.search(edition, new CatalogFilter(list, sector, status, text), PageRequest.of(page, size));
  }

  @GetMapping("/{code}")
  @Operation(summary = "One qualification as the latest published edition shows it, with its current status; "
      + "staff also see its monitoring history")
  CatalogEntryView entry(@PathVariable String code, Authentication caller) {
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
  EditionView edition(@PathVariable String edition, Authentication caller) {
    if (CatalogEdition.DRAFT_CODE.equals(edition) && !Roles.isStaff(caller)) {
      throw new AccessDeniedException("the draft edition is for staff");
    }
    return queries.edition(edition);
  }
}
