package org.qualcat.title;

import org.qualcat.catalog.TitleLevel;

/**
 * The level of the professional title applied for. A catalog entry maps a qualification to an intermediate or a
 * deputy senior title (notice I.(I)2, I.(II)1, I.(III)1), "enabling holders … to apply for senior professional titles":
 * a level above the mapped one goes to the evaluation committee (decision table {@code title-channel}).
 */
public enum TitleRank {
  INTERMEDIATE,
  DEPUTY_SENIOR,
  SENIOR;

  public static final String MEANINGS = "The title applied for: INTERMEDIATE (中级), DEPUTY_SENIOR (副高级), "
      + "SENIOR (正高级).";

  /** The rank a catalog mapping names, or null for none. */
  static TitleRank of(TitleLevel level) {
    return switch (level) {
      case NONE -> null;
      case INTERMEDIATE -> INTERMEDIATE;
      case DEPUTY_SENIOR -> DEPUTY_SENIOR;
    };
  }
}
