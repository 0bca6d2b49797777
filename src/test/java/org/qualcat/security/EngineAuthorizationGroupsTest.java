package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short group list goes to the authorization checks as it is (without the engine's read of every authorized
 * group, which needs a transaction: none is open here), without repeats or blanks.
 */
class EngineAuthorizationGroupsTest {

  private final EngineAuthorizationGroups.ShortGroupListsAsTheyAre manager =
      new EngineAuthorizationGroups.ShortGroupListsAsTheyAre();

  @Test
  void aShortListIsTakenAsItIsWithoutReadingTheAuthorizations() {
    List<String> groups = manager.filterAuthenticatedGroupIds(
        Arrays.asList(Roles.VERIFIERS, null, Roles.MONITORS, Roles.VERIFIERS));

    assertThat(groups).containsExactly(Roles.VERIFIERS, Roles.MONITORS);
    groups.add("the checks may extend it");
  }

  @Test
  void noGroupsAreNoGroups() {
    assertThat(manager.filterAuthenticatedGroupIds(List.of())).isEmpty();
    assertThat(manager.filterAuthenticatedGroupIds(null)).isEmpty();
  }
}
