package org.qualcat.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the catalog says about a qualification. The live {@link Qualification} holds the working copy; each
 * published {@link EditionEntry} holds an immutable copy, so any edition can be shown as it was published.
 */
@Embeddable
public record QualificationDetails(
    @Column(nullable = false) String nameEn,
    @Column(nullable = false) String nameZh,
    @Column(nullable = false) String issuingBody,
    @Column(nullable = false) String countryRegion,
    @Column(nullable = false) String sector,
    @Column(nullable = false) @Convert(converter = CatalogListsConverter.class) Set<CatalogList> lists,
    @Column(nullable = false) @Enumerated(EnumType.STRING) TitleLevel titleLevel,
    String titleSeries,
    String skillLevel,
    @Column(nullable = false) @Enumerated(EnumType.STRING) PracticeField practiceField,
    @Column(nullable = false) @Enumerated(EnumType.STRING) VerificationChannel verificationChannel,
    String notes,
    @Column(nullable = false) @Enumerated(EnumType.STRING) Provenance provenance,
    String source) {

  public QualificationDetails {
    lists = lists == null || lists.isEmpty() ? EnumSet.noneOf(CatalogList.class) : EnumSet.copyOf(lists);
  }

  public boolean isOn(CatalogList list) {
    return lists.contains(list);
  }

  public QualificationDetails withLists(Set<CatalogList> newLists) {
    return new QualificationDetails(nameEn, nameZh, issuingBody, countryRegion, sector, newLists, titleLevel,
        titleSeries, skillLevel, practiceField, verificationChannel, notes, provenance, source);
  }

  public QualificationDetails withTitleMapping(TitleLevel level, String series, String skill) {
    return new QualificationDetails(nameEn, nameZh, issuingBody, countryRegion, sector, lists, level, series, skill,
        practiceField, verificationChannel, notes, provenance, source);
  }
}
