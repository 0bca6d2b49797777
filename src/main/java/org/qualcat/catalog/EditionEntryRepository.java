package org.qualcat.catalog;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface EditionEntryRepository extends JpaRepository<EditionEntry, Long>,
    JpaSpecificationExecutor<EditionEntry> {

  Optional<EditionEntry> findByEditionAndCode(CatalogEdition edition, String code);

  long countByEdition(CatalogEdition edition);
}
