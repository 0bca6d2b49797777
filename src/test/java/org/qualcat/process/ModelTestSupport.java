package org.qualcat.process;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.mockito.stubbing.Answer;

/**
 * What the fast model tests ({@code *ModelTest}: a model on the in-memory engine of {@code model-tests.camunda.cfg.xml}, its
 * expression beans Mockito mocks served by {@code Mocks.register}) share: real {@link ProcessTimers} that know
 * exactly the model's timer keys, and a mocked step's answer that sets the variables its gateways decide on.
 */
public final class ModelTestSupport {

  /** The duration every timer of a model test is configured with; tests fire timers themselves. */
  public static final String ANY_DURATION = "PT1H";

  private ModelTestSupport() {
  }

  /**
   * The {@code timers} bean for a model that reads {@code keys}: a key the model reads but the test does not name
   * fails the test loudly, as in the application.
   */
  public static ProcessTimers timers(String... keys) {
    Map<String, String> durations = Arrays.stream(keys)
        .collect(Collectors.toMap(Function.identity(), key -> ANY_DURATION, (a, b) -> a, LinkedHashMap::new));
    return new ProcessTimers(durations, null, Clock.systemUTC());
  }

  /** A moment the tests' timers wait for (they are fired explicitly, never by the clock). */
  public static Date inADay() {
    return Date.from(Instant.now().plus(1, ChronoUnit.DAYS));
  }

  /**
   * A mocked step (its argument a {@link DelegateExecution} or a {@link DelegateTask}) that sets the process
   * variables {@code namesAndValues} (name, value, name, value...) as the real step does:
   * {@code doAnswer(setting("listed", true)).when(steps).checkEligibility(any())}.
   */
  public static Answer<Void> setting(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values come in pairs");
    }
    return invocation -> {
      Object argument = invocation.getArgument(0);
      DelegateExecution execution = argument instanceof DelegateTask task ? task.getExecution()
          : (DelegateExecution) argument;
      for (int i = 0; i < namesAndValues.length; i += 2) {
        execution.setVariable((String) namesAndValues[i], namesAndValues[i + 1]);
      }
      return null;
    };
  }
}
