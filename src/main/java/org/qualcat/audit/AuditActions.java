package org.qualcat.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qualcat.system.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Every action the trail knows: those each module contributes as an {@link AuditActionSet}, in the sets' order
 * ({@code @Order}; the trail's own last). Checked once, at start: codes unique across modules, each in a category and
 * fitting the column.
 */
@Component
public class AuditActions {

  /** The length of the {@code action} column. */
  public static final int CODE_LENGTH = 48;

  private final Map<String, AuditAction> byCode = new LinkedHashMap<>();

  AuditActions(List<AuditActionSet> sets) {
    for (AuditActionSet set : sets) {
      for (AuditAction action : set.actions()) {
        if (action.category() == null) {
          throw new IllegalStateException("audit action " + action.name() + " has no category");
        }
        if (action.name().length() > CODE_LENGTH) {
          throw new IllegalStateException("audit action " + action.name() + " is longer than " + CODE_LENGTH);
        }
        AuditAction other = byCode.putIfAbsent(action.name(), action);
        if (other != null) {
          throw new IllegalStateException("audit action " + action.name() + " is contributed twice: by "
              + other.getClass().getName() + " and " + action.getClass().getName());
        }
      }
    }
  }

  /** All actions, in the order the audit page offers them. */
  public List<AuditAction> all() {
    return List.copyOf(byCode.values());
  }

  /** The codes of all actions, in the same order. */
  public List<String> codes() {
    return List.copyOf(byCode.keySet());
  }

  /** The action stored under {@code code}; empty for a code no module contributes. */
  public Optional<AuditAction> named(String code) {
    return Optional.ofNullable(code).map(byCode::get);
  }

  /** The action a caller names in {@code field}; none when blank; refused, naming the field, when unknown. */
  AuditAction parse(String field, String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return named(code.strip()).orElseThrow(() -> new InvalidInputException(field, "must be one of "
        + String.join(", ", byCode.keySet())));
  }

  /** The codes of the actions in {@code category}. */
  List<String> in(AuditAction.Category category) {
    return byCode.values().stream().filter(a -> a.category() == category).map(AuditAction::name).toList();
  }

  /** Whether the trail may record {@code action}: a module contributed it. */
  boolean known(AuditAction action) {
    return byCode.get(action.name()) == action;
  }
}
