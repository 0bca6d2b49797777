package org.qualcat.system;

import org.springframework.http.MediaType;

/** Names the controllers' OpenAPI annotations share with {@link OpenApiConfiguration}. */
public final class ApiDocs {

  /** The problem details every error of the API is (its schema in the document's components). */
  public static final String PROBLEM = "#/components/schemas/" + OpenApiConfiguration.PROBLEM;
  /** The media type of problem details. */
  public static final String PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  private ApiDocs() {
  }
}
