package org.qualcat.verification;

/** The holder's nationality as the notice distinguishes it: several benefits apply to one or the other only. */
public enum Nationality {
  CHINESE,
  FOREIGN;

  /** What each value means, for the API document. */
  public static final String MEANINGS =
      "The holder's nationality, as the notice distinguishes it: CHINESE or FOREIGN (some benefits "
      + "apply to one only).";
}
