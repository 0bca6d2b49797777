package org.qualcat.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EditionChangeRepository extends JpaRepository<EditionChange, Long> {

  List<EditionChange> findByEditionOrderById(CatalogEdition edition);

  long countByEdition(CatalogEdition edition);

  List<EditionChange> findByQualificationCodeOrderById(String qualificationCode);
}
