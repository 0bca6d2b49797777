package org.qualcat.catalog;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QualificationRepository extends JpaRepository<Qualification, String> {

  List<Qualification> findByStatusInOrderByCode(Collection<QualificationStatus> statuses);
}
