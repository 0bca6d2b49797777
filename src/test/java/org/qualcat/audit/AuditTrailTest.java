package org.qualcat.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.qualcat.audit.AuditAction.Category;
import org.qualcat.system.InvalidInputException;

class AuditTrailTest {

  /** Any SQL or repository that could change or remove a line of the trail. */
  private static final Pattern CHANGES_A_LINE = Pattern.compile(
      "(?i)(update\\s+audit_entry|delete\\s+from\\s+audit_entry|truncate\\s+(table\\s+)?audit_entry"
          + "|drop\\s+table\\s+audit_entry|Repository<\\s*AuditEntry)");

  @Test
  void aLineIsOneLineWithoutControlCharactersAndFitsItsColumn() {
    assertThat(AuditTrail.clean("two\nlines\r\n\tand a bell\u0007", 100)).isEqualTo("two lines and a bell");
    assertThat(AuditTrail.clean("x".repeat(130), 120)).hasSize(120).endsWith("…");
    assertThat(AuditTrail.clean("  padded  ", 20)).isEqualTo("padded");
  }

  @Test
  void nothingInTheApplicationChangesOrRemovesALine() throws IOException {
    List<Path> offending;
    try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
      offending = files.filter(Files::isRegularFile)
          .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql"))
          .filter(f -> !f.getFileName().toString().startsWith("V40__"))
          .filter(f -> CHANGES_A_LINE.matcher(read(f)).find())
          .toList();
    }
    assertThat(offending).isEmpty();
    assertThat(AuditEntry.class).hasAnnotation(Immutable.class);
    assertThat(Arrays.stream(AuditEntry.class.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
        .map(Method::getName)).allMatch(name -> name.startsWith("get") || name.equals("toString"));
  }

  @Test
  void everyActionBelongsToACategory() {
    assertThat(AuditTrailActions.values()).allSatisfy(a -> assertThat(a.category()).isNotNull());
    assertThatThrownBy(() -> new AuditActions(List.of(new AuditActionSet(new Action(null, "NO_CATEGORY")))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("NO_CATEGORY has no category");
  }

  @Test
  void theTrailKnowsEveryModulesActionsOnceInTheirOrderAndEachFitsTheColumn() {
    AuditActions actions = new AuditActions(List.of(new AuditActionSet(new Action(Category.DECISION, "FIRST")),
        new AuditActionSet(AuditTrailActions.values())));

    assertThat(actions.codes()).startsWith("FIRST", "ENGINE_OPERATION", "AUDIT_SEARCHED")
        .hasSize(1 + AuditTrailActions.values().length);
    assertThat(actions.named("LOGOUT")).contains(AuditTrailActions.LOGOUT);
    assertThat(actions.named("NOPE")).isEmpty();
    assertThat(actions.in(Category.DECISION)).containsExactly("FIRST", "ENGINE_OPERATION");
    assertThat(actions.known(AuditTrailActions.LOGOUT)).isTrue();
    assertThat(actions.known(new Action(Category.SIGN_IN, "LOGOUT"))).as("another action of the same code").isFalse();

    assertThatThrownBy(() -> new AuditActions(List.of(new AuditActionSet(AuditTrailActions.values()),
        new AuditActionSet(new Action(Category.SIGN_IN, "LOGOUT")))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("LOGOUT is contributed twice");
    assertThatThrownBy(() -> new AuditActions(List.of(new AuditActionSet(new Action(Category.VIEW,
        "X".repeat(AuditActions.CODE_LENGTH + 1)))))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is longer than 48");
  }

  @Test
  void anUnknownActionIsRefusedNamingTheFieldAndTheActionsThereAre() {
    AuditActions actions = new AuditActions(List.of(new AuditActionSet(AuditTrailActions.values())));

    assertThat(actions.parse("action", " LOGOUT ")).isEqualTo(AuditTrailActions.LOGOUT);
    assertThat(actions.parse("action", "")).isNull();
    assertThatThrownBy(() -> actions.parse("action", "NOPE")).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.getErrors()).singleElement().satisfies(error -> {
          assertThat(error.field()).isEqualTo("action");
          assertThat(error.message()).isEqualTo("must be one of ENGINE_OPERATION, AUDIT_SEARCHED, LOGIN_SUCCEEDED, "
              + "LOGIN_FAILED, LOGOUT, ACCOUNT_UNLOCKED");
        }));
  }

  /** An action of some module, as a record rather than an enum. */
  private record Action(Category category, String name) implements AuditAction {
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
