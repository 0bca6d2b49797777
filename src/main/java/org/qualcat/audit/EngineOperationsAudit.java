package org.qualcat.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What people do to the engine itself, in the audit trail: an operator's changes to running processes (Cockpit's
 * variable editing, instance modification, suspension, deletion, retries) and an administrator's changes to users,
 * groups, memberships and authorizations (Camunda Admin). Camunda records them in its own user operation log,
 * which Qualcat's audit search does not read; each operation becomes one
 * {@link AuditTrailActions#ENGINE_OPERATION} line, written in the operation's own transaction (an operation rolled
 * back leaves none). Task work (completing, claiming) is recorded by Qualcat's decisions.
 *
 * <p>The line names the operation, what it was done to and which properties changed; it carries values only for
 * identifiers (user, group, resource, permissions), never a variable's value or anything a user typed.
 */
@Component
class EngineOperationsAudit extends AbstractProcessEnginePlugin {

  static final Set<String> AUDITED = Set.of(UserOperationLogEntry.CATEGORY_OPERATOR,
      UserOperationLogEntry.CATEGORY_ADMIN);
  /** Properties whose values are identifiers, shown in the line. */
  private static final Set<String> IDENTIFIERS = Set.of("userId", "groupId", "tenantId", "type", "resourceType",
      "resourceId", "permissions", "permissionBits", "suspensionState", "retries", "nrOfInstances");

  /** Late: the audit trail's own dependencies need the engine this plugin helps to build. */
  private final ObjectProvider<AuditTrail> audit;
  /** The current command's operations, on the thread that runs it. */
  private final ThreadLocal<Pending> pending = new ThreadLocal<>();

  EngineOperationsAudit(ObjectProvider<AuditTrail> audit) {
    this.audit = audit;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
    // a handler of its own, not this bean: Spring Boot's starter adds handler beans by itself, and would add it twice
    handlers.add(new HistoryEventHandler() {
      @Override
      public void handleEvent(HistoryEvent event) {
        handleEvents(List.of(event));
      }

      @Override
      public void handleEvents(List<HistoryEvent> events) {
        recordOperations(events);
      }
    });
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  /**
   * The engine logs an operation as one entry per changed property, in one or several calls: the entries are kept
   * until the command closes (before its transaction commits) and become one line per operation.
   */
  void recordOperations(List<HistoryEvent> events) {
    CommandContext command = Context.getCommandContext();
    for (HistoryEvent event : events) {
      if (event instanceof UserOperationLogEntryEventEntity entry && AUDITED.contains(entry.getCategory())) {
        if (command == null) {
          record(List.of(entry));
        } else {
          pendingIn(command).add(entry);
        }
      }
    }
  }

  private Pending pendingIn(CommandContext command) {
    Pending current = pending.get();
    if (current == null || current.command != command) {
      current = new Pending(command);
      pending.set(current);
      command.registerCommandContextListener(current);
    }
    return current;
  }

  /** The operations of one command, by operation id, written when it closes; forgotten when it fails. */
  private final class Pending implements CommandContextListener {

    private final CommandContext command;
    private final Map<String, List<UserOperationLogEntryEventEntity>> operations = new LinkedHashMap<>();

    Pending(CommandContext command) {
      this.command = command;
    }

    void add(UserOperationLogEntryEventEntity entry) {
      operations.computeIfAbsent(String.valueOf(entry.getOperationId()), id -> new ArrayList<>()).add(entry);
    }

    @Override
    public void onCommandContextClose(CommandContext closing) {
      forget();
      operations.values().forEach(EngineOperationsAudit.this::record);
    }

    @Override
    public void onCommandFailed(CommandContext failing, Throwable cause) {
      forget();
    }

    private void forget() {
      if (pending.get() == this) {
        pending.remove();
      }
    }
  }

  private void record(List<UserOperationLogEntryEventEntity> entries) {
    UserOperationLogEntryEventEntity first = entries.get(0);
    String properties = entries.stream().map(EngineOperationsAudit::property).filter(Objects::nonNull).distinct()
        .collect(Collectors.joining(", "));
    String details = first.getCategory() + ": " + first.getOperationType() + " " + first.getEntityType()
        + (first.getProcessDefinitionKey() == null ? "" : " of " + first.getProcessDefinitionKey())
        + (properties.isEmpty() ? "" : " (" + properties + ")");
    audit.getObject().decision(AuditTrailActions.ENGINE_OPERATION, subject(first), details);
  }

  private static String subject(UserOperationLogEntryEventEntity entry) {
    if (entry.getProcessInstanceId() != null) {
      return "process instance " + entry.getProcessInstanceId();
    }
    if (entry.getTaskId() != null) {
      return "task " + entry.getTaskId();
    }
    if (entry.getJobId() != null) {
      return "job " + entry.getJobId();
    }
    return entry.getEntityType();
  }

  private static String property(UserOperationLogEntryEventEntity entry) {
    if (entry.getProperty() == null) {
      return null;
    }
    return IDENTIFIERS.contains(entry.getProperty()) && entry.getNewValue() != null
        ? entry.getProperty() + " " + entry.getNewValue() : entry.getProperty();
  }
}
