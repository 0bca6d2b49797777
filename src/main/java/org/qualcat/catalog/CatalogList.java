package org.qualcat.catalog;

import java.util.Set;
import org.qualcat.system.Published;

/** The four lists of the 2025 Edition; a qualification may be on several. */
@Published
public enum CatalogList {
  /** List of International Professional Qualifications (the base list), notice I.(I). */
  INTERNATIONAL,
  /** List of Urgently-in-Demand International Professional Qualifications, notice I.(II). */
  URGENT,
  /** List of "Go-Global" Professional Qualifications, notice I.(III). */
  GO_GLOBAL,
  /** List of qualifications eligible for Beijing's professional and technical titles, notice II. */
  TITLE_ELIGIBLE;

  /** What each value means, for the API document. */
  public static final String MEANINGS =
      "INTERNATIONAL: the List of International Professional Qualifications (the base list, notice "
      + "I.(I)); URGENT: the List of Urgently-in-Demand International Professional Qualifications "
      + "(I.(II)); GO_GLOBAL: the List of \"Go-Global\" Professional Qualifications (I.(III)); "
      + "TITLE_ELIGIBLE: eligible for Beijing's professional and technical titles (II). A qualification "
      + "may be on several.";

  /** The list's name as the notice gives it in English. */
  public String englishName() {
    return switch (this) {
      case INTERNATIONAL -> "List of International Professional Qualifications";
      case URGENT -> "List of Urgently-in-Demand International Professional Qualifications";
      case GO_GLOBAL -> "List of \"Go-Global\" Professional Qualifications";
      case TITLE_ELIGIBLE -> "List of Qualifications Eligible for Beijing's Professional Titles";
    };
  }

  /** The lists' English names, in the notice's order, separated by commas (the proposals staff review). */
  public static String englishNames(Set<CatalogList> lists) {
    return String.join(", ", lists.stream().sorted().map(CatalogList::englishName).toList());
  }
}
