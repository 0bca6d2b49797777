package org.qualcat.notification;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboundMailRepository extends JpaRepository<OutboundMail, Long> {

  /** Mails of these statuses whose next attempt (or whose claim's lease end, for SENDING) is due at {@code due}. */
  List<OutboundMail> findByStatusInAndNextAttemptAtLessThanEqualOrderById(Collection<MailStatus> statuses, Instant due,
      Limit limit);

  List<OutboundMail> findByReferenceOrderById(String reference);
}
