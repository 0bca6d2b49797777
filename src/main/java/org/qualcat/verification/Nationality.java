package org.qualcat.verification;

/** The holder's nationality as the notice distinguishes it: several benefits apply to one or the other only. */
public enum Nationality {
  CHINESE,
  FOREIGN
}
