package org.qualcat.title;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TitleEventRepository extends JpaRepository<TitleEvent, Long> {

  List<TitleEvent> findByApplicationIdOrderById(Long applicationId);
}
