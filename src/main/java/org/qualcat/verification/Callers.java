package org.qualcat.verification;

import java.util.Set;
import org.qualcat.bureau.Bureaus;
import org.qualcat.employer.Employers;
import org.qualcat.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link Caller} of a request: the signed-in user, their groups, for HR staff their organisation, for
 * verification officers the regions of their bureaus.
 */
@Component
class Callers {

  private final Employers employers;
  private final Bureaus bureaus;

  Callers(Employers employers, Bureaus bureaus) {
    this.employers = employers;
    this.bureaus = bureaus;
  }

  Caller of(Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()) {
      return new Caller(null, Set.of());
    }
    Set<String> groups = Roles.groupsOf(authentication);
    // only HR staff cost a lookup of their organisation
    return new Caller(authentication.getName(), groups, groups.contains(Roles.EMPLOYERS)
        ? employers.organisationOf(authentication.getName()).orElse(null) : null, bureaus.regionsOf(groups));
  }
}
