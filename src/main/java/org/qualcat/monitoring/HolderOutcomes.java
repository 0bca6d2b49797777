package org.qualcat.monitoring;

/** Tangible outcomes of holders' innovation and entrepreneurship in Beijing (notice section V). */
public enum HolderOutcomes {
  NOTABLE,
  SOME,
  NONE
}
