package org.qualcat.security;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

  /** A user's name as people read it ("Zhang Wei"); the id when the user has no name or is unknown. */
  public String name(String userId) {
    User user = userId == null ? null : identity.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : nameOf(user);
  }

  /** The members of {@code group} by id, each with their name, ordered by id. */
  public Map<String, String> namesOf(String group) {
    Map<String, String> names = new LinkedHashMap<>();
    identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list()
        .forEach(user -> names.put(user.getId(), nameOf(user)));
    return names;
  }

  private static String nameOf(User user) {
    String name = Stream.of(user.getFirstName(), user.getLastName()).filter(Objects::nonNull).map(String::strip)
        .filter(part -> !part.isEmpty()).collect(Collectors.joining(" "));
    return name.isEmpty() ? user.getId() : name;
  }

  /** Mail addresses of the members of {@code group} that have one. */
  public List<String> emailsOf(String group) {
    return identity.createUserQuery().memberOfGroup(group).list().stream()
        .map(User::getEmail).filter(Objects::nonNull).filter(e -> !e.isBlank()).toList();
  }

  /**
   * Mail addresses of those in both {@code group} and {@code alsoIn} that have one, in order (a role within one
   * bureau's staff, for instance: the verifiers of one bureau).
   */
  public List<String> emailsOf(String group, String alsoIn) {
    Set<String> inBoth = new HashSet<>(members(alsoIn));
    return identity.createUserQuery().memberOfGroup(group).list().stream().filter(u -> inBoth.contains(u.getId()))
        .map(User::getEmail).filter(Objects::nonNull).filter(e -> !e.isBlank()).sorted().toList();
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
