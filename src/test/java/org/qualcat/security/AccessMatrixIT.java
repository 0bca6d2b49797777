package org.qualcat.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qualcat.support.ApiClient;
import org.qualcat.support.ApiClient.Response;
import org.qualcat.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Role × action: every bureau role, an applicant, a nominating authority, an administrator and an anonymous caller
 * against every action of the API. Allowed means the request gets past authorization (its deliberately empty body
 * is then refused as invalid, or the thing asked for is not found); refused means 401 for the anonymous, 403 for the
 * others. Either way nothing is written and no process starts. docs/security.md has the same table.
 */
class AccessMatrixIT extends IntegrationTest {

  private static final String ANONYMOUS = "anonymous";
  private static final List<String> CALLERS = List.of(ANONYMOUS, "secretariat1", "expert1", "committee1", "monitor1",
      "verifier1", "titleofficer1", "applicant1", "hr1", "authority1", "admin");
  private static final Set<String> EVERYONE = Set.copyOf(CALLERS);
  private static final Set<String> SIGNED_IN = Set.of("secretariat1", "expert1", "committee1", "monitor1",
      "verifier1", "titleofficer1", "applicant1", "hr1", "authority1", "admin");
  private static final Set<String> STAFF = Set.of("secretariat1", "expert1", "committee1", "monitor1", "verifier1",
      "titleofficer1", "admin");
  /** Tables every action could write to; none of them may change. */
  private static final List<String> WATCHED = List.of("qualification", "catalog_edition", "edition_change",
      "nomination", "adjustment_request", "exit_case", "objection", "monitoring_cycle", "monitoring_input",
      "verification_case", "employer", "employer_member", "bulk_submission", "bulk_row", "title_application",
      "title_event");

  @Autowired
  JdbcTemplate jdbc;

  record Action(String name, String method, String path, String contentType, String body, Set<String> allowed,
      boolean tryAllowed) {

    static Action get(String name, String path, Set<String> allowed) {
      return new Action(name, "GET", path, null, null, allowed, true);
    }

    static Action post(String name, String path, String body, Set<String> allowed) {
      return new Action(name, "POST", path, "application/json", body, allowed, true);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final List<Action> ACTIONS = List.of(
      Action.get("read the published catalog", "/api/catalog", EVERYONE),
      Action.get("read public notices", "/api/catalog/notices", EVERYONE),
      Action.get("check a verification code", "/api/verification-codes/NOT-A-CODE", EVERYONE),
      Action.get("read the draft edition", "/api/catalog/editions/draft", STAFF),
      new Action("import a catalog file", "POST", "/api/catalog/imports", "text/csv", "code\n",
          Set.of("secretariat1", "admin"), true),
      Action.post("publish the draft edition", "/api/catalog/editions/draft/publish", "{\"code\":\"draft\"}",
          Set.of("secretariat1")),
      Action.post("nominate a qualification", "/api/nominations", "{}", Set.of("secretariat1", "authority1")),
      Action.get("read nominations", "/api/nominations", Set.of("secretariat1", "committee1", "admin", "authority1")),
      Action.post("supply a nomination's supplement", "/api/nominations/NOM-1900-0001/supplements", "{}",
          Set.of("secretariat1", "authority1")),
      Action.post("request an adjustment", "/api/adjustments", "{}", Set.of("secretariat1")),
      Action.get("read an adjustment", "/api/adjustments/ADJ-1900-0001", Set.of("secretariat1", "committee1", "admin")),
      Action.post("flag a qualification for removal", "/api/exits", "{}", Set.of("monitor1")),
      Action.get("read an exit case", "/api/exits/EXIT-1900-0001",
          Set.of("secretariat1", "committee1", "monitor1", "admin")),
      new Action("start a monitoring cycle", "POST", "/api/monitoring/cycles", "application/json", "{}",
          Set.of("monitor1"), false),
      Action.post("record monitoring indicators", "/api/monitoring/inputs", "{}", Set.of("monitor1")),
      Action.post("record a rectification report", "/api/monitoring/reviews/0/rectification", "{}",
          Set.of("monitor1")),
      Action.get("read a monitoring cycle", "/api/monitoring/cycles/MON-1900-01",
          Set.of("monitor1", "secretariat1", "committee1", "admin")),
      Action.post("object to a matter under public notice", "/api/catalog/notices/NOM-1900-0001/objections",
          "{\"grounds\":\"x\"}", SIGNED_IN),
      Action.post("submit a verification case", "/api/verification-cases", "{}", Set.of("applicant1", "hr1")),
      Action.get("list verification cases", "/api/verification-cases", Set.of("applicant1", "hr1", "verifier1")),
      Action.get("read a verification case", "/api/verification-cases/BJV-1900-000001",
          Set.of("applicant1", "hr1", "verifier1")),
      Action.get("download a verification result as a PDF", "/api/verification-cases/BJV-1900-000001/result.pdf",
          Set.of("applicant1", "hr1", "verifier1")),
      Action.post("withdraw a verification case", "/api/verification-cases/BJV-1900-000001/withdraw", "{}",
          Set.of("applicant1", "hr1")),
      Action.post("answer a request for a recommendation",
          "/api/verification-cases/BJV-1900-000001/recommendation", "{}", Set.of("hr1")),
      Action.post("submit a sheet of certificates", "/api/bulk-submissions", "{}", Set.of("hr1")),
      Action.get("list bulk submissions", "/api/bulk-submissions", Set.of("hr1")),
      Action.get("follow a bulk submission", "/api/bulk-submissions/BJB-1900-000001", Set.of("hr1")),
      Action.post("upload a bulk submission's files", "/api/bulk-submissions/BJB-1900-000001/files", "{}",
          Set.of("hr1")),
      Action.get("download a bulk submission's summary", "/api/bulk-submissions/BJB-1900-000001/summary.csv",
          Set.of("hr1")),
      Action.post("apply for a title", "/api/title-applications", "{}", Set.of("applicant1", "hr1")),
      Action.get("list title applications", "/api/title-applications",
          Set.of("applicant1", "hr1", "titleofficer1")),
      Action.get("read a title application", "/api/title-applications/BJT-1900-000001",
          Set.of("applicant1", "hr1", "titleofficer1")),
      Action.post("withdraw a title application", "/api/title-applications/BJT-1900-000001/withdrawal", "{}",
          Set.of("applicant1", "hr1")),
      Action.post("register an employer", "/api/employers", "{}", Set.of("admin")),
      Action.get("list employers", "/api/employers", Set.of("admin")),
      Action.get("read an employer", "/api/employers/91110105MA01QC4T00", Set.of("hr1", "admin")),
      Action.get("read an employer's HR staff", "/api/employers/91110105MA01QC4T00/members", Set.of("hr1", "admin")),
      new Action("name an employer's HR user", "PUT", "/api/employers/91110105MA01QC4T00/members/applicant2",
          "application/json", "{}", Set.of("admin"), true),
      new Action("remove an employer's HR user", "DELETE", "/api/employers/91110105MA01QC4T00/members/applicant2",
          null, null, Set.of("admin"), true),
      Action.get("search the audit trail", "/api/audit", Set.of("admin")),
      Action.get("use the engine REST API", "/engine-rest/task", STAFF));

  static Stream<Arguments> matrix() {
    List<Arguments> rows = new ArrayList<>();
    for (Action action : ACTIONS) {
      for (String caller : CALLERS) {
        boolean allowed = action.allowed().contains(caller);
        if (allowed && !action.tryAllowed()) {
          continue; // allowed, with effects: proven by its own test
        }
        rows.add(Arguments.of(caller, action, allowed));
      }
    }
    return rows.stream();
  }

  @ParameterizedTest(name = "{0} may {1}: {2}")
  @MethodSource("matrix")
  void roleAndAction(String caller, Action action, boolean allowed) {
    Map<String, Long> before = counts();
    ApiClient client = ANONYMOUS.equals(caller) ? anonymous() : as(caller);

    Response response = switch (action.method()) {
      case "GET" -> client.get(action.path());
      case "PUT" -> client.putJson(action.path(), action.body());
      case "DELETE" -> client.delete(action.path());
      default -> client.post(action.path(), action.contentType(), action.body());
    };

    if (allowed) {
      assertThat(response.status()).as(response.toString()).isNotIn(401, 403).isLessThan(500);
    } else {
      assertThat(response.status()).as(response.toString()).isEqualTo(ANONYMOUS.equals(caller) ? 401 : 403);
      assertThat(response.body()).doesNotContain("Exception").doesNotContain("org.qualcat");
    }
    assertThat(counts()).as("nothing written").isEqualTo(before);
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new java.util.TreeMap<>();
    for (String table : WATCHED) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    counts.put("process instances", processEngine.getRuntimeService().createProcessInstanceQuery().count());
    return counts;
  }
}
