package org.qualcat.catalog;

public enum EditionStatus {
  /** The next edition, collecting decisions; there is exactly one. */
  DRAFT,
  /** Published: never changes again. */
  PUBLISHED
}
