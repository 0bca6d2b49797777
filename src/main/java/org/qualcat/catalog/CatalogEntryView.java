package org.qualcat.catalog;

import java.util.Set;

/**
 * A qualification as an edition shows it, with its status today (a qualification removed after the edition was
 * published still appears in it, marked REMOVED).
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
    String edition) {

  static CatalogEntryView of(EditionEntry entry, QualificationStatus currentStatus) {
    QualificationDetails d = entry.getDetails();
    return new CatalogEntryView(entry.getCode(), d.nameEn(), d.nameZh(), d.issuingBody(), d.countryRegion(),
        d.sector(), d.lists(), d.titleLevel(), d.titleSeries(), d.skillLevel(), d.practiceField(),
        d.verificationChannel(), d.notes(), d.provenance(), d.provenance().isIllustrative(), d.source(),
        entry.getStatus(), currentStatus, entry.getEdition().getCode());
  }
}
