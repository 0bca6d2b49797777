package org.qualcat.catalog;

import org.qualcat.system.Published;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The catalog as the law stands: the published edition in force. Eligibility, the benefits of a result, the public
 * catalog and the code check read the catalog here; what the committee decided since (the draft edition) changes
 * nothing they see until the secretariat publishes it (docs/adr/0015). The answers are values, never entities.
 *
 * <p>A published edition never changes again ({@link EditionStatus#PUBLISHED}), nor do its entries, so what has been
 * read of one is remembered for the life of the node, once the transaction that read it has committed; which edition
 * is in force is asked of the database every time, since any node may publish the next one (docs/adr/0034).
 */
@Published
@Service
@Transactional(readOnly = true)
public class CatalogInForce {

  private final CatalogEditionRepository editions;
  private final EditionEntryRepository entries;
  private final QualificationRepository qualifications;
  /** Published editions by code; only those found (a code may be published later). */
  private final Map<String, Published> published = new ConcurrentHashMap<>();
  /** Listings by published edition id and qualification code; only those found (no memory for made-up codes). */
  private final Map<EntryKey, Listing> listed = new ConcurrentHashMap<>();

  private record Published(long id, Edition summary) {
  }

  private record EntryKey(long editionId, String code) {
  }

  CatalogInForce(CatalogEditionRepository editions, EditionEntryRepository entries,
      QualificationRepository qualifications) {
    this.editions = editions;
    this.entries = entries;
    this.qualifications = qualifications;
  }

  /** The edition in force: its code ("2025"), name ("2025 Edition") and the day it came into force. */
  public record Edition(String code, String name, LocalDate inForceFrom) {

    static Edition of(CatalogEdition edition) {
      return new Edition(edition.getCode(), edition.getName(), edition.getPublishedOn());
    }
  }

  /** A qualification as the edition in force lists it. */
  public record Listing(String code, Edition edition, QualificationDetails details) {

    /** Whether the row is the bureau's own (not a sample row of the demo data). */
    public boolean official() {
      return details.provenance() == Provenance.OFFICIAL;
    }
  }

  /** Where a code stands with respect to the edition in force. */
  public enum Standing {
    /** Listed by the edition in force. */
    IN_FORCE,
    /** Nominated, or decided into the draft edition, but not in an edition in force yet. */
    NOT_YET_IN_FORCE,
    /** Listed by an earlier edition (or removed by a decision) and not by the edition in force. */
    REMOVED,
    /** Never heard of. */
    UNKNOWN
  }

  public Optional<Edition> edition() {
    return inForce().map(Edition::of);
  }

  /** The qualification as the edition in force lists it; empty when it is not in force (or nothing is). */
  public Optional<Listing> listing(String code) {
    return inForce().flatMap(edition -> listing(edition, code));
  }

  /**
   * The qualification as a given published edition listed it (the edition a result was decided under), else as the
   * edition in force lists it; empty when neither does.
   */
  public Optional<Listing> listing(String editionCode, String code) {
    if (editionCode == null) {
      return listing(code);
    }
    return published(editionCode).flatMap(edition -> listing(edition.id(), code))
        .or(() -> listing(code));
  }

  /** The entry of a published edition, remembered once read; read by the edition's id when not yet. */
  private Optional<Listing> listing(long editionId, String code) {
    Listing known = listed.get(new EntryKey(editionId, code));
    if (known != null) {
      return Optional.of(known);
    }
    return editions.findById(editionId).flatMap(edition -> listing(edition, code));
  }

  private Optional<Listing> listing(CatalogEdition edition, String code) {
    EntryKey key = new EntryKey(edition.getId(), code);
    Listing known = listed.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Listing> found = entries.findByEditionAndCode(edition, code)
        .map(entry -> new Listing(entry.getCode(), Edition.of(edition), entry.getDetails()));
    found.ifPresent(listing -> rememberOnceCommitted(() -> listed.put(key, listing)));
    return found;
  }

  /** A published edition by its code, remembered once read. */
  private Optional<Published> published(String editionCode) {
    Published known = published.get(editionCode);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Published> found = editions.findByCodeAndStatus(editionCode, EditionStatus.PUBLISHED)
        .map(edition -> new Published(edition.getId(), Edition.of(edition)));
    found.ifPresent(edition -> rememberOnceCommitted(() -> published.put(editionCode, edition)));
    return found;
  }

  /**
   * Remembers what a transaction read once it has committed: an edition published in a transaction that then rolls
   * back was never published.
   */
  private static void rememberOnceCommitted(Runnable remember) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      remember.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        remember.run();
      }
    });
  }

  /** The listings of several codes at once (codes not in force are left out). */
  public Map<String, Listing> listings(Collection<String> codes) {
    Optional<CatalogEdition> edition = inForce();
    if (edition.isEmpty() || codes.isEmpty()) {
      return Map.of();
    }
    Edition summary = Edition.of(edition.get());
    return entries.findByEditionAndCodeIn(edition.get(), codes).stream()
        .map(entry -> new Listing(entry.getCode(), summary, entry.getDetails()))
        .collect(Collectors.toMap(Listing::code, Function.identity()));
  }

  /** Every qualification of the edition in force, by code. */
  public List<Listing> all() {
    return inForce().map(edition -> {
      Edition summary = Edition.of(edition);
      return entries.findByEditionOrderByCode(edition).stream()
          .map(entry -> new Listing(entry.getCode(), summary, entry.getDetails())).toList();
    }).orElse(List.of());
  }

  public Standing standing(String code) {
    if (listing(code).isPresent()) {
      return Standing.IN_FORCE;
    }
    QualificationStatus draft = qualifications.findById(code).map(Qualification::getStatus).orElse(null);
    if (draft != null && draft != QualificationStatus.REMOVED) {
      return Standing.NOT_YET_IN_FORCE;
    }
    return draft != null || entries.existsByCode(code) ? Standing.REMOVED : Standing.UNKNOWN;
  }

  /** The name an edition was published under ("2025 Edition"), by its code. */
  public Optional<String> editionName(String editionCode) {
    return published(editionCode).map(edition -> edition.summary().name());
  }

  /**
   * The edition in force: the latest published one, since an edition is never dated in the future nor before the
   * edition in force when it is published ({@link Catalog#publishDraft}).
   */
  Optional<CatalogEdition> inForce() {
    return editions.findFirstByStatusOrderByPublishedOnDescIdDesc(EditionStatus.PUBLISHED);
  }
}
