package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * HTTP Basic checks the password on every request; a success is remembered for a few seconds, a failure never, and
 * a failure makes the engine check the user's next request again (so that its lockout holds).
 */
class CamundaIdentityAuthenticationProviderTest {

  private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  private final AtomicLong now = new AtomicLong();
  private final CamundaIdentityAuthenticationProvider provider =
      new CamundaIdentityAuthenticationProvider(identity, Duration.ofSeconds(10), now::get);

  @BeforeEach
  void applicantWithPassword() {
    when(identity.checkPassword(anyString(), anyString())).thenReturn(false);
    when(identity.checkPassword("applicant1", "right")).thenReturn(true);
    Group applicants = mock(Group.class);
    when(applicants.getId()).thenReturn(Roles.APPLICANTS);
    when(identity.createGroupQuery().groupMember("applicant1").list()).thenReturn(List.of(applicants));
  }

  @Test
  void aSuccessIsRememberedForAWhileWithTheSameRoles() {
    Authentication first = provider.authenticate(basic("applicant1", "right"));
    now.addAndGet(Duration.ofSeconds(9).toNanos());
    Authentication again = provider.authenticate(basic("applicant1", "right"));

    assertThat(roles(again)).isEqualTo(roles(first)).containsExactly(Roles.authority(Roles.APPLICANTS));
    assertThat(again.getName()).isEqualTo("applicant1");
    assertThat(again.getCredentials()).isNull();
    verify(identity, times(1)).checkPassword("applicant1", "right");

    now.addAndGet(Duration.ofSeconds(2).toNanos());
    provider.authenticate(basic("applicant1", "right"));
    verify(identity, times(2)).checkPassword("applicant1", "right");
  }

  @Test
  void anotherPasswordIsCheckedByTheEngineAndAFailureIsNeverRemembered() {
    provider.authenticate(basic("applicant1", "right"));

    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> provider.authenticate(basic("applicant1", "wrong")))
          .isInstanceOf(BadCredentialsException.class);
    }
    verify(identity, times(2)).checkPassword("applicant1", "wrong");
  }

  @Test
  void afterAFailureTheRightPasswordIsCheckedAgainSoThatALockedUserIsRefused() {
    provider.authenticate(basic("applicant1", "right"));
    assertThatThrownBy(() -> provider.authenticate(basic("applicant1", "wrong")))
        .isInstanceOf(BadCredentialsException.class);
    // the engine has locked the user meanwhile
    when(identity.checkPassword("applicant1", "right")).thenReturn(false);

    assertThatThrownBy(() -> provider.authenticate(basic("applicant1", "right")))
        .isInstanceOf(BadCredentialsException.class);
  }

  @Test
  void nothingIsRememberedWhenTurnedOff() {
    CamundaIdentityAuthenticationProvider off = new CamundaIdentityAuthenticationProvider(identity, Duration.ZERO,
        now::get);

    off.authenticate(basic("applicant1", "right"));
    off.authenticate(basic("applicant1", "right"));

    verify(identity, times(2)).checkPassword("applicant1", "right");
  }

  private static UsernamePasswordAuthenticationToken basic(String user, String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
  }

  private static List<String> roles(Authentication authentication) {
    return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
  }
}
