package org.qualcat.title;

/** What a line of a title application's timeline records. */
public enum TitleEventKind {
  APPLIED,
  EXEMPTIONS_ISSUED,
  GRANTED,
  REFUSED,
  LAPSED,
  WITHDRAWN,
  /** A published edition removed the qualification while the application was open: it ended. */
  QUALIFICATION_REMOVED
}
