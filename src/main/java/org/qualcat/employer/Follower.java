package org.qualcat.employer;

import java.util.Objects;
import org.qualcat.system.Published;

/**
 * Who follows what a holder or an organisation submitted (a verification case, a title application): the holder
 * their own; an organisation's <em>current</em> HR staff whatever any of them submitted for it (one who has left the
 * organisation no longer follows it). One rule for every such record (ADR 0028).
 *
 * @param user     the signed-in user (null: nobody, who follows nothing)
 * @param employer the organisation whose HR staff the user is, null when they are not
 */
@Published
public record Follower(String user, Organisation employer) {

  /** Whether a record {@code applicant} submitted, for organisation {@code employerId} (null: their own), is ours. */
  public boolean follows(String applicant, Long employerId) {
    if (user == null) {
      return false;
    }
    return employerId == null ? user.equals(applicant)
        : employer != null && Objects.equals(employer.id(), employerId);
  }
}
