package org.qualcat.benchmark;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load: {@code clients} virtual users, one thread and one keep-alive HTTP/1.1 connection each, every one
 * sending its next request as soon as the last one is answered. The first {@code warmUp} is not counted; then
 * requests answered within {@code measure} are. A non-2xx answer, or one the caller's check refuses, is an error,
 * counted over the whole run (warm-up included): the issue allows none.
 */
final class LoadRun {

  /** What one virtual user sends next; null when it has nothing left to send (the run then ends for it). */
  interface Operation {
    HttpRequest next(int client);

    /** Called with every 2xx answer; returns false when the answer is wrong after all. */
    default boolean accepted(int client, String body) {
      return true;
    }
  }

  /** What a run measured: answers per second in the measured time, latency percentiles, errors. */
  record Result(int clients, long count, double seconds, double p50Millis, double p99Millis, long errors,
      boolean ranOut, String firstError, long answered, CpuClock.Reading cpu) {

    double perSecond() {
      return count / seconds;
    }

    /** The application's CPU milliseconds per answered request, warm-up included (the clients' own excluded). */
    double applicationCpuMillis() {
      return answered == 0 ? Double.NaN : cpu.application() / 1e6 / answered;
    }

    /** The database server's CPU milliseconds per answered request; NaN when it runs inside the application. */
    double databaseCpuMillis() {
      return answered == 0 || cpu.database() < 0 ? Double.NaN : cpu.database() / 1e6 / answered;
    }

    /** The statements the database server was sent per answered request, warm-up included; NaN where not counted. */
    double statementsPerRequest() {
      return answered == 0 || cpu.statements() < 0 ? Double.NaN : (double) cpu.statements() / answered;
    }

    /**
     * Two runs of the same operation as one: their requests over their time, their CPU over their answers; p50 and
     * p99 are the means of the two runs' (an approximation: the runs' latencies are not kept).
     */
    static Result pooled(Result a, Result b) {
      long database = a.cpu.database() < 0 || b.cpu.database() < 0 ? -1 : a.cpu.database() + b.cpu.database();
      return new Result(a.clients, a.count + b.count, a.seconds + b.seconds, (a.p50Millis + b.p50Millis) / 2,
          (a.p99Millis + b.p99Millis) / 2, a.errors + b.errors, a.ranOut || b.ranOut,
          a.firstError != null ? a.firstError : b.firstError, a.answered + b.answered,
          new CpuClock.Reading(a.cpu.application() + b.cpu.application(), database,
              a.cpu.statements() < 0 || b.cpu.statements() < 0 ? -1 : a.cpu.statements() + b.cpu.statements()));
    }
  }

  private final List<HttpClient> connections;

  /** One HTTP client per virtual user, kept for all runs: each holds its own keep-alive connection. */
  LoadRun(int maxClients) {
    connections = new ArrayList<>();
    for (int i = 0; i < maxClients; i++) {
      connections.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build());
    }
  }

  Result run(int clients, Duration warmUp, Duration measure, Operation operation) throws InterruptedException {
    long start = System.nanoTime();
    long measuredFrom = start + warmUp.toNanos();
    long end = measuredFrom + measure.toNanos();
    long[][] latencies = new long[clients][];
    int[] counts = new int[clients];
    AtomicLong errors = new AtomicLong();
    AtomicLong succeeded = new AtomicLong();
    CpuClock.Reading cpuBefore = CpuClock.read();
    AtomicReference<String> firstError = new AtomicReference<>();
    boolean[] ranOut = new boolean[1];
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread thread = new Thread(() -> {
        long[] mine = new long[4096];
        int n = 0;
        HttpClient http = connections.get(client);
        try {
          while (System.nanoTime() < end) {
            HttpRequest request = operation.next(client);
            if (request == null) {
              ranOut[0] = true;
              break;
            }
            long sent = System.nanoTime();
            String failure = null;
            try {
              HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
              if (response.statusCode() / 100 != 2) {
                failure = response.statusCode() + " " + abbreviated(response.body());
              } else if (!operation.accepted(client, response.body())) {
                failure = "unexpected answer " + abbreviated(response.body());
              }
            } catch (IOException e) {
              failure = e.toString();
            }
            long answered = System.nanoTime();
            if (failure == null) {
              succeeded.incrementAndGet();
            }
            if (failure != null) {
              errors.incrementAndGet();
              firstError.compareAndSet(null, request.method() + " " + request.uri().getPath() + ": " + failure);
            } else if (sent >= measuredFrom && answered <= end) {
              if (n == mine.length) {
                mine = Arrays.copyOf(mine, n * 2);
              }
              mine[n++] = answered - sent;
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          latencies[client] = mine;
          counts[client] = n;
          CpuClock.clientThreadEnds();
          done.countDown();
        }
      }, "bench-client-" + client);
      thread.start();
    }
    done.await();
    CpuClock.Reading cpu = CpuClock.read().since(cpuBefore);
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int c = 0; c < clients; c++) {
      System.arraycopy(latencies[c], 0, all, at, counts[c]);
      at += counts[c];
    }
    Arrays.sort(all);
    return new Result(clients, total, measure.toNanos() / 1e9, percentile(all, 0.50), percentile(all, 0.99),
        errors.get(), ranOut[0], firstError.get(), succeeded.get(), cpu);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  private static String abbreviated(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ");
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }
}
