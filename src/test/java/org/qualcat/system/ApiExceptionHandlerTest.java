package org.qualcat.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.OptimisticLockingFailureException;

/** Concurrent work reaching the API's own endpoints: every way the database or the engine says "lost a race" is 409. */
class ApiExceptionHandlerTest {

  private final ApiExceptionHandler handler = new ApiExceptionHandler();

  @Test
  void lostRacesAre409() {
    assertThat(handler.concurrentChange(new OptimisticLockingFailureException("version")).getStatus()).isEqualTo(409);
    assertThat(handler.concurrentChange(new CannotAcquireLockException("deadlock")).getStatus()).isEqualTo(409);
    assertThat(handler.engine(new OptimisticLockingException("engine version")).getStatus()).isEqualTo(409);
    SQLException deadlock = new SQLException("Deadlock found when trying to get lock", "40001", 1213);
    assertThat(handler.engine(new ProcessEnginePersistenceException("persistence", new ProcessEngineException(deadlock)))
        .getStatus()).isEqualTo(409);
  }

  @Test
  void otherEngineFailuresStayOurs() {
    SQLException full = new SQLException("The table is full", "HY000", 1114);
    assertThat(handler.engine(new ProcessEnginePersistenceException("persistence", new ProcessEngineException(full)))
        .getStatus()).isEqualTo(500);
    assertThat(handler.engine(new ProcessEngineException("no such message")).getDetail()).doesNotContain("message");
  }

  @Test
  void qualcatsRefusalsInsideTheEngineKeepTheirMeaning() {
    // what the engine makes of an exception a task listener threw while an API call completed a task
    ProcessEngineException refused = new ProcessEngineException("ENGINE-03051 There was an exception while invoking "
        + "the TaskListener", new InvalidInputException("recognition", "must be from 1 to 5"));
    ProblemDetail invalid = handler.engine(refused);
    assertThat(invalid.getStatus()).isEqualTo(400);
    assertThat(String.valueOf(invalid.getProperties())).contains("recognition").contains("must be from 1 to 5");

    assertThat(handler.engine(new ProcessEngineException("wrapped", new ConflictException("the case is closed")))
        .getStatus()).isEqualTo(409);
    assertThat(handler.engine(new ProcessEngineException("wrapped", new NotFoundException("no such case")))
        .getStatus()).isEqualTo(404);
  }
}
