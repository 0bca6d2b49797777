package org.qualcat.operations;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.actuator.JobExecutorHealthIndicator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's two health indicators, {@code processEngine} and {@code jobExecutor}, which the health groups
 * {@code engine} and {@code jobexecutor} show (application.yml; docs/operations.md says which to probe).
 *
 * <p>Camunda's starter contributes both under these names, unless the application does: its {@code processEngine}
 * answers UP as long as the engine object exists, without asking the database anything, and its
 * {@code jobExecutor} exists only where the job executor is enabled, so a group naming it would stop a node without
 * one from starting. Here the engine answers a query, and a node whose job executor is disabled by configuration
 * ({@code camunda.bpm.job-execution.enabled=false}) is UP and says so: it is meant to run no jobs, and a load balancer
 * must keep sending it requests. Where the job executor is enabled, Camunda's own indicator answers (DOWN while it is
 * not running).
 */
@Configuration(proxyBeanMethods = false)
class OperationsHealth {

  /** Replaces Camunda's indicator of this name (a bean of this name, the starter leaves its own out). */
  @Bean
  HealthIndicator processEngineHealthIndicator(ProcessEngine engine) {
    return new AbstractHealthIndicator("The process engine did not answer") {
      @Override
      protected void doHealthCheck(Health.Builder health) {
        // the smallest question that goes through the engine to its tables
        Map<String, String> properties = engine.getManagementService().getProperties();
        health.up().withDetail("name", engine.getName())
            .withDetail("schemaVersion", properties.getOrDefault("schema.version", "unknown"));
      }
    };
  }

  /** Replaces Camunda's indicator of this name, which is missing where the job executor is disabled. */
  @Bean
  HealthIndicator jobExecutorHealthIndicator(ObjectProvider<JobExecutor> jobExecutor) {
    JobExecutor enabled = jobExecutor.getIfAvailable();
    if (enabled != null) {
      return new JobExecutorHealthIndicator(enabled);
    }
    return () -> Health.up().withDetail("enabled", false)
        .withDetail("reason", "camunda.bpm.job-execution.enabled=false: this node runs no jobs").build();
  }
}
