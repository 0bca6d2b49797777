package org.qualcat.security;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Who is who, from the identity service: members of a group, their mail addresses, whether a user is in a group. */
@Component
public class StaffDirectory {

  private final IdentityService identity;

  StaffDirectory(IdentityService identity) {
    this.identity = identity;
  }

  /** The ids of the members of {@code group}, ordered by id. */
  public List<String> members(String group) {
    return identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().stream()
        .map(User::getId).toList();
  }

  /** Mail addresses of the members of {@code group} that have one. */
  public List<String> emailsOf(String group) {
    return identity.createUserQuery().memberOfGroup(group).list().stream()
        .map(User::getEmail).filter(Objects::nonNull).filter(e -> !e.isBlank()).toList();
  }

  public Optional<String> emailOf(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    return Optional.ofNullable(user).map(User::getEmail).filter(e -> !e.isBlank());
  }

  public boolean isMember(String userId, String group) {
    return identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0;
  }

  /** The user the engine is working for in this command (a Tasklist or REST user), if any. */
  public Optional<String> currentUser() {
    return Optional.ofNullable(identity.getCurrentAuthentication()).map(a -> a.getUserId());
  }
}
