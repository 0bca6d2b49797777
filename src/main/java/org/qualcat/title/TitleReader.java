package org.qualcat.title;

import java.util.Set;
import org.qualcat.employer.Follower;
import org.qualcat.employer.Organisation;
import org.qualcat.security.Access;
import org.qualcat.security.Roles;

/**
 * Who reads a title application, as verification cases are read ({@code verification.Caller}): a holder their own
 * applications, an organisation's current HR staff the organisation's, the title office all; for anyone else an
 * application does not exist (404).
 */
record TitleReader(String user, Set<String> groups, Organisation employer) {

  boolean isOfficer() {
    return groups.stream().anyMatch(Access.TITLE_OFFICERS::contains);
  }

  boolean isEmployer() {
    return employer != null && groups.contains(Roles.EMPLOYERS);
  }

  boolean isApplicant() {
    return groups.contains(Roles.APPLICANTS);
  }

  /** Whether this reader applies for titles (holders, and HR staff of a registered organisation). */
  boolean applies() {
    return isApplicant() || isEmployer();
  }

  boolean mayRead(TitleApplication application) {
    return isOfficer() || follows(application);
  }

  /** Whether the application is this reader's to follow and withdraw. */
  boolean follows(TitleApplication application) {
    return new Follower(user, isEmployer() ? employer : null)
        .follows(application.getApplicant(), application.getEmployerId());
  }
}
