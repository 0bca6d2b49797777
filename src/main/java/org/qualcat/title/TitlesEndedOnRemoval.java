package org.qualcat.title;

import org.qualcat.catalog.EditionPublished;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a published edition removes qualifications, the open title applications resting on them end (a removal takes
 * effect with its edition, as the catalog's other readers see it); titles already granted stay. In the publication's
 * transaction: if the publication fails, nothing ended.
 */
@Component
class TitlesEndedOnRemoval {

  private final TitleApplications applications;

  TitlesEndedOnRemoval(TitleApplications applications) {
    this.applications = applications;
  }

  @EventListener
  public void onEditionPublished(EditionPublished edition) {
    edition.removed().forEach(code -> applications.endForRemovedQualification(code, edition.code()));
  }
}
