package org.qualcat.catalog;

import org.qualcat.system.Published;

@Published
public enum QualificationStatus {
  /** Proposed for the catalog; not yet decided. */
  NOMINATED,
  /** In the catalog. */
  LISTED,
  /** In the catalog, with a rectification notice running against the issuer. */
  UNDER_RECTIFICATION,
  /** Taken out of the catalog; results issued before stay valid. */
  REMOVED;

  /** Whether holders of this qualification can currently rely on the catalog. */
  public boolean isInCatalog() {
    return this == LISTED || this == UNDER_RECTIFICATION;
  }
}
