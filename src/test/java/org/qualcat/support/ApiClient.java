package org.qualcat.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for the tests: real requests against the running application, never throwing on 4xx/5xx. */
public final class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final int port;
  private final String authorization;
  private final java.util.Map<String, String> headers;

  ApiClient(int port, String user, String password) {
    this(port, user == null ? null
        : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)),
        java.util.Map.of());
  }

  private ApiClient(int port, String authorization, java.util.Map<String, String> headers) {
    this.port = port;
    this.authorization = authorization;
    this.headers = headers;
  }

  /** The API of an application that runs outside the test's JVM (a node started with java -jar) on {@code port}. */
  public static ApiClient at(int port, String user, String password) {
    return new ApiClient(port, user, password);
  }

  /** The same client, sending one more header with every request. */
  public ApiClient withHeader(String name, String value) {
    java.util.Map<String, String> more = new java.util.HashMap<>(headers);
    more.put(name, value);
    return new ApiClient(port, authorization, java.util.Map.copyOf(more));
  }

  public Response get(String path) {
    return send(request(path).GET());
  }

  /** A GET whose answer is kept as bytes (a PDF), asking for {@code accept}. */
  public HttpResponse<byte[]> getBytes(String path, String accept) {
    try {
      return http.send(request(path).setHeader("Accept", accept).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Response postJson(String path, Object body) {
    String text = body instanceof String s ? s : write(body);
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(text)));
  }

  public Response putJson(String path, Object body) {
    String text = body instanceof String s ? s : write(body);
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(text)));
  }

  public Response delete(String path) {
    return send(request(path).DELETE());
  }

  public Response post(String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  public Response post(String path, String contentType, byte[] body) {
    return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** Uploads an application material as {@code POST /api/verification-cases/materials} (multipart, part "file"). */
  public Response uploadMaterial(String kind, String fileName, String contentType, byte[] content) {
    Multipart body = new Multipart().field("kind", kind).file("file", fileName, contentType, content);
    return post("/api/verification-cases/materials", body.contentType(), body.bytes());
  }

  /**
   * Submits a verification case as {@code POST /api/verification-cases}; a body that names no materials gets a copy
   * of the certificate (and, when it states employment in Beijing, proof of employment) uploaded first, as the
   * portal does.
   */
  public Response submitCase(java.util.Map<String, Object> body) {
    return postJson("/api/verification-cases", body.containsKey("materials") ? body : withMaterials(body));
  }

  /**
   * The case body with the materials it needs uploaded as this client's user: a copy of the certificate, and proof of
   * employment when it states employment in Beijing (a body to send more than once, for retries).
   */
  public java.util.Map<String, Object> withMaterials(java.util.Map<String, Object> body) {
    java.util.Map<String, Object> withMaterials = new java.util.LinkedHashMap<>(body);
    java.util.List<String> ids = new java.util.ArrayList<>();
    ids.add(uploadedId("CERTIFICATE_COPY", TestFiles.pdf("certificate")));
    if (Boolean.TRUE.equals(body.get("employedInBeijing"))) {
      ids.add(uploadedId("EMPLOYMENT_PROOF", TestFiles.pdf("labor contract")));
    }
    withMaterials.put("materials", ids);
    return withMaterials;
  }

  private String uploadedId(String kind, byte[] pdf) {
    Response uploaded = uploadMaterial(kind, kind.toLowerCase(java.util.Locale.ROOT) + ".pdf", "application/pdf", pdf);
    if (uploaded.status() != 201) {
      throw new AssertionError("upload refused: " + uploaded);
    }
    return uploaded.json().get("id").asText();
  }

  /** A multipart/form-data body, built part by part. */
  public static final class Multipart {

    private final String boundary = "qualcat-" + java.util.UUID.randomUUID();
    private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    public Multipart field(String name, String value) {
      write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
      return this;
    }

    public Multipart file(String name, String fileName, String contentType, byte[] content) {
      write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
          + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
      out.writeBytes(content);
      write("\r\n");
      return this;
    }

    public String contentType() {
      return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] bytes() {
      java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
      all.writeBytes(out.toByteArray());
      all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return all.toByteArray();
    }

    private void write(String text) {
      out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json, application/problem+json, */*");
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    headers.forEach(builder::header);
    return builder;
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response.statusCode(), response.body(), response.headers());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String write(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A response: status, body, headers; {@link #json()} parses the body. */
  public record Response(int status, String body, java.net.http.HttpHeaders headers) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (status " + status + "): " + body, e);
      }
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + (body.length() > 600 ? body.substring(0, 600) + "…" : body);
    }
  }
}
