package org.qualcat.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * target/benchmark-results.md: every benchmark of the run writes its section (target/benchmark-results/NAME.md),
 * and the file is the sections together, so that one {@code mvn verify -Pbenchmark} leaves one table of everything.
 */
final class BenchmarkResults {

  private static final Path SECTIONS = Path.of("target", "benchmark-results");
  private static final Path RESULTS = Path.of("target", "benchmark-results.md");

  private BenchmarkResults() {
  }

  static void write(String name, String markdown) {
    try {
      Files.createDirectories(SECTIONS);
      Files.writeString(SECTIONS.resolve(name + ".md"), markdown);
      try (Stream<Path> sections = Files.list(SECTIONS)) {
        String all = sections.sorted().map(BenchmarkResults::read).collect(Collectors.joining("\n"));
        Files.writeString(RESULTS, "# Benchmark results\n\n" + all);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The processor's model name (Linux), for the results' header. */
  static String cpu() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst().orElse("unknown processor");
    } catch (IOException | UncheckedIOException e) {
      return System.getProperty("os.arch");
    }
  }

  private static String read(Path section) {
    try {
      return Files.readString(section);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
