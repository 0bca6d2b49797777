package org.qualcat.catalog;

import org.qualcat.system.Published;
import java.time.LocalDate;
import java.util.List;

/**
 * An edition was published and is in force from {@code inForceFrom}: what it removed takes effect now. Published in
 * the publishing transaction, so that whatever a listener does commits or rolls back with the publication.
 *
 * @param removed the codes of the qualifications this edition removes from the catalog
 */
@Published
public record EditionPublished(String code, String name, LocalDate inForceFrom, List<String> removed) {
}
