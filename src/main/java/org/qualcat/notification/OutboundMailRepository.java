package org.qualcat.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboundMailRepository extends JpaRepository<OutboundMail, Long> {

  List<OutboundMail> findByStatusAndNextAttemptAtLessThanEqualOrderById(MailStatus status, Instant due, Limit limit);

  List<OutboundMail> findByReferenceOrderById(String reference);
}
