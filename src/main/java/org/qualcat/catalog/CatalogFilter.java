package org.qualcat.catalog;

/**
 * What a reader of the published catalog may narrow it by; every part is optional.
 *
 * @param list   members of this list only
 * @param sector sector contains this text (case-insensitive)
 * @param status the qualification's current status
 * @param text   code, English or Chinese name or issuing body contains this text
 */
public record CatalogFilter(CatalogList list, String sector, QualificationStatus status, String text) {

  public static CatalogFilter none() {
    return new CatalogFilter(null, null, null, null);
  }
}
