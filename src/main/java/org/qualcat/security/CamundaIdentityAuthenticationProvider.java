package org.qualcat.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Authenticates against the Camunda identity service, the one user store: passwords are checked (and failed
 * attempts throttled) by the engine; the user's Camunda groups become their roles.
 *
 * <p>HTTP Basic sends the credentials with every request, and each check costs the engine a user read, a password
 * hash and a group query (docs/benchmarks.md). A successful check is therefore remembered for a short while
 * ({@code qualcat.security.sign-in-remembered-for}, 10 seconds; 0 turns it off), keyed by a keyed hash (HMAC with a
 * key made at start-up and never stored) of the user and password, so that neither the password nor a hash one could
 * test guesses against is kept. A failed check is never remembered and forgets the user's remembered ones: after a
 * wrong password the next request goes to the engine again, which counts the failures and refuses a locked user. A
 * password changed or a group left takes effect on the user's requests within that while.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final SecretKeySpec key;
  private final RememberedForAWhile<Remembered> remembered;

  private record Remembered(String userId, List<GrantedAuthority> roles) {
  }

  @Autowired
  CamundaIdentityAuthenticationProvider(IdentityService identityService,
      @Value("${qualcat.security.sign-in-remembered-for:PT10S}") Duration rememberedFor) {
    this(identityService, rememberedFor, System::nanoTime);
  }

  CamundaIdentityAuthenticationProvider(IdentityService identityService, Duration rememberedFor,
      LongSupplier nanoTime) {
    this.identityService = identityService;
    this.remembered = new RememberedForAWhile<>(rememberedFor, nanoTime);
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null) {
      throw new BadCredentialsException("Bad credentials");
    }
    String password = credentials.toString();
    String digest = remembered.remembers() ? digest(userId, password) : null;
    Remembered known = digest == null ? null : remembered.get(digest);
    if (known != null) {
      return UsernamePasswordAuthenticationToken.authenticated(userId, null, known.roles());
    }
    if (!identityService.checkPassword(userId, password)) {
      forget(userId);
      throw new BadCredentialsException("Bad credentials");
    }
    List<GrantedAuthority> roles = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .map(group -> (GrantedAuthority) new SimpleGrantedAuthority(Roles.authority(group)))
        .toList();
    if (digest != null) {
      remembered.put(digest, new Remembered(userId, roles));
    }
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, roles);
  }

  /** Forgets the user's remembered sign-ins: the next request of theirs is checked by the engine. */
  void forget(String userId) {
    remembered.forgetIf(r -> r.userId().equals(userId));
  }

  private String digest(String userId, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(userId.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
