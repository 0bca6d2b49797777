package org.qualcat.catalog;

import org.qualcat.system.Published;

/**
 * Where a catalog row comes from. Sample rows carry the research confidence of
 * {@code ../shared/domain/catalog.csv}: an INFERRED row is illustrative demo data and is never shown as official.
 */
@Published
public enum Provenance {
  /** Recorded by the bureau: a committee decision or an import without a sample marker. */
  OFFICIAL,
  /** Sample row backed by a public source (for an earlier edition; 2025 membership unverified). */
  VERIFIED,
  /** Sample row that is an educated guess: illustrative only. */
  INFERRED;

  /** Reads the marker at the start of a sample row's source note ("VERIFIED: ...", "INFERRED: ..."). */
  public static Provenance ofSource(String source) {
    if (source == null) {
      return OFFICIAL;
    }
    String s = source.strip();
    if (s.startsWith("INFERRED")) {
      return INFERRED;
    }
    if (s.startsWith("VERIFIED")) {
      return VERIFIED;
    }
    return OFFICIAL;
  }

  public boolean isIllustrative() {
    return this == INFERRED;
  }
}
