package org.qualcat.catalog;

import org.qualcat.system.Published;
import java.time.Instant;
import java.util.Objects;

/**
 * The decision behind a change to the catalog, as the change log records it.
 *
 * @param reference         what decided it, e.g. a nomination reference or "import 2026-11-27T10:00Z"
 * @param processInstanceId the process instance that took the decision, if a process did
 * @param summary           one line a reader of the change log understands
 * @param summaryZh         the same line in Chinese (null where none was written: the English is shown)
 */
@Published
public record Decision(String reference, String processInstanceId, String summary, String summaryZh,
    String decidedBy, Instant decidedAt) {

  public Decision {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(decidedBy, "decidedBy");
    Objects.requireNonNull(decidedAt, "decidedAt");
  }

  /** A decision whose summary is in English only. */
  public Decision(String reference, String processInstanceId, String summary, String decidedBy, Instant decidedAt) {
    this(reference, processInstanceId, summary, null, decidedBy, decidedAt);
  }
}
