package org.qualcat.operations;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.springframework.stereotype.Component;

/**
 * The engine's own counts (jobs acquired, executed, failed, ...), live and never going down, for Prometheus.
 *
 * <p>The engine counts in memory ({@link MetricsRegistry}) and its metrics reporter moves the counts to
 * {@code ACT_RU_METER_LOG} every 15 minutes, clearing them: read there, the figures would be a quarter of an hour
 * late, and read in memory they would drop to zero four times an hour (which Prometheus takes for restarts and
 * miscounts). So the engine gets a registry that also keeps a running total of every occurrence it is told of since
 * this node started; the engine's reporting, and Camunda Admin's execution metrics that read it, are unchanged.
 */
@Component
class JobExecutorCounts extends AbstractProcessEnginePlugin {

  private final CountingMetricsRegistry registry = new CountingMetricsRegistry();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // the engine builds its meters into the registry it is given, and creates one only when it is given none
    configuration.setMetricsRegistry(registry);
  }

  /** How many times the engine counted {@code metric} (a {@link org.camunda.bpm.engine.management.Metrics} name). */
  long total(String metric) {
    LongAdder total = registry.totals.get(metric);
    return total == null ? 0 : total.sum();
  }

  /** The engine's registry, plus a total per metric that its reporter never clears. */
  private static final class CountingMetricsRegistry extends MetricsRegistry {

    private final Map<String, LongAdder> totals = new ConcurrentHashMap<>();

    @Override
    public void markOccurrence(String name, long times) {
      super.markOccurrence(name, times);
      totals.computeIfAbsent(name, n -> new LongAdder()).add(times);
    }
  }
}
