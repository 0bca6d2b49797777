package org.qualcat.nomination;

import java.util.Set;
import org.qualcat.catalog.TitleChannel;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qualcat.catalog.CatalogList;
import org.qualcat.catalog.PracticeField;
import org.qualcat.catalog.TitleLevel;
import org.qualcat.catalog.VerificationChannel;

/** Nominations for tests, each of a qualification no one has nominated before. */
public final class Nominees {

  private Nominees() {
  }

  public static String newCode() {
    return "BJ-N-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  static NominationRequest request(String code) {
    return new NominationRequest(code, "Certified Data Steward " + code, "认证数据管理师", "Data Stewardship Board",
        "Singapore", "Data governance / IT", EnumSet.of(CatalogList.INTERNATIONAL, CatalogList.TITLE_ELIGIBLE),
        TitleLevel.INTERMEDIATE, "Engineering", Set.of(TitleChannel.DIRECT_RECOGNITION), null, PracticeField.NONE, VerificationChannel.ONLINE_REGISTER, null,
        "Beijing's data-exchange pilot zone needs certified data stewards.", "nominator@example.org");
  }

  /** A valid body for {@code POST /api/nominations}, to change as a test needs. */
  public static Map<String, Object> body(String code) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("nameEn", "Certified Data Steward");
    body.put("nameZh", "认证数据管理师");
    body.put("issuingBody", "Data Stewardship Board");
    body.put("countryRegion", "Singapore");
    body.put("sector", "Data governance / IT");
    body.put("lists", List.of("INTERNATIONAL", "TITLE_ELIGIBLE"));
    body.put("titleLevel", "INTERMEDIATE");
    body.put("titleSeries", "Engineering");
    body.put("verificationChannel", "ONLINE_REGISTER");
    body.put("justification", "Beijing's data-exchange pilot zone needs certified data stewards.");
    body.put("contactEmail", "data-bureau@example.org");
    return body;
  }
}
