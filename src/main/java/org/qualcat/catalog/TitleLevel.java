package org.qualcat.catalog;

/** The professional title a qualification corresponds to (notice I.(I)2 and I.(II)1). */
public enum TitleLevel {
  NONE,
  INTERMEDIATE,
  DEPUTY_SENIOR
}
