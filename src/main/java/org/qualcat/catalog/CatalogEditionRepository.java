package org.qualcat.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CatalogEditionRepository extends JpaRepository<CatalogEdition, Long> {

  Optional<CatalogEdition> findFirstByStatus(EditionStatus status);

  // JPQL, not a name-derived query: Hibernate translates a JPQL string once and keeps it (docs/adr/0033)
  @Query("select e from CatalogEdition e where e.code = ?1 and e.status = ?2")
  Optional<CatalogEdition> findByCodeAndStatus(String code, EditionStatus status);

  @Query("select e from CatalogEdition e where e.status = ?1 order by e.publishedOn desc, e.id desc limit 1")
  Optional<CatalogEdition> findFirstByStatusOrderByPublishedOnDescIdDesc(EditionStatus status);

  List<CatalogEdition> findByStatusOrderByPublishedOnDescIdDesc(EditionStatus status);

  boolean existsByCode(String code);
}
