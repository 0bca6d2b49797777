package org.qualcat.catalog;

import org.springframework.stereotype.Component;

/**
 * The research note behind a sample row (the catalog file's {@code source}: where the row comes from and how sure it
 * is), which staff see with a qualification and the public never does.
 */
@Component
class ResearchNotes implements StaffDetails {

  private final CatalogQueries queries;

  ResearchNotes(CatalogQueries queries) {
    this.queries = queries;
  }

  @Override
  public String name() {
    return "researchNote";
  }

  @Override
  public String forQualification(String code) {
    return queries.researchNote(code);
  }
}
