package org.qualcat.title;

import java.util.Set;
import org.qualcat.employer.Employers;
import org.qualcat.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Makes the {@link TitleReader} of a signed-in user. */
@Component
class TitleReaders {

  private final Employers employers;

  TitleReaders(Employers employers) {
    this.employers = employers;
  }

  TitleReader of(Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()) {
      return new TitleReader(null, Set.of(), null);
    }
    Set<String> groups = Roles.groupsOf(authentication);
    return new TitleReader(authentication.getName(), groups, groups.contains(Roles.EMPLOYERS)
        ? employers.organisationOf(authentication.getName()).orElse(null) : null);
  }
}
