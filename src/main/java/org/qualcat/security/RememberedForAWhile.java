package org.qualcat.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * What the identity service answered, remembered for a while per key, so that a request does not ask it again
 * ({@code qualcat.security.sign-in-remembered-for}). A while of zero remembers nothing. At most
 * {@value #MAX_REMEMBERED} entries: beyond that the expired ones are dropped, and if that is not enough, all of them
 * (a flood of distinct keys costs the flood the lookups, never the memory).
 */
final class RememberedForAWhile<V> {

  /** More remembered entries than this and the expired ones are dropped. */
  static final int MAX_REMEMBERED = 10_000;

  private final long whileNanos;
  private final LongSupplier nanoTime;
  private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();

  private record Entry<V>(V value, long until) {
  }

  RememberedForAWhile(Duration aWhile, LongSupplier nanoTime) {
    this.whileNanos = aWhile.toNanos();
    this.nanoTime = nanoTime;
  }

  /** Whether anything is remembered at all (a while longer than zero). */
  boolean remembers() {
    return whileNanos > 0;
  }

  /** The value remembered under {@code key}, or null when there is none or its while is over. */
  V get(String key) {
    Entry<V> entry = whileNanos > 0 ? entries.get(key) : null;
    return entry != null && nanoTime.getAsLong() - entry.until() < 0 ? entry.value() : null;
  }

  /** Remembers {@code value} under {@code key} for the while, from now. */
  void put(String key, V value) {
    if (whileNanos <= 0) {
      return;
    }
    long now = nanoTime.getAsLong();
    if (entries.size() >= MAX_REMEMBERED) {
      entries.values().removeIf(entry -> now - entry.until() >= 0);
      if (entries.size() >= MAX_REMEMBERED) {
        entries.clear();
      }
    }
    entries.put(key, new Entry<>(value, now + whileNanos));
  }

  /** Forgets every value that {@code matches}. */
  void forgetIf(Predicate<V> matches) {
    entries.values().removeIf(entry -> matches.test(entry.value()));
  }
}
