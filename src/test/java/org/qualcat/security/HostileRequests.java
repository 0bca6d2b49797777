package org.qualcat.security;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The table of hostile requests {@link HostileInputIT} sends: for every write endpoint, as a user allowed to call
 * it, malformed bodies and malicious values, each with the refusal it must get. Bodies and paths may hold
 * placeholders that the test fills in with data of its own: {@value #LISTED} (a listed qualification),
 * {@value #CASE} (a verification case of {@code applicant1}), {@value #NOMINATION} (a nomination that is not under
 * public notice) and {@value #UNIQUE} (a code nobody has used).
 */
final class HostileRequests {

  static final String LISTED = "@LISTED@";
  static final String CASE = "@CASE@";
  static final String NOMINATION = "@NOMINATION@";
  static final String UNIQUE = "@UNIQUE@";
  /** hr1's bulk submission waiting for its files {@code c.pdf} and {@code p.pdf}. */
  static final String BULK = "@BULK@";
  /** A case of hr1's organisation asking it for a recommendation for talent introduction. */
  static final String RECOMMENDATION_CASE = "@RECOMMEND@";
  /** The verification code of applicant1's verified result for a title-eligible qualification (direct recognition). */
  static final String TITLE_RESULT = "@TITLERESULT@";
  /** Materials applicant1 uploaded and never submitted: a copy of the certificate, proof of employment. */
  static final String CERTIFICATE_COPY = "@COPYTOKEN@";
  static final String EMPLOYMENT_PROOF = "@PROOFTOKEN@";

  static final String JSON = "application/json";
  /** Larger than the API's 256 KB limit for JSON, smaller than Tomcat's 2 MB of unread body it swallows. */
  static final int OVERSIZED_JSON = 300 * 1024;
  /** Deeper than the 16 levels the API parses. */
  static final int DEEP = 200;

  /** Writes every non-ASCII character as an escape: how a lone surrogate can be sent at all. */
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());

  private HostileRequests() {
  }

  /** One hostile request and the refusal it must get: {@code status}, and the field named when there is one. */
  record Hostile(String endpoint, String kind, String method, String path, String user, String contentType,
      byte[] body, boolean chunked, Map<String, String> headers, int status, String field) {

    @Override
    public String toString() {
      return endpoint + " · " + kind;
    }
  }

  /** What a field takes; decides the hostile values it is sent. */
  enum Type { CODE, LINE, TEXT, EMAIL, CHOICE, CHOICES, DATE, YES_NO, COUNT }

  record Field(String name, Type type, int max, boolean required) {
  }

  /** A write endpoint with a JSON body: where, as whom, a valid body, its fields. */
  record JsonEndpoint(String name, String path, String user, Map<String, Object> validBody, List<Field> fields,
      Map<String, Object> massAssignment) {
  }

  static List<Hostile> all() {
    List<Hostile> all = new ArrayList<>();
    for (JsonEndpoint endpoint : jsonEndpoints()) {
      all.addAll(bodyAttacks(endpoint));
      all.addAll(fieldAttacks(endpoint));
    }
    all.addAll(pathAttacks());
    all.addAll(bodilessEndpoints());
    all.addAll(catalogFiles());
    all.addAll(bulkSheets());
    return all;
  }

  // --- the endpoints ----------------------------------------------------------------------------------------------

  static List<JsonEndpoint> jsonEndpoints() {
    return List.of(
        new JsonEndpoint("nominate", "/api/nominations", "secretariat1", body(b -> {
          b.put("code", UNIQUE);
          b.put("nameEn", "Certified Hostile Input Tester");
          b.put("nameZh", "认证恶意输入测试员");
          b.put("issuingBody", "Hostile Input Board");
          b.put("countryRegion", "Singapore");
          b.put("sector", "Testing");
          b.put("lists", List.of("INTERNATIONAL"));
          b.put("titleLevel", "INTERMEDIATE");
          b.put("titleSeries", "Engineering");
          b.put("skillLevel", "Level 3");
          b.put("practiceField", "NONE");
          b.put("verificationChannel", "ONLINE_REGISTER");
          b.put("notes", "Nothing to add.");
          b.put("justification", "Beijing's testing sector needs it.");
          b.put("contactEmail", "hostile@example.org");
        }), List.of(
            new Field("code", Type.CODE, 32, true),
            new Field("nameEn", Type.LINE, 300, true),
            new Field("nameZh", Type.LINE, 200, true),
            new Field("issuingBody", Type.LINE, 300, true),
            new Field("countryRegion", Type.LINE, 120, true),
            new Field("sector", Type.LINE, 120, true),
            new Field("lists", Type.CHOICES, 0, true),
            new Field("titleLevel", Type.CHOICE, 0, false),
            new Field("titleSeries", Type.LINE, 120, false),
            new Field("skillLevel", Type.LINE, 120, false),
            new Field("practiceField", Type.CHOICE, 0, false),
            new Field("verificationChannel", Type.CHOICE, 0, true),
            new Field("notes", Type.TEXT, 2000, false),
            new Field("justification", Type.TEXT, 4000, true),
            new Field("contactEmail", Type.EMAIL, 254, false)),
            Map.of("status", "LISTED", "nominatedBy", "admin")),
        new JsonEndpoint("nomination supplement", "/api/nominations/" + NOMINATION + "/supplements", "secretariat1",
            body(b -> b.put("supplement", "The issuer's register is at https://register.example.org.")),
            List.of(new Field("supplement", Type.TEXT, 4000, true)),
            Map.of("status", "SUBMITTED")),
        new JsonEndpoint("adjust", "/api/adjustments", "secretariat1", body(b -> {
          b.put("qualificationCode", LISTED);
          b.put("lists", List.of("URGENT"));
          b.put("titleLevel", "DEPUTY_SENIOR");
          b.put("titleSeries", "Economics");
          b.put("skillLevel", "Level 2");
          b.put("justification", "In urgent demand in the Zhongguancun pilot zone.");
          b.put("contactEmail", "hostile@example.org");
        }), List.of(
            new Field("qualificationCode", Type.CODE, 32, true),
            new Field("lists", Type.CHOICES, 0, true),
            new Field("titleLevel", Type.CHOICE, 0, true),
            new Field("titleSeries", Type.LINE, 120, false),
            new Field("skillLevel", Type.LINE, 120, false),
            new Field("justification", Type.TEXT, 4000, true),
            new Field("contactEmail", Type.EMAIL, 254, false)),
            Map.of("status", "APPLIED")),
        new JsonEndpoint("flag for exit", "/api/exits", "monitor1", body(b -> {
          b.put("qualificationCode", LISTED);
          b.put("grounds", "The issuer stopped verifying certificates.");
        }), List.of(
            new Field("qualificationCode", Type.CODE, 32, true),
            new Field("grounds", Type.TEXT, 4000, true)),
            Map.of("origin", "REVIEW")),
        new JsonEndpoint("publish", "/api/catalog/editions/draft/publish", "secretariat1", body(b -> {
          b.put("code", UNIQUE);
          b.put("name", "Hostile Edition");
          b.put("publishedOn", org.qualcat.process.BureauTime.today(java.time.Clock.systemUTC()).toString());
          b.put("releasedOn", org.qualcat.process.BureauTime.today(java.time.Clock.systemUTC()).toString());
          b.put("repeals", "Version 1.0 (JRSYF [2024] No. 10)");
        }), List.of(
            new Field("code", Type.CODE, 32, true),
            new Field("name", Type.LINE, 120, true),
            new Field("publishedOn", Type.DATE, 0, false),
            new Field("releasedOn", Type.DATE, 0, false),
            new Field("repeals", Type.LINE, 300, false)),
            Map.of("status", "PUBLISHED")),
        new JsonEndpoint("object", "/api/catalog/notices/" + NOMINATION + "/objections", "applicant1",
            body(b -> b.put("grounds", "The issuer's register has been offline since March.")),
            List.of(new Field("grounds", Type.TEXT, 4000, true)),
            Map.of("lodgedBy", "committee1")),
        new JsonEndpoint("monitoring input", "/api/monitoring/inputs", "monitor1", body(b -> {
          b.put("qualificationCode", LISTED);
          b.put("technicalCompliance", "COMPLIANT");
          b.put("holderOutcomes", "SOME");
          b.put("certificatesInBeijing", 12);
          b.put("issuerResponsive", true);
          b.put("issuerContactEmail", "registry@example.org");
          b.put("note", "Checked with the issuer.");
        }), List.of(
            new Field("qualificationCode", Type.CODE, 32, true),
            new Field("technicalCompliance", Type.CHOICE, 0, true),
            new Field("holderOutcomes", Type.CHOICE, 0, true),
            new Field("certificatesInBeijing", Type.COUNT, 0, false),
            new Field("issuerResponsive", Type.YES_NO, 0, false),
            new Field("issuerContactEmail", Type.EMAIL, 254, false),
            new Field("note", Type.TEXT, 2000, false)),
            Map.of("enteredBy", "monitor2")),
        new JsonEndpoint("rectification", "/api/monitoring/reviews/0/rectification", "monitor1",
            body(b -> b.put("report", "All Beijing holders are now in the issuer's register.")),
            List.of(new Field("report", Type.TEXT, 4000, true)),
            Map.of("result", "RECTIFIED")),
        new JsonEndpoint("submit case", "/api/verification-cases", "applicant1", body(b -> {
          b.put("qualificationCode", LISTED);
          b.put("certificateNumber", "HX-" + UNIQUE);
          b.put("certificateIssuedOn", "2019-09-01");
          b.put("holderName", "Jane Doe");
          b.put("holderNationality", "FOREIGN");
          b.put("holderDocumentNumber", "P1234567");
          b.put("employerName", "Example Capital Ltd");
          b.put("employerRegion", "BEIJING");
          b.put("employedInBeijing", true);
          b.put("materials", List.of(CERTIFICATE_COPY, EMPLOYMENT_PROOF));
        }), List.of(
            new Field("qualificationCode", Type.CODE, 32, true),
            new Field("certificateNumber", Type.CODE, 64, true),
            new Field("certificateIssuedOn", Type.DATE, 0, true),
            new Field("holderName", Type.LINE, 200, true),
            new Field("holderNationality", Type.CHOICE, 0, true),
            new Field("holderDocumentNumber", Type.CODE, 32, true),
            new Field("employerName", Type.LINE, 300, true),
            new Field("employerRegion", Type.CHOICE, 0, true),
            new Field("employedInBeijing", Type.YES_NO, 0, true)),
            Map.of("status", "VERIFIED", "applicant", "applicant2")),
        new JsonEndpoint("case supplement", "/api/verification-cases/" + CASE + "/supplement", "applicant1",
            body(b -> {
              b.put("note", "The certificate number was mistyped.");
              b.put("certificateNumber", "HX-2");
              b.put("certificateIssuedOn", "2019-09-02");
            }), List.of(
                new Field("note", Type.TEXT, 2000, true),
                new Field("certificateNumber", Type.CODE, 64, false),
                new Field("certificateIssuedOn", Type.DATE, 0, false)),
            Map.of("status", "VERIFIED")),
        // a valid code no test registers (its check character is right): every hostile variant must leave it so
        new JsonEndpoint("register employer", "/api/employers", "admin", body(b -> {
          b.put("creditCode", "91110108MA01QCAT14");
          b.put("name", "Haidian Hostile Input Testing Co., Ltd.");
          b.put("region", "BEIJING");
        }), List.of(
            new Field("creditCode", Type.CODE, 18, true),
            new Field("name", Type.LINE, 300, true),
            new Field("region", Type.CHOICE, 0, true)),
            Map.of("id", 1, "registeredBy", "secretariat1")),
        new JsonEndpoint("recommend", "/api/verification-cases/" + RECOMMENDATION_CASE + "/recommendation", "hr1",
            body(b -> {
              b.put("recommended", "RECOMMENDED");
              b.put("contributions", "Led the launch of the fund's Beijing office.");
            }), List.of(
                new Field("recommended", Type.CHOICE, 0, true),
                new Field("contributions", Type.TEXT, 2000, false)),
            Map.of("recommendedBy", "hr2")),
        new JsonEndpoint("apply for a title", "/api/title-applications", "applicant1", body(b -> {
          b.put("verificationCode", TITLE_RESULT);
          b.put("level", "INTERMEDIATE");
          b.put("series", "Economics");
          b.put("employerSupport", "Head of research since 2021.");
        }), List.of(
            new Field("verificationCode", Type.CODE, 32, true),
            new Field("level", Type.CHOICE, 0, true),
            new Field("series", Type.LINE, 120, false),
            new Field("employerSupport", Type.TEXT, 2000, false)),
            Map.of("status", "GRANTED", "applicant", "applicant2")));
  }

  // --- attacks on the body as a whole -----------------------------------------------------------------------------

  private static List<Hostile> bodyAttacks(JsonEndpoint e) {
    String valid = write(e.validBody());
    List<Hostile> cases = new ArrayList<>();
    cases.add(json(e, "malformed JSON", "{\"" + e.fields().get(0).name() + "\": ", 400, null));
    cases.add(json(e, "truncated JSON", valid.substring(0, valid.length() / 2), 400, null));
    cases.add(json(e, "empty body", "", 400, null));
    cases.add(json(e, "an array instead of an object", "[" + valid + "]", 400, null));
    cases.add(json(e, "comments and single quotes (not JSON)",
        "/* hi */ {'" + e.fields().get(0).name() + "': 'x'}", 400, null));
    Map<String, Object> unknown = new LinkedHashMap<>(e.validBody());
    unknown.putAll(e.massAssignment());
    String firstUnknown = e.massAssignment().keySet().iterator().next();
    cases.add(json(e, "unknown fields (setting " + String.join(", ", e.massAssignment().keySet()) + ")",
        write(unknown), 400, firstUnknown));
    String first = e.fields().get(0).name();
    cases.add(json(e, "a duplicate key", "{\"" + first + "\": \"A\", " + valid.substring(1), 400, null));
    Map<String, Object> deep = new LinkedHashMap<>(e.validBody());
    deep.put(first, "@DEEP@");
    cases.add(json(e, "deeply nested JSON in a field",
        write(deep).replace("\"@DEEP@\"", "[".repeat(DEEP) + "]".repeat(DEEP)), 400, null));
    cases.add(json(e, "deeply nested JSON as the body", "[".repeat(20_000) + "]".repeat(20_000), 400, null));
    cases.add(json(e, "invalid UTF-8 in a text", invalidUtf8(valid, e), 400, null));
    cases.add(json(e, "an oversized body (" + OVERSIZED_JSON / 1024 + " KB, Content-Length)", padded(valid), 413,
        null));
    cases.add(hostile(e.name(), "an oversized body (chunked)", "POST", e.path(), e.user(), JSON,
        padded(valid), true, Map.of(), 413, null));
    cases.add(hostile(e.name(), "no content type", "POST", e.path(), e.user(), null, bytes(valid), false,
        Map.of(), 415, null));
    cases.add(hostile(e.name(), "text/plain (a cross-site form could send it)", "POST", e.path(), e.user(),
        "text/plain", bytes(valid), false, Map.of(), 415, null));
    cases.add(hostile(e.name(), "application/x-www-form-urlencoded", "POST", e.path(), e.user(),
        "application/x-www-form-urlencoded", bytes("a=1&b=2"), false, Map.of(), 415, null));
    cases.add(hostile(e.name(), "multipart/form-data", "POST", e.path(), e.user(),
        "multipart/form-data; boundary=x", bytes("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--x--\r\n"),
        false, Map.of(), 415, null));
    cases.add(hostile(e.name(), "application/xml", "POST", e.path(), e.user(), "application/xml",
        bytes("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"), false,
        Map.of(), 415, null));
    cases.add(hostile(e.name(), "PUT instead of POST", "PUT", e.path(), e.user(), JSON, bytes(valid), false,
        Map.of(), 405, null));
    cases.add(hostile(e.name(), "DELETE instead of POST", "DELETE", e.path(), e.user(), null, null, false,
        Map.of(), 405, null));
    cases.add(hostile(e.name(), "a browser posting from another site (Sec-Fetch-Site: cross-site)", "POST",
        e.path(), e.user(), JSON, bytes(valid), false,
        Map.of("Sec-Fetch-Site", "cross-site", "Origin", "https://evil.example"), 403, null));
    cases.add(hostile(e.name(), "malformed JSON from a browser that accepts only HTML", "POST", e.path(),
        e.user(), JSON, bytes("{"), false, Map.of("Accept", "text/html"), 400, null));
    return cases;
  }

  // --- attacks on single fields -----------------------------------------------------------------------------------

  private static List<Hostile> fieldAttacks(JsonEndpoint e) {
    List<Hostile> cases = new ArrayList<>();
    Field firstRequired = e.fields().stream().filter(Field::required).findFirst().orElseThrow();
    cases.add(json(e, "an empty object (every required field missing)", "{}", 400, firstRequired.name()));
    Map<String, Object> nulls = new LinkedHashMap<>(e.validBody());
    nulls.put(firstRequired.name(), null);
    cases.add(json(e, firstRequired.name() + " null", write(nulls), 400, firstRequired.name()));
    int line = 0;
    int text = 0;
    for (Field f : e.fields()) {
      switch (f.type()) {
        case CODE -> {
          cases.add(value(e, f, "SQL injection", "' OR '1'='1' --", 400));
          cases.add(value(e, f, "a script", "<script>alert(1)</script>", 400));
          cases.add(value(e, f, "path traversal", "../../../etc/passwd", 400));
          cases.add(value(e, f, "one character too long", "A".repeat(f.max() + 1), 400));
          cases.add(value(e, f, "a number", 42, 400));
        }
        case LINE -> {
          cases.add(value(e, f, "one character too long (" + (f.max() + 1) + ")", "x".repeat(f.max() + 1), 400));
          cases.add(value(e, f, LINE_ATTACKS.get(line % LINE_ATTACKS.size()).kind(),
              LINE_ATTACKS.get(line % LINE_ATTACKS.size()).value(), 400));
          if (line == 0) {
            cases.add(value(e, f, "a number", 42, 400));
            cases.add(value(e, f, "an object", Map.of("$gt", ""), 400));
            cases.add(value(e, f, "an array", List.of("a", "b"), 400));
          }
          line++;
        }
        case TEXT -> {
          cases.add(value(e, f, "one character too long (" + (f.max() + 1) + ")", "x".repeat(f.max() + 1), 400));
          cases.add(value(e, f, TEXT_ATTACKS.get(text % TEXT_ATTACKS.size()).kind(),
              TEXT_ATTACKS.get(text % TEXT_ATTACKS.size()).value(), 400));
          cases.add(value(e, f, TEXT_ATTACKS.get((text + 1) % TEXT_ATTACKS.size()).kind(),
              TEXT_ATTACKS.get((text + 1) % TEXT_ATTACKS.size()).value(), 400));
          if (text == 0) {
            cases.add(value(e, f, "a boolean", true, 400));
          }
          if (f.required()) {
            cases.add(value(e, f, "only blanks", " \t\r\n ", 400));
          }
          text++;
        }
        case EMAIL -> {
          cases.add(value(e, f, "mail header injection", "hostile@example.org\r\nBcc: victims@example.org", 400));
          cases.add(value(e, f, "not an address", "<script>alert(1)</script>", 400));
        }
        case CHOICE -> {
          cases.add(value(e, f, "not one of the choices", "PLATINUM", 400));
          cases.add(value(e, f, "a choice given by its number", 0, 400));
        }
        case CHOICES -> {
          cases.add(value(e, f, "one text instead of a list", "INTERNATIONAL", 400));
          cases.add(value(e, f, "an unknown list", List.of("INTERNATIONAL", "PLATINUM"), 400));
          cases.add(value(e, f, "an empty list", List.of(), 400));
        }
        case DATE -> {
          cases.add(value(e, f, "30 February", "2019-02-30", 400));
          cases.add(value(e, f, "the year 10000", "+10000-01-01", 400));
          cases.add(value(e, f, "a date as a number", 20190901, 400));
          cases.add(value(e, f, "not ISO 8601", "01/09/2019", 400));
          cases.add(value(e, f, "an empty text", "", 400));
        }
        case YES_NO -> {
          cases.add(value(e, f, "\"yes\"", "yes", 400));
          cases.add(value(e, f, "\"true\" as text", "true", 400));
          cases.add(value(e, f, "1", 1, 400));
        }
        case COUNT -> {
          cases.add(value(e, f, "negative", -1, 400));
          cases.add(value(e, f, "a fraction", 1.5, 400));
          cases.add(value(e, f, "beyond a 32-bit number", 99_999_999_999L, 400));
          cases.add(hostileNumber(e, f, "1e400", 400));
          cases.add(value(e, f, "a number as text", "12", 400));
        }
      }
    }
    return cases;
  }

  record Attack(String kind, String value) {
  }

  /** Control and Unicode tricks a one-line text must refuse. */
  static final List<Attack> LINE_ATTACKS = List.of(
      new Attack("CRLF (header injection)", "Jane\r\nBcc: victims@example.org"),
      new Attack("a null byte", "Jane\u0000Doe"),
      new Attack("a right-to-left override (spoofing)", "Invoice \u202Egpj.exe"),
      new Attack("a lone surrogate (not Unicode)", "Jane \uD800 Doe"),
      new Attack("an escape sequence (terminal injection)", "Jane \u001B[31mDoe"),
      new Attack("a line separator", "Jane\u2028Doe"));

  /** Control and Unicode tricks a multi-line text must refuse (line breaks and tabs are fine there). */
  static final List<Attack> TEXT_ATTACKS = List.of(
      new Attack("a null byte", "Grounds\u0000; DROP TABLE objection;--"),
      new Attack("a right-to-left isolate (spoofing)", "Approve \u2067evomer\u2069 now"),
      new Attack("a lone surrogate (not Unicode)", "Grounds \uDFFF"),
      new Attack("an escape sequence (terminal injection)", "Grounds \u001B]0;pwned\u0007"),
      new Attack("a backspace", "Grounds\b\b\b"));

  // --- attacks on paths -------------------------------------------------------------------------------------------

  private static List<Hostile> pathAttacks() {
    List<Hostile> cases = new ArrayList<>();
    String supplement = write(Map.of("supplement", "More."));
    String grounds = write(Map.of("grounds", "No."));
    String note = write(Map.of("note", "Here it is."));
    String report = write(Map.of("report", "Done."));
    cases.add(hostile("nomination supplement", "SQL injection in the reference", "POST",
        "/api/nominations/%27%20OR%20%271%27%3D%271/supplements", "secretariat1", JSON, bytes(supplement), false,
        Map.of(), 404, null));
    cases.add(hostile("nomination supplement", "path traversal in the reference (encoded slashes)", "POST",
        "/api/nominations/..%2F..%2Fverification-cases/supplements", "secretariat1", JSON, bytes(supplement), false,
        Map.of(), 400, null));
    cases.add(hostile("object", "a script in the reference", "POST",
        "/api/catalog/notices/%3Cscript%3Ealert(1)%3C%2Fscript%3E/objections", "applicant1", JSON, bytes(grounds),
        false, Map.of(), 400, null));
    cases.add(hostile("object", "a reference of 4000 characters", "POST",
        "/api/catalog/notices/" + "N".repeat(4000) + "/objections", "applicant1", JSON, bytes(grounds), false,
        Map.of(), 404, null));
    cases.add(hostile("object", "dot segments in the path", "POST",
        "/api/catalog/notices/x/../../../monitoring/cycles", "applicant1", JSON, bytes(grounds), false, Map.of(),
        400, null));
    cases.add(hostile("rectification", "a review id that is not a number", "POST",
        "/api/monitoring/reviews/1%20OR%201=1/rectification", "monitor1", JSON, bytes(report), false, Map.of(), 400,
        "id"));
    cases.add(hostile("rectification", "a review id beyond a 64-bit number", "POST",
        "/api/monitoring/reviews/99999999999999999999999/rectification", "monitor1", JSON, bytes(report), false,
        Map.of(), 400, "id"));
    cases.add(hostile("rectification", "a review that does not exist", "POST",
        "/api/monitoring/reviews/-1/rectification", "monitor1", JSON, bytes(report), false, Map.of(), 404, null));
    cases.add(hostile("case supplement", "a null byte in the reference", "POST",
        "/api/verification-cases/BJV%00/supplement", "applicant1", JSON, bytes(note), false, Map.of(), 400, null));
    cases.add(hostile("case supplement", "CRLF in the reference (response splitting)", "POST",
        "/api/verification-cases/BJV%0D%0ASet-Cookie:%20x=1/supplement", "applicant1", JSON, bytes(note), false,
        Map.of(), 400, null));
    cases.add(hostile("case supplement", "a semicolon path parameter", "POST",
        "/api/verification-cases/" + CASE + ";jsessionid=x/supplement", "applicant1", JSON, bytes(note), false,
        Map.of(), 400, null));
    return cases;
  }

  // --- endpoints without a body -----------------------------------------------------------------------------------

  private static List<Hostile> bodilessEndpoints() {
    List<Hostile> cases = new ArrayList<>();
    String cycles = "/api/monitoring/cycles";
    String withdraw = "/api/verification-cases/" + CASE + "/withdraw";
    for (String[] endpoint : new String[][] {{"start cycle", cycles, "monitor1"},
        {"withdraw case", withdraw, "applicant1"}}) {
      String name = endpoint[0];
      String path = endpoint[1];
      String user = endpoint[2];
      cases.add(hostile(name, "GET instead of POST", "GET", path, user, null, null, false, Map.of(), 405, null));
      cases.add(hostile(name, "DELETE instead of POST", "DELETE", path, user, null, null, false, Map.of(), 405, null));
      cases.add(hostile(name, "PATCH instead of POST", "PATCH", path, user, JSON, bytes("{}"), false, Map.of(), 405,
          null));
      cases.add(hostile(name, "an oversized body (Content-Length)", "POST", path, user, JSON,
          padded("{}"), false, Map.of(), 413, null));
      cases.add(hostile(name, "a browser posting from another site (Sec-Fetch-Site: cross-site)", "POST", path,
          user, null, null, false, Map.of("Sec-Fetch-Site", "cross-site"), 403, null));
      cases.add(hostile(name, "a browser posting from a sibling site (Sec-Fetch-Site: same-site)", "POST", path,
          user, "application/x-www-form-urlencoded", bytes("x=1"), false, Map.of("Sec-Fetch-Site", "same-site"),
          403, null));
      cases.add(hostile(name, "an encoded slash in the path", "POST", path.replace("/api/", "/api%2F"), user, null,
          null, false, Map.of(), 400, null));
    }
    cases.add(hostile("withdraw case", "SQL injection in the reference", "POST",
        "/api/verification-cases/BJV-2025-000001%27%20OR%20%271%27%3D%271/withdraw", "applicant1", null, null, false,
        Map.of(), 404, null));
    cases.add(hostile("withdraw case", "a backslash in the path", "POST",
        "/api/verification-cases/..%5C..%5Cnominations/withdraw", "applicant1", null, null, false, Map.of(), 400,
        null));
    return cases;
  }

  // --- catalog files ----------------------------------------------------------------------------------------------

  static final String CSV_HEADER = "code,name_en,name_zh,issuing_body,country_region,sector,lists,notes\n";

  private static List<Hostile> catalogFiles() {
    List<Hostile> cases = new ArrayList<>();
    String path = "/api/catalog/imports";
    String good = UNIQUE + ",Hostile File Qualification,恶意文件资格,Hostile Board,Japan,Testing,INTERNATIONAL,\n";
    cases.add(csv("an empty body", "", 400, null));
    cases.add(csv("a header only with an unknown column",
        "code,name_en,<script>alert(1)</script>\n", 422, null));
    cases.add(csv("a required column missing", "code,name_en\nX-1,Name\n", 422, null));
    cases.add(csv("SQL injection as a code",
        CSV_HEADER + "'; DROP TABLE qualification; --,Name,名,Board,Japan,IT,INTERNATIONAL,\n", 422, "code"));
    cases.add(csv("a list that does not exist", CSV_HEADER + good.replace("INTERNATIONAL", "PLATINUM"), 422,
        "lists"));
    cases.add(csv("a null byte in a name", CSV_HEADER + good.replace("Hostile File", "Hostile\u0000File"), 422,
        "name_en"));
    cases.add(csv("a right-to-left override in an issuer",
        CSV_HEADER + good.replace("Hostile Board", "Hostile \u202EdraoB"), 422, "issuing_body"));
    cases.add(csv("an escape sequence in a sector", CSV_HEADER + good.replace("Testing", "Test\u001B[2Jing"), 422,
        "sector"));
    cases.add(csv("a name of 301 characters",
        CSV_HEADER + good.replace("Hostile File Qualification", "N".repeat(301)), 422, "name_en"));
    cases.add(csv("more fields than the header", CSV_HEADER + good.replace("\n", ",extra,fields\n"), 422, null));
    cases.add(csv("an unterminated quote", CSV_HEADER + good.replace("Hostile Board", "\"Hostile Board"), 422,
        null));
    cases.add(hostile("import (CSV)", "bytes that are not UTF-8 (Latin-1)", "POST", path, "secretariat1",
        "text/csv", concat(bytes(CSV_HEADER + UNIQUE + ",Z"), new byte[] {(byte) 0xFC},
            bytes("rich,名,Board,Switzerland,IT,INTERNATIONAL,\n")), false, Map.of(), 400, "body"));
    cases.add(hostile("import (CSV)", "a binary file (PNG)", "POST", path, "secretariat1", "text/csv",
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', (byte) 0xFF},
        false, Map.of(), 400, "body"));
    cases.add(hostile("import (CSV)", "an oversized file (2 MB and more, Content-Length)", "POST", path,
        "secretariat1", "text/csv", csvOver(2 * 1024 * 1024), false, Map.of(), 413, null));
    cases.add(hostile("import (CSV)", "an oversized file (chunked)", "POST", path, "secretariat1", "text/csv",
        csvOver(2 * 1024 * 1024), true, Map.of(), 413, null));
    cases.add(hostile("import (CSV)", "JSON instead of CSV", "POST", path, "secretariat1", JSON,
        bytes("{\"code\": \"X\"}"), false, Map.of(), 415, null));
    cases.add(hostile("import (CSV)", "no content type", "POST", path, "secretariat1", null,
        bytes(CSV_HEADER + good), false, Map.of(), 415, null));
    cases.add(hostile("import (CSV)", "PUT instead of POST", "PUT", path, "secretariat1", "text/csv",
        bytes(CSV_HEADER + good), false, Map.of(), 405, null));
    cases.add(hostile("import (CSV)", "a browser posting from another site", "POST", path, "secretariat1",
        "text/csv", bytes(CSV_HEADER + good), false, Map.of("Sec-Fetch-Site", "cross-site"), 403, null));

    String boundary = "hostile-boundary";
    String multipart = "multipart/form-data; boundary=" + boundary;
    cases.add(upload("the file in a part with another name", multipart,
        part(boundary, "document", "catalog.csv", CSV_HEADER + good) + "--" + boundary + "--\r\n", 400, "file"));
    cases.add(upload("no closing boundary", multipart,
        part(boundary, "file", "catalog.csv", CSV_HEADER + good), 400, null));
    cases.add(upload("no boundary in the content type", "multipart/form-data",
        part(boundary, "file", "catalog.csv", CSV_HEADER + good) + "--" + boundary + "--\r\n", 400, null));
    cases.add(upload("a file name with path traversal and a bad row", multipart,
        part(boundary, "file", "../../../../etc/cron.d/x.csv", CSV_HEADER + good.replace("INTERNATIONAL", "GOLD"))
            + "--" + boundary + "--\r\n", 422, "lists"));
    StringBuilder manyParts = new StringBuilder();
    // more parts than server.tomcat.max-part-count (100, for a bulk submission's batches of files)
    for (int i = 0; i < 150; i++) {
      manyParts.append(part(boundary, "extra" + i, null, "x"));
    }
    manyParts.append(part(boundary, "file", "catalog.csv", CSV_HEADER + good)).append("--").append(boundary)
        .append("--\r\n");
    cases.add(upload("a hundred and fifty parts", multipart, manyParts.toString(), 400, null));
    cases.add(hostile("import (upload)", "a file that is not UTF-8", "POST", path, "admin", multipart,
        concat(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n" + CSV_HEADER + UNIQUE + ",Z"), new byte[] {(byte) 0xFC},
            bytes("rich,名,Board,Switzerland,IT,INTERNATIONAL,\r\n--" + boundary + "--\r\n")), false, Map.of(), 400,
        "file"));
    cases.add(hostile("import (upload)", "an upload over 2 MB", "POST", path, "admin", multipart,
        concat(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"c.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\n"), csvOver(2 * 1024 * 1024), bytes("\r\n--" + boundary + "--\r\n")),
        false, Map.of(), 413, null));
    cases.add(hostile("import (upload)", "a browser uploading from another site", "POST", path, "admin", multipart,
        bytes(part(boundary, "file", "catalog.csv", CSV_HEADER + good) + "--" + boundary + "--\r\n"), false,
        Map.of("Sec-Fetch-Site", "cross-site"), 403, null));
    return cases;
  }

  // --- building blocks --------------------------------------------------------------------------------------------

  private static Hostile json(JsonEndpoint e, String kind, String body, int status, String field) {
    return hostile(e.name(), kind, "POST", e.path(), e.user(), JSON, bytes(body), false, Map.of(), status, field);
  }

  private static Hostile json(JsonEndpoint e, String kind, byte[] body, int status, String field) {
    return hostile(e.name(), kind, "POST", e.path(), e.user(), JSON, body, false, Map.of(), status, field);
  }

  /** The valid body with one field set to {@code value}. */
  private static Hostile value(JsonEndpoint e, Field f, String kind, Object value, int status) {
    Map<String, Object> body = new LinkedHashMap<>(e.validBody());
    body.put(f.name(), value);
    return json(e, f.name() + ": " + kind, write(body), status, f.name());
  }

  /** The valid body with one field set to a number literal Java cannot hold. */
  private static Hostile hostileNumber(JsonEndpoint e, Field f, String literal, int status) {
    Map<String, Object> body = new LinkedHashMap<>(e.validBody());
    body.put(f.name(), "@NUMBER@");
    return json(e, f.name() + ": " + literal, write(body).replace("\"@NUMBER@\"", literal), status, f.name());
  }

  private static Hostile csv(String kind, String body, int status, String field) {
    return hostile("import (CSV)", kind, "POST", "/api/catalog/imports", "secretariat1", "text/csv", bytes(body),
        false, Map.of(), status, field);
  }

  /** An employer's sheet of certificates (hr1), each refused whole with nothing kept. */
  private static List<Hostile> bulkSheets() {
    String boundary = "hostile-bulk";
    String multipart = "multipart/form-data; boundary=" + boundary;
    String header = "qualificationCode,certificateNumber,certificateIssuedOn,holderName,holderNationality,"
        + "holderDocumentNumber,certificateCopy,employmentProof\n";
    String good = LISTED + ",HB-" + UNIQUE + ",2019-09-01,Li Wei,CHINESE,E1234567,c.pdf,p.pdf\n";
    List<Hostile> cases = new ArrayList<>();
    java.util.function.BiFunction<String, String, byte[]> sheet = (name, content) -> bytes(
        part(boundary, "file", name, content) + "--" + boundary + "--\r\n");
    cases.add(bulk("a sheet without the columns", multipart, sheet.apply("s.csv", "name,passport\nLi,E1\n"), 400,
        "file"));
    cases.add(bulk("a null byte in a holder's name", multipart,
        sheet.apply("s.csv", header + good.replace("Li Wei", "Li\u0000Wei")), 400, "rows[2].holderName"));
    cases.add(bulk("a right-to-left override in a holder's name", multipart,
        sheet.apply("s.csv", header + good.replace("Li Wei", "Li \u202EieW")), 400, "rows[2].holderName"));
    cases.add(bulk("a script as a certificate number", multipart,
        sheet.apply("s.csv", header + good.replace("HB-" + UNIQUE, "<script>alert(1)</script>")), 400,
        "rows[2].certificateNumber"));
    cases.add(bulk("path traversal as a material's file name", multipart,
        sheet.apply("s.csv", header + good.replace("c.pdf", "../../../../")), 400, "rows[2].certificateCopy"));
    cases.add(bulk("the sheet in a part with another name", multipart, bytes(part(boundary, "document", "s.csv",
        header + good) + "--" + boundary + "--\r\n"), 400, "file"));
    cases.add(bulk("a sheet that is not UTF-8 (GBK)", multipart, concat(bytes("--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.csv\"\r\nContent-Type: text/csv\r\n\r\n"
        + header + LISTED + ",HB-" + UNIQUE + ",2019-09-01,"), new byte[] {(byte) 0xC0, (byte) 0xEE, (byte) 0xCE,
        (byte) 0xB0}, bytes(",CHINESE,E1234567,c.pdf,p.pdf\r\n--" + boundary + "--\r\n")), 400, "file"));
    cases.add(bulk("a broken XLSX (a zip that is no workbook)", multipart, concat(bytes("--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"s.xlsx\"\r\nContent-Type: "
        + "application/octet-stream\r\n\r\n"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0},
        bytes("\r\n--" + boundary + "--\r\n")), 400, "file"));
    cases.add(bulk("JSON instead of a sheet", JSON, bytes("{\"file\": \"x\"}"), 415, null));
    String files = "/api/bulk-submissions/" + BULK + "/files";
    java.util.function.BiFunction<String, byte[], byte[]> file = (name, content) -> concat(bytes("--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
        + "\"\r\nContent-Type: application/pdf\r\n\r\n"), content, bytes("\r\n--" + boundary + "--\r\n"));
    cases.add(hostile("bulk files", "a file no row names", "POST", files, "hr1", multipart,
        file.apply("other.pdf", bytes("%PDF-1.4 x")), false, Map.of(), 400, "files"));
    cases.add(hostile("bulk files", "markup pretending to be a PDF", "POST", files, "hr1", multipart,
        file.apply("c.pdf", bytes("<html><script>alert(1)</script></html>")), false, Map.of(), 400, "files"));
    cases.add(hostile("bulk files", "an empty file", "POST", files, "hr1", multipart, file.apply("p.pdf",
        new byte[0]), false, Map.of(), 400, "files"));
    cases.add(hostile("bulk files", "no file at all", "POST", files, "hr1", multipart,
        bytes("--" + boundary + "--\r\n"), false, Map.of(), 400, null));
    cases.add(hostile("bulk files", "another organisation's submission", "POST", files, "hr3", multipart,
        file.apply("c.pdf", bytes("%PDF-1.4 x")), false, Map.of(), 404, null));
    return cases;
  }

  private static Hostile bulk(String kind, String contentType, byte[] body, int status, String field) {
    return hostile("bulk submission", kind, "POST", "/api/bulk-submissions", "hr1", contentType, body, false,
        Map.of(), status, field);
  }

  private static Hostile upload(String kind, String contentType, String body, int status, String field) {
    return hostile("import (upload)", kind, "POST", "/api/catalog/imports", "admin", contentType, bytes(body), false,
        Map.of(), status, field);
  }

  private static String part(String boundary, String name, String fileName, String content) {
    return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
        + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n"
        + (fileName == null ? "" : "Content-Type: text/csv\r\n") + "\r\n" + content + "\r\n";
  }

  private static Hostile hostile(String endpoint, String kind, String method, String path, String user,
      String contentType, byte[] body, boolean chunked, Map<String, String> headers, int status, String field) {
    return new Hostile(endpoint, kind, method, path, user, contentType, body, chunked, headers, status, field);
  }

  private static Map<String, Object> body(Consumer<Map<String, Object>> filler) {
    Map<String, Object> body = new LinkedHashMap<>();
    filler.accept(body);
    return body;
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** The valid body with a string of bytes 0xC3 0x28 (not UTF-8) in its first text field. */
  private static byte[] invalidUtf8(String valid, JsonEndpoint e) {
    Field text = e.fields().stream().filter(f -> f.type() == Type.LINE || f.type() == Type.TEXT).findFirst()
        .orElse(e.fields().get(0));
    String marker = "@INVALID@";
    Map<String, Object> body = new LinkedHashMap<>(e.validBody());
    body.put(text.name(), marker);
    String[] around = write(body).split(marker, 2);
    return concat(bytes(around[0] + "abc"), new byte[] {(byte) 0xC3, (byte) 0x28}, bytes(around[1]));
  }

  /** The valid body with a field that makes it larger than the limit. */
  private static byte[] padded(String valid) {
    return bytes("{\"padding\": \"" + "x".repeat(OVERSIZED_JSON) + "\", " + valid.substring(1));
  }

  /** A well-formed catalog file just over {@code size} bytes. */
  private static byte[] csvOver(int size) {
    StringBuilder csv = new StringBuilder(CSV_HEADER);
    int row = 0;
    while (csv.length() <= size) {
      csv.append("HX-BIG-").append(row++).append(",Big File Row,大文件,Board,Japan,IT,INTERNATIONAL,")
          .append("n".repeat(900)).append('\n');
    }
    return bytes(csv.toString());
  }
}
