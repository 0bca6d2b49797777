package org.qualcat.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.Set;

/**
 * A qualification as an edition shows it, with its status today under the edition in force (a qualification a later
 * edition removed still appears in the edition that listed it, marked REMOVED; a removal the committee decided but
 * no edition has published yet shows nowhere).
 */
public record CatalogEntryView(
    String code,
    String nameEn,
    String nameZh,
    String issuingBody,
    String countryRegion,
    String sector,
    Set<CatalogList> lists,
    TitleLevel titleLevel,
    String titleSeries,
    String skillLevel,
    PracticeField practiceField,
    VerificationChannel verificationChannel,
    String notes,
    Provenance provenance,
    boolean illustrative,
    String source,
    QualificationStatus statusInEdition,
    QualificationStatus status,
    String edition,
    @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> staff) {

  static CatalogEntryView of(EditionEntry entry, QualificationStatus statusToday) {
    QualificationDetails d = entry.getDetails();
    return new CatalogEntryView(entry.getCode(), d.nameEn(), d.nameZh(), d.issuingBody(), d.countryRegion(),
        d.sector(), d.lists(), d.titleLevel(), d.titleSeries(), d.skillLevel(), d.practiceField(),
        d.verificationChannel(), d.notes(), d.provenance(), d.provenance().isIllustrative(), d.source(),
        entry.getStatus(), statusToday, entry.getEdition().getCode(), null);
  }

  /** The same entry with what staff see besides (monitoring history, …). */
  CatalogEntryView withStaffDetails(Map<String, Object> details) {
    return new CatalogEntryView(code, nameEn, nameZh, issuingBody, countryRegion, sector, lists, titleLevel,
        titleSeries, skillLevel, practiceField, verificationChannel, notes, provenance, illustrative, source,
        statusInEdition, status, edition, details);
  }
}
