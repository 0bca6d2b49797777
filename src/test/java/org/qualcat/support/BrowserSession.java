package org.qualcat.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a browser does at the HTTP level: keeps cookies, posts forms with their CSRF token, does not follow redirects. */
public final class BrowserSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
      .followRedirects(HttpClient.Redirect.NEVER).build();
  private final int port;

  public BrowserSession(int port) {
    this.port = port;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  /** A GET as a browser navigating to a page sends it, asking for HTML (error pages included). */
  public HttpResponse<String> getPage(String path) {
    return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
        .GET().build());
  }

  /** A GET whose answer is kept as bytes (a PDF, an image). */
  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Signs in through the login form; returns the response to the form post (a redirect). */
  public HttpResponse<String> signIn(String user, String password) {
    String token = csrfToken("/login");
    String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token);
    return send(HttpRequest.newBuilder(uri("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  /** Posts a form to {@code path} with the CSRF token of the form on {@code page}; returns the response as is. */
  public HttpResponse<String> postForm(String page, String path, java.util.Map<String, String> fields) {
    StringBuilder form = new StringBuilder("_csrf=").append(encode(csrfToken(page)));
    fields.forEach((name, value) -> form.append('&').append(encode(name)).append('=').append(encode(value)));
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
  }

  /** A file a form uploads. */
  public record Upload(String fileName, String contentType, byte[] content) {
  }

  /**
   * Posts a form with files ({@code multipart/form-data}, as a browser does for a form with file inputs) to
   * {@code path}, with the CSRF token of the form on {@code page}.
   */
  public HttpResponse<String> postMultipart(String page, String path, java.util.Map<String, String> fields,
      java.util.Map<String, Upload> files) {
    ApiClient.Multipart form = new ApiClient.Multipart().field("_csrf", csrfToken(page));
    fields.forEach(form::field);
    files.forEach((name, file) -> form.file(name, file.fileName(), file.contentType(), file.content()));
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", form.contentType())
        .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build());
  }

  /** Posts a form to {@code path} exactly as given: no CSRF token unless {@code fields} holds one. */
  public HttpResponse<String> postFormAsIs(String path, java.util.Map<String, String> fields) {
    StringBuilder form = new StringBuilder();
    fields.forEach((name, value) -> form.append(form.length() == 0 ? "" : "&").append(encode(name)).append('=')
        .append(encode(value)));
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
  }

  /** Posts a form to {@code path} with one header, as a webapp's script does (its CSRF token in a header). */
  public HttpResponse<String> postFormWithHeader(String path, java.util.Map<String, String> fields, String header,
      String value) {
    StringBuilder form = new StringBuilder();
    fields.forEach((name, field) -> form.append(form.length() == 0 ? "" : "&").append(encode(name)).append('=')
        .append(encode(field)));
    return send(HttpRequest.newBuilder(uri(path)).header(header, value)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build());
  }

  /**
   * Sends JSON to a webapp's API as its script does: with the webapps' CSRF token (the {@code XSRF-TOKEN} cookie,
   * which any earlier request under {@code /camunda} set) in its header.
   */
  public HttpResponse<String> sendJson(String method, String path, String json) {
    String token = cookie("XSRF-TOKEN");
    return send(HttpRequest.newBuilder(uri(path)).header("X-XSRF-TOKEN", token == null ? "" : token)
        .header("Content-Type", "application/json").header("Accept", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** The value of a cookie the browser holds, or null. */
  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
        .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
  }

  /** Sets a cookie, as an attacker who planted or stole one would. */
  public void setCookie(String name, String value) {
    java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
    cookie.setPath("/");
    cookie.setVersion(0);
    cookies.getCookieStore().add(uri("/"), cookie);
  }

  /** The CSRF token of the form on a page. */
  public String csrfToken(String page) {
    Matcher matcher = CSRF.matcher(get(page).body());
    if (!matcher.find()) {
      throw new AssertionError("no CSRF token on " + page);
    }
    return matcher.group(1);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
