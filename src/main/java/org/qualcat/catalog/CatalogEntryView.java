package org.qualcat.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A qualification as an edition shows it, with its status today under the edition in force (a qualification a later
 * edition removed still appears in the edition that listed it, marked REMOVED; a removal the committee decided but
 * no edition has published yet shows nowhere). The sector and the notes come in English and, when the catalog has
 * them, in Chinese. A sample row's research note (its source) is not part of it: that is for staff
 * ({@link ResearchNotes}); {@code provenance} and {@code illustrative} say what the public needs to know.
 */
public record CatalogEntryView(
    String code,
    String nameEn,
    String nameZh,
    String issuingBody,
    String countryRegion,
    String sector,
    @JsonInclude(JsonInclude.Include.NON_NULL) String sectorZh,
    Set<CatalogList> lists,
    TitleLevel titleLevel,
    String titleSeries,
    Set<TitleChannel> titleChannels,
    String skillLevel,
    PracticeField practiceField,
    VerificationChannel verificationChannel,
    String notes,
    @JsonInclude(JsonInclude.Include.NON_NULL) String notesZh,
    Provenance provenance,
    boolean illustrative,
    QualificationStatus statusInEdition,
    QualificationStatus status,
    String edition,
    @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> staff) {

  static CatalogEntryView of(EditionEntry entry, QualificationStatus statusToday) {
    QualificationDetails d = entry.getDetails();
    return new CatalogEntryView(entry.getCode(), d.nameEn(), d.nameZh(), d.issuingBody(), d.countryRegion(),
        d.sector(), d.sectorZh(), d.lists(), d.titleLevel(), d.titleSeries(), d.titleChannels(), d.skillLevel(), d.practiceField(),
        d.verificationChannel(), d.notes(), d.notesZh(), d.provenance(), d.provenance().isIllustrative(),
        entry.getStatus(), statusToday, entry.getEdition().getCode(), null);
  }

  /** The same entry with what staff see besides (monitoring history, research notes, …). */
  CatalogEntryView withStaffDetails(Map<String, Object> details) {
    return new CatalogEntryView(code, nameEn, nameZh, issuingBody, countryRegion, sector, sectorZh, lists, titleLevel,
        titleSeries, titleChannels, skillLevel, practiceField, verificationChannel, notes, notesZh, provenance, illustrative,
        statusInEdition, status, edition, details);
  }

  /** The name in the language of {@code locale}. */
  public String nameIn(Locale locale) {
    return Localized.chinese(locale) ? nameZh : nameEn;
  }

  /** The name in the other language, shown beside it. */
  public String otherName(Locale locale) {
    return Localized.chinese(locale) ? nameEn : nameZh;
  }

  /** The sector in the language of {@code locale}, in English when the catalog has no Chinese. */
  public String sectorIn(Locale locale) {
    return Localized.pick(locale, sector, sectorZh);
  }

  /** The public notes in the language of {@code locale}, in English when the catalog has no Chinese. */
  public String notesIn(Locale locale) {
    return Localized.pick(locale, notes, notesZh);
  }

  /** Whether {@link #sectorIn} is the English text on a page in another language (marked {@code lang="en"}). */
  public boolean sectorInEnglish(Locale locale) {
    return Localized.fallsBack(locale, sectorZh);
  }

  public boolean notesInEnglish(Locale locale) {
    return Localized.fallsBack(locale, notesZh);
  }
}
