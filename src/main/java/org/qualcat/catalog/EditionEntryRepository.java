package org.qualcat.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface EditionEntryRepository extends JpaRepository<EditionEntry, Long>,
    JpaSpecificationExecutor<EditionEntry> {

  // JPQL, not a name-derived query: Hibernate translates a JPQL string once and keeps it (docs/adr/0033)
  @Query("select e from EditionEntry e where e.edition = ?1 and e.code = ?2")
  Optional<EditionEntry> findByEditionAndCode(CatalogEdition edition, String code);

  List<EditionEntry> findByEditionAndCodeIn(CatalogEdition edition, Collection<String> codes);

  List<EditionEntry> findByEditionOrderByCode(CatalogEdition edition);

  boolean existsByCode(String code);

  long countByEdition(CatalogEdition edition);
}
