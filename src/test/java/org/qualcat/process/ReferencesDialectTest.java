package org.qualcat.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The counter's one statement is chosen by the database the driver reports; another database is refused at once. */
class ReferencesDialectTest {

  @Test
  void eachSupportedDatabaseHasItsStatement() {
    assertThat(References.Dialect.of("H2")).isEqualTo(References.Dialect.H2);
    assertThat(References.Dialect.of("MySQL")).isEqualTo(References.Dialect.MYSQL);
    assertThat(References.Dialect.of("MariaDB")).isEqualTo(References.Dialect.MYSQL);
  }

  @Test
  void anotherDatabaseIsNamedInTheRefusal() {
    assertThatThrownBy(() -> References.Dialect.of("PostgreSQL"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("PostgreSQL");
  }
}
