package org.qualcat.catalog;

import org.qualcat.system.Published;
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
 * {@code notes} are public; {@code sectorZh} and {@code notesZh} are the sector and the notes in Chinese, when given;
 * {@code source} is the research note of a sample row, for staff only. {@code titleChannels} are the approaches of
 * notice II by which a title-eligible qualification leads to a Beijing title; empty off the title-eligible list.
 */
@Published
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
    String source,
    String sectorZh,
    String notesZh,
    @Convert(converter = TitleChannelsConverter.class) @Column(length = 80) Set<TitleChannel> titleChannels) {

  public QualificationDetails {
    lists = lists == null || lists.isEmpty() ? EnumSet.noneOf(CatalogList.class) : EnumSet.copyOf(lists);
    titleChannels = titleChannels == null || titleChannels.isEmpty() || !lists.contains(CatalogList.TITLE_ELIGIBLE)
        ? EnumSet.noneOf(TitleChannel.class) : EnumSet.copyOf(titleChannels);
  }

  /** The details without title channels. */
  public QualificationDetails(String nameEn, String nameZh, String issuingBody, String countryRegion, String sector,
      Set<CatalogList> lists, TitleLevel titleLevel, String titleSeries, String skillLevel, PracticeField practiceField,
      VerificationChannel verificationChannel, String notes, Provenance provenance, String source, String sectorZh,
      String notesZh) {
    this(nameEn, nameZh, issuingBody, countryRegion, sector, lists, titleLevel, titleSeries, skillLevel, practiceField,
        verificationChannel, notes, provenance, source, sectorZh, notesZh, null);
  }

  /** The details without a Chinese sector or notes (the English ones are then shown in both languages). */
  public QualificationDetails(String nameEn, String nameZh, String issuingBody, String countryRegion, String sector,
      Set<CatalogList> lists, TitleLevel titleLevel, String titleSeries, String skillLevel, PracticeField practiceField,
      VerificationChannel verificationChannel, String notes, Provenance provenance, String source) {
    this(nameEn, nameZh, issuingBody, countryRegion, sector, lists, titleLevel, titleSeries, skillLevel, practiceField,
        verificationChannel, notes, provenance, source, null, null, null);
  }

  /**
   * Why {@code channels} cannot go with {@code lists} (title channels belong to the title-eligible list, notice II), or
   * null when they can: what a nomination or an adjustment is told instead of having its channels dropped.
   */
  public static String titleChannelsProblem(Set<CatalogList> lists, Set<TitleChannel> channels) {
    return channels != null && !channels.isEmpty() && (lists == null || !lists.contains(CatalogList.TITLE_ELIGIBLE))
        ? "apply only to a qualification on TITLE_ELIGIBLE (notice II)" : null;
  }

  public boolean isOn(CatalogList list) {
    return lists.contains(list);
  }

  public QualificationDetails withLists(Set<CatalogList> newLists) {
    return new QualificationDetails(nameEn, nameZh, issuingBody, countryRegion, sector, newLists, titleLevel,
        titleSeries, skillLevel, practiceField, verificationChannel, notes, provenance, source, sectorZh, notesZh,
        titleChannels);
  }

  public QualificationDetails withTitleMapping(TitleLevel level, String series, String skill) {
    return new QualificationDetails(nameEn, nameZh, issuingBody, countryRegion, sector, lists, level, series, skill,
        practiceField, verificationChannel, notes, provenance, source, sectorZh, notesZh, titleChannels);
  }

  public QualificationDetails withTitleChannels(Set<TitleChannel> channels) {
    return new QualificationDetails(nameEn, nameZh, issuingBody, countryRegion, sector, lists, titleLevel,
        titleSeries, skillLevel, practiceField, verificationChannel, notes, provenance, source, sectorZh, notesZh,
        channels);
  }
}
