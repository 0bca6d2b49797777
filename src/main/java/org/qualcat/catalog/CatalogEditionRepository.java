package org.qualcat.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CatalogEditionRepository extends JpaRepository<CatalogEdition, Long> {

  Optional<CatalogEdition> findFirstByStatus(EditionStatus status);

  Optional<CatalogEdition> findByCodeAndStatus(String code, EditionStatus status);

  Optional<CatalogEdition> findFirstByStatusOrderByPublishedOnDescIdDesc(EditionStatus status);

  List<CatalogEdition> findByStatusOrderByPublishedOnDescIdDesc(EditionStatus status);

  boolean existsByCode(String code);
}
