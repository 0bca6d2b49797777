package org.qualcat.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Two threads of a test meeting at a point: the side that waits fails the test if the other never arrives. */
public final class Latches {

  private Latches() {
  }

  /** Waits up to 30 seconds for {@code latch}; on a timeout the test fails, naming {@code what} it waited for. */
  public static void await(CountDownLatch latch, String what) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).as("%s, within 30 s", what).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
