package org.qualcat.verification;

import java.util.Set;
import org.qualcat.employer.Employers;
import org.qualcat.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Makes the {@link Caller} of a request: the signed-in user, their groups, and for HR staff their organisation. */
@Component
class Callers {

  private final Employers employers;

  Callers(Employers employers) {
    this.employers = employers;
  }

  Caller of(Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()) {
      return new Caller(null, Set.of());
    }
    Set<String> groups = Roles.groupsOf(authentication);
    // only HR staff cost a lookup of their organisation
    return new Caller(authentication.getName(), groups, groups.contains(Roles.EMPLOYERS)
        ? employers.organisationOf(authentication.getName()).orElse(null) : null);
  }
}
