package org.qualcat.verification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The materials; {@link MaterialByToken#findByToken} one by its token, from the persistence context once read. */
interface CaseMaterialRepository extends JpaRepository<CaseMaterial, Long>, MaterialByToken {

  @Query("select m from CaseMaterial m where m.verificationCase = ?1 order by m.id")
  List<CaseMaterial> findByVerificationCaseOrderById(VerificationCase verificationCase);

  Optional<CaseMaterial> findByIdAndVerificationCase(Long id, VerificationCase verificationCase);

  long countByUploadedByAndVerificationCaseIsNull(String uploadedBy);

  @Query("select m.id from CaseMaterial m where m.verificationCase is null and m.uploadedAt < ?1")
  List<Long> findPendingUploadedBefore(Instant before);

  @Modifying
  @Query(value = "delete from case_material_content where material_id in (?1)", nativeQuery = true)
  int deleteContentOf(Collection<Long> ids);

  @Modifying
  @Query("delete from CaseMaterial m where m.id in ?1 and m.verificationCase is null")
  int deletePending(Collection<Long> ids);

  @Modifying
  @Query(value = "insert into case_material_content (material_id, content) values (?1, ?2)", nativeQuery = true)
  void saveContent(Long id, byte[] content);

  @Query(value = "select content from case_material_content where material_id = ?1", nativeQuery = true)
  byte[] contentOf(Long id);
}
