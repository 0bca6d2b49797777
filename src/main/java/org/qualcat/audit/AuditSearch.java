package org.qualcat.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.qualcat.system.PageView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The read side of the audit trail, for administrators: filtered, newest first, a page at a time. */
@Service
@Transactional(readOnly = true)
public class AuditSearch {

  private static final char LIKE_ESCAPE = '!';

  @PersistenceContext
  private EntityManager entityManager;

  private final AuditActions actions;

  AuditSearch(AuditActions actions) {
    this.actions = actions;
  }

  /**
   * What to look for; every part is optional.
   *
   * @param user     the actor, exactly
   * @param subject  the subject exactly, or its beginning when it ends with {@code *} ({@code BJV-2026-*})
   * @param from     the earliest moment, inclusive
   * @param before   the moment the range ends, exclusive
   */
  public record Filter(String user, AuditAction action, AuditAction.Category category, String subject, Instant from,
      Instant before) {
  }

  /**
   * One line of the trail as the API shows it.
   *
   * @param action   the action's code (the document lists them: {@link AuditApiDocument})
   * @param category the action's category; none for a code that no module contributes any more
   */
  public record EntryView(long id, Instant at, String actor, String action, AuditAction.Category category,
      String subject, String details, String clientAddress) {

    static EntryView of(AuditEntry e, AuditActions actions) {
      return new EntryView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(),
          actions.named(e.getAction()).map(AuditAction::category).orElse(null), e.getSubject(), e.getDetails(),
          e.getClientAddress());
    }
  }

  public PageView<EntryView> search(Filter filter, int page, int size) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();

    CriteriaQuery<Long> count = cb.createQuery(Long.class);
    Root<AuditEntry> counted = count.from(AuditEntry.class);
    count.select(cb.count(counted)).where(where(filter, cb, counted));
    long total = entityManager.createQuery(count).getSingleResult();

    CriteriaQuery<AuditEntry> select = cb.createQuery(AuditEntry.class);
    Root<AuditEntry> entry = select.from(AuditEntry.class);
    select.select(entry).where(where(filter, cb, entry)).orderBy(cb.desc(entry.get("id")));
    List<EntryView> items = entityManager.createQuery(select)
        .setFirstResult(page * size).setMaxResults(size)
        .getResultList().stream().map(e -> EntryView.of(e, actions)).toList();
    return new PageView<>(items, page, size, total, (int) ((total + size - 1) / size));
  }

  private Predicate[] where(Filter filter, CriteriaBuilder cb, Root<AuditEntry> entry) {
    List<Predicate> all = new ArrayList<>();
    if (filter.user() != null) {
      all.add(cb.equal(entry.get("actor"), filter.user()));
    }
    if (filter.action() != null) {
      all.add(cb.equal(entry.get("action"), filter.action().name()));
    }
    if (filter.category() != null) {
      List<String> inCategory = actions.in(filter.category());
      all.add(inCategory.isEmpty() ? cb.disjunction() : entry.get("action").in(inCategory));
    }
    if (filter.subject() != null) {
      if (filter.subject().endsWith("*")) {
        all.add(cb.like(entry.get("subject"), escapeLike(filter.subject().substring(0, filter.subject().length() - 1))
            + "%", LIKE_ESCAPE));
      } else {
        all.add(cb.equal(entry.get("subject"), filter.subject()));
      }
    }
    if (filter.from() != null) {
      all.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), filter.from()));
    }
    if (filter.before() != null) {
      all.add(cb.lessThan(entry.get("occurredAt"), filter.before()));
    }
    return all.toArray(Predicate[]::new);
  }

  /**
   * A subject prefix is matched literally: {@code %} and {@code _} in it are not wildcards. The escape character is
   * not a backslash, which MySQL would read as an escape inside the SQL string literal itself.
   */
  private static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }
}
