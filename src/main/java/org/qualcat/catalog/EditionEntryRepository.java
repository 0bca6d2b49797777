package org.qualcat.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface EditionEntryRepository extends JpaRepository<EditionEntry, Long>,
    JpaSpecificationExecutor<EditionEntry> {

  Optional<EditionEntry> findByEditionAndCode(CatalogEdition edition, String code);

  List<EditionEntry> findByEditionAndCodeIn(CatalogEdition edition, Collection<String> codes);

  List<EditionEntry> findByEditionOrderByCode(CatalogEdition edition);

  boolean existsByCode(String code);

  long countByEdition(CatalogEdition edition);
}
