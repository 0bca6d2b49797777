package org.qualcat.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qualcat.support.TestFiles;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An employer's bulk submission of {@code qualcat.benchmark.rows} rows (1,000 by default) through the API, as HR
 * staff send it: the sheet (checked whole), the files its rows name in uploads of at most 6 MB, then the background
 * worker making each row a case, until the submission is done. Not part of the test suite: {@code mvn verify
 * -Pbenchmark -Dit.test=BulkSubmissionBenchmark} (add {@code -Dqualcat.benchmark.profiles=mariadb} and the
 * QUALCAT_DB_* variables for MariaDB). Prints a table; docs/benchmarks.md keeps the results.
 */
class BulkSubmissionBenchmark {

  private static final int ROWS = Integer.getInteger("qualcat.benchmark.rows", 1_000);
  private static final List<String> SHEET_COLUMNS = List.of("qualificationCode", "certificateNumber",
      "certificateIssuedOn", "holderName", "holderNationality", "holderDocumentNumber", "certificateCopy",
      "employmentProof");
  private static final long BATCH_BYTES = 5L * 1024 * 1024;
  private static final int BATCH_FILES = 100;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private String base;

  @Test
  void aSheetOfEmployeesCertificatesBecomesCases() throws Exception {
    try (ConfigurableApplicationContext app = InProcessApp.start("--qualcat.demo-data=true",
        "--qualcat.verification.bulk.poll=PT1S")) {
      base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
      String code = JSON.readTree(send(get("/api/catalog?size=1")).body()).get("items").get(0).get("code").asText();
      String batch = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
      StringBuilder sheet = new StringBuilder(String.join(",", SHEET_COLUMNS)).append('\n');
      for (int i = 1; i <= ROWS; i++) {
        sheet.append(code).append(",BULK-").append(batch).append('-').append(i).append(",2021-03-15,Holder ")
            .append(i).append(",CHINESE,E").append(String.format(Locale.ROOT, "%08d", i)).append(",c").append(i)
            .append(".pdf,p").append(i).append(".pdf\n");
      }

      Instant checking = Instant.now();
      HttpResponse<String> accepted = send(multipart("/api/bulk-submissions", List.of(
          new Part("file", "employees.csv", sheet.toString().getBytes(StandardCharsets.UTF_8)))));
      Duration check = Duration.between(checking, Instant.now());
      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
      String reference = JSON.readTree(accepted.body()).get("reference").asText();

      Instant uploading = Instant.now();
      List<Part> parts = new ArrayList<>();
      long size = 0;
      int requests = 0;
      for (int i = 1; i <= ROWS; i++) {
        for (String name : List.of("c" + i + ".pdf", "p" + i + ".pdf")) {
          byte[] pdf = TestFiles.pdf(name);
          if (size + pdf.length > BATCH_BYTES || parts.size() == BATCH_FILES) {
            upload(reference, parts);
            requests++;
            parts.clear();
            size = 0;
          }
          parts.add(new Part("files", name, pdf));
          size += pdf.length + 200;
        }
      }
      JsonNode afterFiles = upload(reference, parts);
      requests++;
      Duration files = Duration.between(uploading, Instant.now());
      assertThat(afterFiles.get("status").asText()).isEqualTo("RUNNING");

      Instant running = Instant.now();
      JsonNode progress = afterFiles;
      while (!"DONE".equals(progress.get("status").asText())) {
        Thread.sleep(250);
        progress = JSON.readTree(send(get("/api/bulk-submissions/" + reference)).body());
      }
      Duration cases = Duration.between(running, Instant.now());
      assertThat(progress.get("submitted").asInt()).isEqualTo(ROWS);

      String database = app.getEnvironment().getProperty("spring.datasource.url", "").replaceAll("\\?.*", "");
      String table = String.format(Locale.ROOT, "| database | rows | check the sheet (s) | files (s, requests) "
              + "| rows to cases (s) | cases/s | total (s) |%n|---|---|---|---|---|---|---|%n"
              + "| %s | %d | %.1f | %.1f (%d) | %.1f | %.1f | %.1f |%n", database, ROWS, seconds(check),
          seconds(files), requests, seconds(cases), ROWS / seconds(cases), seconds(check) + seconds(files)
              + seconds(cases));
      System.out.printf(Locale.ROOT, "%n%s%n", table);
      BenchmarkResults.write("bulk", "## Bulk submission\n\n" + table);
    }
  }

  private JsonNode upload(String reference, List<Part> parts) throws Exception {
    HttpResponse<String> answer = send(multipart("/api/bulk-submissions/" + reference + "/files", parts));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  private record Part(String name, String fileName, byte[] content) {
  }

  private HttpRequest multipart(String path, List<Part> parts) {
    String boundary = "bench-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Part part : parts) {
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name()
          + "\"; filename=\"" + part.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(part.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return authorised(HttpRequest.newBuilder(URI.create(base + path)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
  }

  private HttpRequest get(String path) {
    return authorised(HttpRequest.newBuilder(URI.create(base + path))).GET().build();
  }

  private static HttpRequest.Builder authorised(HttpRequest.Builder request) {
    return request.header("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString("hr1:demo".getBytes(StandardCharsets.UTF_8)));
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
