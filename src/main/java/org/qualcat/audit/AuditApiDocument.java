package org.qualcat.audit;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The actions in the OpenAPI document: the API takes and shows an action as its code (a string, since the actions are
 * the modules' enums, not one), and the document lists the codes {@link AuditActions} knows, as it lists an enum's
 * values: the search's {@code action} parameter and an entry's {@code action}.
 */
@Component
class AuditApiDocument implements OpenApiCustomizer {

  static final String PATH = "/api/audit";
  static final String ENTRY = "EntryView";
  static final String ACTION = "action";

  private final AuditActions actions;

  AuditApiDocument(AuditActions actions) {
    this.actions = actions;
  }

  @Override
  public void customise(OpenAPI document) {
    PathItem search = document.getPaths() == null ? null : document.getPaths().get(PATH);
    if (search != null && search.getGet() != null && search.getGet().getParameters() != null) {
      search.getGet().getParameters().stream()
          .filter(p -> ACTION.equals(p.getName()) && "query".equals(p.getIn()) && p.getSchema() != null)
          .forEach(p -> listCodes(p.getSchema()));
    }
    Schema<?> entry = document.getComponents() == null || document.getComponents().getSchemas() == null ? null
        : document.getComponents().getSchemas().get(ENTRY);
    if (entry != null && entry.getProperties() != null && entry.getProperties().get(ACTION) != null) {
      listCodes(entry.getProperties().get(ACTION));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void listCodes(Schema schema) {
    schema.setEnum(actions.codes());
  }
}
