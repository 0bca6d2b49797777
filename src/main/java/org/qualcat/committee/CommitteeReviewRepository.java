package org.qualcat.committee;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.qualcat.system.NotFoundException;
import org.springframework.data.jpa.repository.Query;

public interface CommitteeReviewRepository extends JpaRepository<CommitteeReview, Long> {

  Optional<CommitteeReview> findByProcessInstanceId(String processInstanceId);

  /** The review {@code reviewId}, or 404. */
  default CommitteeReview review(long reviewId) {
    return findById(reviewId).orElseThrow(() -> new NotFoundException("no committee review " + reviewId));
  }

  /** The reviews of a subject, newest first (a subject is reviewed again only after an earlier review closed). */
  List<CommitteeReview> findBySubjectReferenceOrderByIdDesc(String subjectReference);

  List<CommitteeReview> findByStatusOrderByNoticeEndsAt(ReviewStatus status);

  /** How many open scoring assignments each expert has, to share the work. */
  @Query("""
      select a.expert, count(a) from ReviewAssignment a
      where a.replacedBy is null and a.review.status in :open
        and not exists (select s from ExpertScore s where s.review = a.review and s.expert = a.expert)
      group by a.expert""")
  List<Object[]> openAssignmentsPerExpert(Collection<ReviewStatus> open);
}
