package org.qualcat.audit;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(AuditAction.values()).allSatisfy(a -> assertThat(a.category()).isNotNull());
    assertThat(AuditAction.values()).extracting(Enum::name).allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(48));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
