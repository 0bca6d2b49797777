package org.qualcat.employer;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmployerMemberRepository extends JpaRepository<EmployerMember, String> {

  List<EmployerMember> findByEmployerOrderByUserId(Employer employer);
}
