package org.qualcat.nomination.boundaryfixture;

import org.qualcat.catalog.CatalogEdition;

/**
 * A nomination class as it must not be written: it reads the catalog's edition entity, which the catalog does not
 * publish. {@code ModuleBoundariesTest} shows the boundary rule refuses it.
 */
public class ReachesIntoTheCatalog {

  public String editionCode(CatalogEdition edition) {
    return edition.getCode();
  }
}
