package org.qualcat.employer;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmployerRepository extends JpaRepository<Employer, Long> {

  Optional<Employer> findByCreditCode(String creditCode);
}
