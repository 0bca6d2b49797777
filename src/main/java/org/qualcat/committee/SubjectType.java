package org.qualcat.committee;

import org.qualcat.system.Published;

/** What the committee is asked to decide. */
@Published
public enum SubjectType {
  /** Include a nominated qualification in the catalog. */
  NOMINATION,
  /** Move a listed qualification between lists or change its title/skill mapping. */
  ADJUSTMENT,
  /** Remove a qualification from the catalog. */
  EXIT
}
