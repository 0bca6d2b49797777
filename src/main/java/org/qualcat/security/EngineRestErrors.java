package org.qualcat.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.qualcat.process.BureauTime;
import org.qualcat.process.Refusal;
import org.qualcat.process.RefusalSentences;
import org.qualcat.system.ConflictException;
import org.qualcat.system.InvalidInputException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidatorException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.ws.rs.core.Context;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the engine REST API and the webapps' own engine API (which the Tasklist submits its forms to) answer errors of Qualcat's task listeners and of concurrent work:
 * the engine wraps a listener's exception in a generic one (answered 500); here the cause decides, as the engine
 * REST API would answer it on its own (a refused form field 400, a refused decision 403, a concurrent change 409).
 * Completing a task someone else has already completed answers 409 and says who and when, instead of 404 (or 403,
 * when the task's grants went with it). Every {@code message} here is what the Tasklist shows: one sentence in
 * Chinese, then in English ({@link RefusalSentences}, docs/adr/0024), never an exception's text.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestErrors {

  @Bean
  ResourceConfigCustomizer qualcatEngineRestErrors(HistoryService history, IdentityService identity,
      RefusalSentences sentences) {
    return config -> {
      config.register(new EngineErrors(history, identity, sentences));
      config.register(new RestErrors(history, identity, sentences));
    };
  }

  /**
   * The same answers from the webapps' engine API ({@code /camunda/api/engine}, where the Tasklist completes tasks
   * and submits forms): a Jersey application of Camunda's own, which the Spring Boot customizer above does not reach.
   * Camunda's initializer reuses a servlet registration of that name when it finds one, so the providers are named
   * in the servlet's parameters whichever initializer runs first.
   */
  @Bean
  ServletContextInitializer qualcatWebappEngineErrors(CamundaBpmProperties camunda) {
    return servletContext -> {
      ServletRegistration engineApi = servletContext.getServletRegistration(WEBAPP_ENGINE_API);
      if (engineApi == null) {
        ServletRegistration.Dynamic added = servletContext.addServlet(WEBAPP_ENGINE_API, ServletContainer.class);
        added.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
        added.setInitParameter("jakarta.ws.rs.Application", EngineRestApplication.class.getName());
        engineApi = added;
      }
      engineApi.setInitParameter(ServerProperties.PROVIDER_CLASSNAMES,
          WebappEngineErrors.class.getName() + "," + WebappRestErrors.class.getName());
    };
  }

  /** The name Camunda's webapp initializer gives the servlet of the webapps' engine API. */
  static final String WEBAPP_ENGINE_API = "Engine Api";

  /**
   * Jersey makes the webapps' providers itself; they take Qualcat's services from the application context of the
   * servlet context they run in.
   */
  abstract static class FromServletContext {

    @Context
    private ServletContext servletContext;
    @Context
    UriInfo request;
    private volatile Mapper mapper;

    Mapper mapper() {
      if (mapper == null) {
        WebApplicationContext spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
        mapper = new Mapper(spring.getBean(HistoryService.class), spring.getBean(IdentityService.class),
            spring.getBean(RefusalSentences.class)) { };
      }
      return mapper;
    }
  }

  /** {@link EngineErrors} for the webapps' engine API. */
  @Priority(1)
  public static class WebappEngineErrors extends FromServletContext implements ExceptionMapper<ProcessEngineException> {

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return mapper().map(exception, taskOf(request));
    }
  }

  /** {@link RestErrors} for the webapps' engine API. */
  @Priority(1)
  public static class WebappRestErrors extends FromServletContext implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
      return mapper().map(exception, taskOf(request));
    }
  }

  /** Errors the engine throws straight through the REST API. */
  @Priority(1)
  static class EngineErrors extends Mapper implements ExceptionMapper<ProcessEngineException> {

    @Context
    private UriInfo request;

    EngineErrors(HistoryService history, IdentityService identity, RefusalSentences sentences) {
      super(history, identity, sentences);
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return map(exception, taskOf(request));
    }
  }

  /** Errors the REST API wrapped itself (it answers every engine error of a form submission with 500). */
  @Priority(1)
  static class RestErrors extends Mapper implements ExceptionMapper<RestException> {

    @Context
    private UriInfo request;

    RestErrors(HistoryService history, IdentityService identity, RefusalSentences sentences) {
      super(history, identity, sentences);
    }

    @Override
    public Response toResponse(RestException exception) {
      return map(exception, taskOf(request));
    }
  }

  /**
   * The task a request of the engine API is about: the segment after {@code task} in its path
   * ({@code /task/{id}/complete}, {@code /task/{id}/submit-form}, ...); null for other requests.
   */
  static String taskOf(UriInfo request) {
    if (request == null) {
      return null;
    }
    List<PathSegment> segments = request.getPathSegments();
    for (int i = 0; i + 2 < segments.size(); i++) {
      if ("task".equals(segments.get(i).getPath())) {
        return segments.get(i + 1).getPath();
      }
    }
    return null;
  }

  abstract static class Mapper {

    static final int MYSQL_INCORRECT_STRING_VALUE = 1366;
    /** The engine's log code of a command refused for a tenant the caller is no member of. */
    static final String ANOTHER_TENANT = "ENGINE-13034";
    /** When a task was completed, as the sentence says it (Beijing time). */
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
        .ofPattern("yyyy-MM-dd HH:mm").withZone(BureauTime.ZONE);

    private final HistoryService history;
    private final IdentityService identity;
    private final RefusalSentences sentences;
    private final StaffDirectory staff;

    Mapper(HistoryService history, IdentityService identity, RefusalSentences sentences) {
      this.history = history;
      this.identity = identity;
      this.sentences = sentences;
      this.staff = new StaffDirectory(identity);
    }


    /**
     * The answer to {@code exception}, thrown while serving a request about the task {@code taskId} (null when the
     * request is about no task).
     */
    Response map(RuntimeException exception, String taskId) {
      // whatever the engine calls it (a missing task, a missing grant, a lost deadlock: it varies by command and
      // database), a request about a task that has ended failed because someone else completed it
      if (taskId != null) {
        Response done = alreadyCompleted(taskId);
        if (done != null) {
          return done;
        }
      }
      if (lostToAConcurrentTransaction(exception)) {
        // the database chose this transaction as a deadlock's victim: another one touched the same rows at the
        // same moment
        return concurrentChange();
      }
      if (textTheEngineCannotStore(exception)) {
        return answer(Response.Status.BAD_REQUEST, "UnsupportedCharacters",
            sentences.sentence(Refusal.UNSUPPORTED_CHARACTERS));
      }
      InvalidInputException invalid = invalidInput(exception);
      if (invalid != null) {
        // a rule of a form broken: one plain sentence per field, in the form's own labels, in Chinese and English
        return answer(Response.Status.BAD_REQUEST, "InvalidInput", sentences.of(invalid));
      }
      RuntimeException refused = qualcatRefusal(exception);
      if (refused instanceof ConflictException conflict) {
        // a task listener refused the step: Qualcat's words, with the status the API gives them
        return answer(Response.Status.CONFLICT, "ConflictException", sentences.of(conflict));
      }
      if (refused != null) {
        // what the task is about is gone; the exception's English names it by its id
        return answer(Response.Status.NOT_FOUND, "NotFoundException", sentences.sentence(Refusal.NOT_FOUND));
      }
      ProcessEngineException cause = mostSpecific(exception);
      if (cause instanceof OptimisticLockingException) {
        // the engine REST API says 500; it is a conflict with someone working on the same thing at the same moment
        return concurrentChange();
      }
      if (cause instanceof AuthorizationException denied) {
        // the engine's answer (403, the missing authorizations) in words instead of its English with ids
        Response response = ExceptionHandlerHelper.getInstance().getResponse(denied);
        if (response.getEntity() instanceof ExceptionDto dto) {
          dto.setMessage(sentences.sentence(aboutWorkOnATask(denied) ? Refusal.NOT_YOUR_TASK : Refusal.NOT_YOUR_ROLE));
        }
        return response;
      }
      if (cause != null && ofAnotherTenant(cause)) {
        // a task of another bureau's case: as the engine hides it from lists, it is not there for this caller
        return answer(Response.Status.NOT_FOUND, "NotFoundException", sentences.sentence(Refusal.ANOTHER_BUREAU));
      }
      if (cause instanceof BadUserRequestException || cause instanceof NotFoundException) {
        return ExceptionHandlerHelper.getInstance().getResponse(cause);
      }
      return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    private Response concurrentChange() {
      return answer(Response.Status.CONFLICT, "ConcurrentChange", sentences.sentence(Refusal.CONCURRENT_CHANGE));
    }

    /** An answer as the engine REST API writes its errors: a type, and the message the Tasklist shows. */
    private static Response answer(Response.Status status, String type, String message) {
      return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(Map.of("type", type, "message", message)).build();
    }

    /**
     * The engine's refusal of a task, instance or job of a tenant the caller is no member of (a bureau's verifier at
     * another bureau's case): a plain {@link ProcessEngineException} whose code is the engine's log code 13034
     * ("... because it belongs to no authenticated tenant"), the same for reading, claiming and completing.
     */
    private static boolean ofAnotherTenant(ProcessEngineException cause) {
      return cause.getMessage() != null && cause.getMessage().startsWith(ANOTHER_TENANT);
    }

    /** Whether the caller was refused work on a task (completing, claiming): not theirs, rather than not their role. */
    private static boolean aboutWorkOnATask(AuthorizationException denied) {
      return denied.getMissingAuthorizations().stream().anyMatch(missing ->
          Permissions.TASK_WORK.getName().equals(missing.getViolatedPermissionName())
              && Resources.TASK.resourceName().equals(missing.getResourceType()));
    }

    /**
     * Text with a character of four bytes in UTF-8 (an emoji, an ideograph such as 𠮷) typed into a Tasklist form, on
     * MySQL/MariaDB: Camunda's tables there hold three bytes a character, and the database refuses the value (error
     * 1366, "incorrect string value"). Qualcat's own forms and API accept such text.
     */
    private static boolean textTheEngineCannotStore(Throwable exception) {
      return causedBy(exception, sql -> sql.getErrorCode() == MYSQL_INCORRECT_STRING_VALUE);
    }

    /** A deadlock or serialization failure: SQL state class 40, "transaction rollback". */
    private static boolean lostToAConcurrentTransaction(Throwable exception) {
      return causedBy(exception, sql -> sql.getSQLState() != null && sql.getSQLState().startsWith("40"));
    }

    /** Whether a database error among the causes of {@code exception} is one {@code kind} describes. */
    private static boolean causedBy(Throwable exception, Predicate<SQLException> kind) {
      for (Throwable t = exception; t != null; t = t.getCause()) {
        if (t instanceof SQLException sql && kind.test(sql)) {
          return true;
        }
      }
      return false;
    }

    /** Qualcat's refusal of a form's input, when a task listener refused it. */
    private static InvalidInputException invalidInput(Throwable exception) {
      for (Throwable t = exception; t != null; t = t.getCause()) {
        if (t instanceof InvalidInputException invalid) {
          return invalid;
        }
        if (t instanceof FormFieldValidatorException refused && "readonly".equals(refused.getName())) {
          // a value sent for a field the form only shows (process.ShownFormField)
          return Refusal.SHOWN_ONLY.invalid(refused.getId(), "is shown from the case and cannot be changed");
        }
      }
      return null;
    }

    /** A conflict or a missing thing Qualcat's code refused the request for, among the causes. */
    private static RuntimeException qualcatRefusal(Throwable exception) {
      for (Throwable t = exception; t != null; t = t.getCause()) {
        if (t instanceof ConflictException || t instanceof org.qualcat.system.NotFoundException) {
          return (RuntimeException) t;
        }
      }
      return null;
    }

    /** The innermost engine exception: the one a listener or a behaviour threw, not the wrappers around it. */
    private static ProcessEngineException mostSpecific(Throwable exception) {
      ProcessEngineException found = null;
      for (Throwable t = exception; t != null; t = t.getCause()) {
        if (t instanceof ProcessEngineException p) {
          found = p;
        }
      }
      return found;
    }

    /** Who completed the task and when, looked up as the engine (the caller may not read history). */
    private Response alreadyCompleted(String taskId) {
      Authentication caller = identity.getCurrentAuthentication();
      identity.clearAuthentication();
      try {
        return alreadyCompletedAsEngine(taskId, caller);
      } finally {
        if (caller != null) {
          identity.setAuthentication(caller);
        }
      }
    }

    private Response alreadyCompletedAsEngine(String taskId, Authentication caller) {
      HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
      if (task == null || task.getEndTime() == null || !ofCallersTenants(task.getTenantId(), caller)) {
        return null;
      }
      String by = history.createUserOperationLogQuery().taskId(taskId)
          .operationType(org.camunda.bpm.engine.history.UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
          .map(e -> e.getUserId()).filter(java.util.Objects::nonNull).findFirst()
          .orElse(task.getAssignee());
      // the person by name, the moment in Beijing time: words, not a user id and an instant
      String when = WHEN.format(task.getEndTime().toInstant());
      return answer(Response.Status.CONFLICT, "TaskAlreadyCompleted", by == null
          ? sentences.sentence(Refusal.COMPLETED, when)
          : sentences.sentence(Refusal.COMPLETED_BY, staff.name(by), when));
    }

    /** Whether a task of {@code tenantId} is one the caller may hear of: without a tenant, or of one of theirs. */
    private static boolean ofCallersTenants(String tenantId, Authentication caller) {
      return tenantId == null || caller != null && caller.getTenantIds() != null
          && caller.getTenantIds().contains(tenantId);
    }
  }
}
