package org.qualcat.verification;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.qualcat.catalog.TitleChannel;
import org.qualcat.support.ApiClient;

import org.qualcat.employer.EmployerRegion;
import org.qualcat.process.BureauTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.qualcat.catalog.Catalog;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.Decision;
import org.qualcat.catalog.PracticeField;
import org.qualcat.catalog.Provenance;
import org.qualcat.catalog.QualificationDetails;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.catalog.VerificationChannel;
import org.qualcat.support.TestFiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Unique catalog entries and case data for the verification tests: every test makes its own. A plain object (not a
 * bean), so that the tests keep sharing the one application context.
 */
public class VerificationFixtures {

  public static final String APPLICANT = "applicant1";
  public static final String OTHER_APPLICANT = "applicant2";
  public static final String VERIFIER = "verifier1";

  private final Catalog catalog;
  private final TransactionTemplate transaction;

  public VerificationFixtures(Catalog catalog, TransactionTemplate transaction) {
    this.catalog = catalog;
    this.transaction = transaction;
  }

  /** A code no other test uses. */
  public static String uniqueCode(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  /** Lists a new qualification (INTERNATIONAL, no title mapping) reached through {@code channel}. */
  public String listed(VerificationChannel channel) {
    return listed(channel, Set.of(CatalogList.INTERNATIONAL), TitleLevel.NONE, null, PracticeField.NONE);
  }

  public String listed(VerificationChannel channel, Set<CatalogList> lists, TitleLevel title, String skillLevel,
      PracticeField practice) {
    String code = uniqueCode("VT");
    QualificationDetails details = new QualificationDetails("Test qualification " + code, "测试资格 " + code,
        "Test Issuing Body", "USA", "Testing", lists, title, null, skillLevel, practice, channel, null,
        Provenance.OFFICIAL, null);
    transaction.executeWithoutResult(s -> {
      catalog.list(code, details, decision(code));
      publish(catalog);
    });
    return code;
  }

  /**
   * Lists a new qualification on the title-eligible list (notice II) mapped to {@code title} in {@code series}, with
   * the title channels given.
   */
  public String listedForTitles(TitleLevel title, String series, Set<TitleChannel> channels) {
    String code = uniqueCode("VT");
    QualificationDetails details = new QualificationDetails("Test qualification " + code, "测试资格 " + code,
        "Test Issuing Body", "USA", "Testing", Set.of(CatalogList.INTERNATIONAL, CatalogList.TITLE_ELIGIBLE), title,
        series, null, PracticeField.NONE, VerificationChannel.ONLINE_REGISTER, null, Provenance.OFFICIAL, null, null,
        null, channels);
    transaction.executeWithoutResult(s -> {
      catalog.list(code, details, decision(code));
      publish(catalog);
    });
    return code;
  }

  /**
   * Submits {@code body} as {@code client}'s user, accepts the case (employment confirmed) and lets the online
   * register confirm the certificate: a VERIFIED case, whose process instance is returned. The qualification must be
   * reached through an online register.
   */
  public static ProcessInstance verifiedThroughRegister(ApiClient client, ProcessEngine engine,
      Map<String, Object> body) {
    String reference = client.submitCase(body).json().get("reference").asText();
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(reference).singleResult();
    Task accept = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(VerificationProcess.TASK_ACCEPT_CASE).singleResult();
    Map<String, Object> decision = new HashMap<>(Map.of(VerificationProcess.VAR_ACCEPTANCE,
        VerificationProcess.ACCEPT, VerificationProcess.VAR_ETA, etaIn(10).toString()));
    if (Boolean.TRUE.equals(body.get("employedInBeijing"))) {
      decision.put(VerificationProcess.VAR_EMPLOYMENT_FINDING, VerificationProcess.EMPLOYMENT_CONFIRMED);
    }
    engine.getTaskService().complete(accept.getId(), decision);
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(pi.getId()).activityId(VerificationProcess.TASK_QUERY_ISSUER_REGISTER).singleResult()
        .getId());
    return pi;
  }

  /** Takes a qualification out of the catalog, as a committee's removal does once its edition is published. */
  public void remove(String code) {
    transaction.executeWithoutResult(s -> {
      catalog.remove(code, decision(code));
      publish(catalog);
    });
  }

  /**
   * Publishes the draft edition, dated today, so that what was decided into it is in force: eligibility and benefits
   * read the edition in force only. Returns the new edition's code.
   */
  public static String publish(Catalog catalog) {
    String code = uniqueCode("T");
    catalog.publishDraft(new Catalog.Publication(code, "Test edition " + code, BureauTime.today(Clock.systemUTC()),
        null, null), "secretariat1");
    return code;
  }

  /** A valid submission for {@code qualificationCode}; a foreign holder employed in Beijing. */
  public static NewCase newCase(String qualificationCode, String certificateNumber, String documentNumber) {
    return newCase(qualificationCode, certificateNumber, documentNumber, EmployerRegion.BEIJING);
  }

  public static NewCase newCase(String qualificationCode, String certificateNumber, String documentNumber,
      EmployerRegion region) {
    return new NewCase(qualificationCode, certificateNumber, LocalDate.of(2019, 9, 1), "Jane Doe",
        Nationality.FOREIGN, documentNumber, "Example Capital Ltd", region, region == EmployerRegion.BEIJING, null);
  }

  /**
   * {@code request} with its application materials, uploaded as {@code applicant}: a copy of the certificate, and
   * proof of employment when it states employment in Beijing.
   */
  public static NewCase withMaterials(ApplicationMaterials materials, NewCase request, String applicant) {
    List<String> ids = new ArrayList<>();
    ids.add(materials.upload(MaterialKind.CERTIFICATE_COPY, "certificate.pdf", TestFiles.pdf("certificate"),
        applicant, "certificateCopy").id());
    if (Boolean.TRUE.equals(request.employedInBeijing())) {
      ids.add(materials.upload(MaterialKind.EMPLOYMENT_PROOF, "contract.pdf", TestFiles.pdf("labor contract"),
          applicant, "employmentProof").id());
    }
    return new NewCase(request.qualificationCode(), request.certificateNumber(), request.certificateIssuedOn(),
        request.holderName(), request.holderNationality(), request.holderDocumentNumber(), request.employerName(),
        request.employerRegion(), request.employedInBeijing(), ids);
  }

  /** The same submission as the API's JSON body (a mutable map, in the documented field order). */
  public static Map<String, Object> requestBody(String qualificationCode, String certificateNumber,
      String documentNumber) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("qualificationCode", qualificationCode);
    body.put("certificateNumber", certificateNumber);
    body.put("certificateIssuedOn", "2019-09-01");
    body.put("holderName", "Jane Doe");
    body.put("holderNationality", "FOREIGN");
    body.put("holderDocumentNumber", documentNumber);
    body.put("employerName", "Example Capital Ltd");
    body.put("employerRegion", "BEIJING");
    body.put("employedInBeijing", true);
    return body;
  }

  /**
   * A case for {@code qualificationCode} (an ONLINE_REGISTER qualification) taken to VERIFIED: submitted by
   * {@code applicant}, accepted by a verifier, confirmed by the simulated register. Returns its reference.
   */
  public static String verifiedCase(ProcessEngine engine, ApplicationMaterials materials, VerificationCases cases,
      String qualificationCode, String applicant) {
    return acceptedCase(engine, materials, cases, qualificationCode, applicant,
        VerificationProcess.TASK_QUERY_ISSUER_REGISTER);
  }

  /**
   * A case for {@code qualificationCode} (a MANUAL qualification, checked by hand) accepted by a verifier, whose ETA
   * then passed without an answer from the issuer: an issuer check that counts, unanswered. Returns its reference.
   */
  public static String overdueCheck(ProcessEngine engine, ApplicationMaterials materials, VerificationCases cases,
      String qualificationCode, String applicant) {
    return acceptedCase(engine, materials, cases, qualificationCode, applicant, VerificationProcess.EVENT_ETA_PASSED);
  }

  /** A case submitted by {@code applicant}, accepted (its Beijing employment confirmed), then the job at {@code job}. */
  private static String acceptedCase(ProcessEngine engine, ApplicationMaterials materials, VerificationCases cases,
      String qualificationCode, String applicant, String job) {
    String reference = cases.submit(withMaterials(materials, newCase(qualificationCode, certificate(), document()),
        applicant), applicant).reference();
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
        .singleResult().getId();
    var accept = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(VerificationProcess.TASK_ACCEPT_CASE).singleResult();
    engine.getTaskService().complete(accept.getId(), Map.of(VerificationProcess.VAR_ACCEPTANCE,
        VerificationProcess.ACCEPT, VerificationProcess.VAR_EMPLOYMENT_FINDING, VerificationProcess.EMPLOYMENT_CONFIRMED,
        VerificationProcess.VAR_ETA, etaIn(10).toString()));
    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery().processInstanceId(instance)
        .activityId(job).singleResult().getId());
    return reference;
  }

  /** A fresh certificate number and document number. */
  public static String certificate() {
    return "CERT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  public static String document() {
    return String.format("P%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000L));
  }

  /** A date the verifier may promise: {@code days} after today in Beijing. */
  public static LocalDate etaIn(int days) {
    return BureauTime.today(Clock.systemUTC()).plusDays(days);
  }

  private static Decision decision(String code) {
    return new Decision("TEST " + code, null, "test fixture", "secretariat1", Instant.now());
  }
}
