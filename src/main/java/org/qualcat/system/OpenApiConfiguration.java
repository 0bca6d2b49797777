package org.qualcat.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * The OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}). The controllers say what
 * each operation does, its success answer and the examples of its bodies; {@link #qualcatOperations()} adds what
 * every operation has by its traits, in one place: who may call it (from its {@code @PreAuthorize}), HTTP Basic,
 * the errors it can answer as the problem details Qualcat really sends, and the {@code Idempotency-Key} of POSTs.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static final String BASIC = "basic";
  static final String PROBLEM = "Problem";
  private static final String PROBLEM_JSON = ApiDocs.PROBLEM_JSON;
  private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;
  private static final String ANY = "*/*";
  private static final Pattern ROLE = Pattern.compile("'([^']+)'");

  @Bean
  OpenAPI qualcatApi() {
    return new OpenAPI()
        .info(new Info().title("Qualcat API").version("1")
            .description("""
                Beijing's Catalog of Recognized International Professional Qualifications: the published catalog and \
                public notices (anonymous), catalog administration, nominations, adjustments, monitoring and exits \
                (staff), certificate verification cases (applicants) and the public verification-code check.

                **Signing in.** The API takes HTTP Basic (your Qualcat user name and password) on every request and \
                keeps no session: a browser that is signed in to Qualcat's pages is not signed in to the API, so \
                Swagger UI asks for the user name and password once (Authorize). Each operation says which roles may \
                call it; anonymous operations need no credentials.

                **Errors** are RFC 9457 problem details (`application/problem+json`); input errors name the field \
                in `errors: [{field, message}]`. Unknown fields, repeated keys, `"12"` for a number and control \
                characters are refused with 400.

                **Retries.** Any POST may carry an `Idempotency-Key` (1 to 64 letters, digits, `-`, `_`): a retry \
                with the same key gets the first answer again (`Idempotent-Replayed: true`) instead of doing the \
                thing twice; keys are kept a day."""))
        .components(new Components()
            .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                .description("Your Qualcat user name and password, on every request (no session, no CSRF token)."))
            .addSchemas(PROBLEM, problemSchema())
            .addSchemas("FieldProblem", fieldProblemSchema()));
  }

  /** What every operation has by its traits: its callers, its security, its errors, its Idempotency-Key. */
  @Bean
  OperationCustomizer qualcatOperations(RoleNames roleNames) {
    return (operation, handler) -> {
      Traits traits = Traits.of(handler);
      String callers = traits.callers(roleNames);
      if (operation.getDescription() == null || !operation.getDescription().contains(callers)) {
        operation.setDescription(join(operation.getDescription(), callers));
      }
      operation.setSecurity(traits.security());
      ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
      answersJson(responses);
      if (traits.takesInput()) {
        error(responses, "400", traits.takesBody()
            ? "The body is not valid: `errors` names each field and says what is wrong with it."
            : "A parameter is not valid: `errors` names it and says what is wrong with it.", traits.invalidExample());
      }
      if (traits.signIn() != SignIn.NONE) {
        error(responses, "401", traits.signIn() == SignIn.OPTIONAL ? "A wrong user name or password (credentials are "
            + "optional here)." : "No credentials, or a wrong user name or password (HTTP Basic).",
            traits.problem(401, "Unauthorized", ErrorResponses.problem(HttpStatus.UNAUTHORIZED).getDetail()));
      }
      if (traits.signIn() == SignIn.ROLE || traits.signIn() == SignIn.SIGNED_IN) {
        error(responses, "403", (traits.signIn() == SignIn.ROLE ? "Signed in, but in none of the roles above; or a"
            : "A") + " change sent by a browser from another site (Sec-Fetch-Site: cross-site).",
            traits.problem(403, "Forbidden", ErrorResponses.problem(HttpStatus.FORBIDDEN).getDetail()));
      }
      if (traits.pathVariables()) {
        error(responses, "404", "Nothing with this reference or code, or nothing the caller may see (another "
            + "applicant's case answers 404, not 403).", traits.problem(404, "Not Found",
            ErrorResponses.problem(HttpStatus.NOT_FOUND).getDetail()));
      }
      if (traits.post()) {
        error(responses, "409", "It conflicts with the current state (already done, not waiting for this), someone "
            + "changed it at the same time, or a request with the same Idempotency-Key is still being processed.",
            traits.problem(409, "Conflict", "Someone else changed this at the same time; reload and try again."));
        error(responses, "422", "The Idempotency-Key was used before for a different request.", traits.problem(422,
            "Unprocessable Entity", "This Idempotency-Key was used for a different request; use a new key."));
        if (operation.getParameters() == null
            || operation.getParameters().stream().noneMatch(p -> IdempotencyFilter.HEADER.equals(p.getName()))) {
          operation.addParametersItem(idempotencyKey());
        }
      }
      if (traits.takesBody()) {
        error(responses, "413", "The body is larger than this endpoint accepts (by default a JSON body 256 KB, a "
            + "catalog file 2 MB, an application material 5 MB: qualcat.api.max-body-size, "
            + "qualcat.api.max-catalog-file-size, qualcat.verification.max-material-size); it is not read.",
            traits.problem(413, "Request body too large",
                "The request body is larger than the 256 KB this endpoint accepts."));
        error(responses, "415", "The Content-Type is not one this operation takes.",
            traits.problem(415, "Unsupported Media Type", "This endpoint does not take this content type."));
      }
      responses.forEach((code, response) -> {
        if (!code.startsWith("2")) {
          HttpStatus status = HttpStatus.valueOf(Integer.parseInt(code));
          error(responses, code, response.getDescription(), traits.problem(status.value(), status.getReasonPhrase(),
              ErrorResponses.problem(status).getDetail()));
        }
      });
      operation.setResponses(sorted(responses));
      return operation;
    };
  }

  /** Springdoc says {@code *}/{@code *} where a controller names no media type: the API answers JSON. */
  private static void answersJson(ApiResponses responses) {
    responses.forEach((code, response) -> {
      Content content = response.getContent();
      if (code.startsWith("2") && content != null && content.containsKey(ANY)) {
        content.put(JSON, content.remove(ANY));
      }
    });
  }

  /**
   * An error answer as problem details. A controller may have described the code itself (an
   * {@code @ApiResponse} without content, so that Springdoc filled in the success body): its words stay, the body
   * becomes the problem details.
   */
  private static void error(ApiResponses responses, String code, String description, Object example) {
    ApiResponse response = responses.get(code);
    if (response == null) {
      response = new ApiResponse().description(description);
      responses.addApiResponse(code, response);
    } else if (!description.equals(response.getDescription())) {
      response.setDescription(join(response.getDescription(), "Also: " + description));
    }
    Content content = response.getContent();
    if (content == null || content.isEmpty() || content.containsKey(ANY) || content.containsKey(JSON)) {
      response.setContent(new Content().addMediaType(PROBLEM_JSON, new MediaType()
          .schema(new Schema<>().$ref(ApiDocs.PROBLEM)).example(example)));
    }
  }

  private static ApiResponses sorted(ApiResponses responses) {
    ApiResponses sorted = new ApiResponses();
    new TreeMap<>(responses).forEach(sorted::addApiResponse);
    sorted.setExtensions(responses.getExtensions());
    return sorted;
  }

  private static HeaderParameter idempotencyKey() {
    HeaderParameter key = new HeaderParameter();
    key.name(IdempotencyFilter.HEADER).required(false)
        .description("Optional: 1 to 64 letters, digits, - or _. A retry with the same key answers what the first "
            + "request did (Idempotent-Replayed: true) instead of doing it twice; kept a day.")
        .schema(new StringSchema().maxLength(64).pattern("[A-Za-z0-9_-]{1,64}")
            .example("3f1c9a52-7b0e-4d8e-9a61-2c5d8e4b7f10"));
    return key;
  }

  private static Schema<?> problemSchema() {
    return new ObjectSchema()
        .description("RFC 9457 problem details: every error of the API, whatever the client accepts.")
        .addProperty("type", new StringSchema().description("about:blank, or a Qualcat problem type "
            + "(/problems/qualification-not-listed, /problems/catalog-file-rejected)").example("about:blank"))
        .addProperty("title", new StringSchema().description("The kind of error").example("Invalid request"))
        .addProperty("status", new IntegerSchema().description("The HTTP status").example(400))
        .addProperty("detail", new StringSchema().description("One plain sentence for the caller; never a trace")
            .example("The request is not valid: qualificationCode must not be blank"))
        .addProperty("instance", new StringSchema().description("The path that was called")
            .example("/api/nominations"))
        .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldProblem"))
            .description("Input errors, one per field (catalog files: one per row and column)"));
  }

  private static Schema<?> fieldProblemSchema() {
    return new ObjectSchema().description("One input error")
        .addProperty("field", new StringSchema().description("The field or parameter, as the request names it "
            + "(lists[0], materials)").example("qualificationCode"))
        .addProperty("message", new StringSchema().description("What is wrong, in a plain sentence")
            .example("must not be blank"))
        .addProperty("row", new IntegerSchema().description("Catalog files only: the row (the header is row 1)")
            .example(7))
        .addProperty("column", new StringSchema().description("Catalog files only: the column").example("lists"));
  }

  private static String join(String description, String more) {
    return description == null || description.isBlank() ? more : description.strip() + "\n\n" + more;
  }

  private enum SignIn { NONE, OPTIONAL, SIGNED_IN, ROLE }

  /** What the document needs to know about a handler method, read from its annotations and parameters. */
  private record Traits(String path, boolean post, SignIn signIn, List<String> roles, boolean takesBody,
      boolean takesInput,
      boolean pathVariables, String invalidField, String invalidMessage) {

    static Traits of(HandlerMethod handler) {
      RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
      boolean post = mapping != null && Arrays.asList(mapping.method()).contains(RequestMethod.POST);
      PreAuthorize rule = Optional.ofNullable(handler.getMethodAnnotation(PreAuthorize.class))
          .orElse(AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class));
      List<String> roles = new ArrayList<>();
      if (rule != null) {
        Matcher role = ROLE.matcher(rule.value());
        while (role.find()) {
          roles.add(role.group(1));
        }
      }
      Parameter[] parameters = handler.getMethod().getParameters();
      boolean authentication = Arrays.stream(parameters).anyMatch(p -> Authentication.class.equals(p.getType()));
      SignIn signIn = rule != null ? SignIn.ROLE : post ? SignIn.SIGNED_IN
          : authentication ? SignIn.OPTIONAL : SignIn.NONE;
      Optional<Parameter> body = Arrays.stream(parameters).filter(p -> p.isAnnotationPresent(RequestBody.class)
          || p.isAnnotationPresent(RequestPart.class) || MultipartFile.class.equals(p.getType())).findFirst();
      List<Parameter> queries = Arrays.stream(parameters)
          .filter(p -> p.isAnnotationPresent(RequestParam.class)
              || p.isAnnotationPresent(PathVariable.class) && !String.class.equals(p.getType()))
          .toList();
      boolean pathVariables = Arrays.stream(parameters).anyMatch(p -> p.isAnnotationPresent(PathVariable.class))
          && !handler.hasMethodAnnotation(AnswersEveryPath.class);
      String[] invalid = body.map(Traits::invalidComponent)
          .orElseGet(() -> queries.isEmpty() ? new String[] {null, null} : invalidParameter(queries));
      RequestMapping base = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
      String path = first(base) + first(mapping);
      return new Traits(path, post, signIn, roles, body.isPresent(), body.isPresent() || !queries.isEmpty(),
          pathVariables, invalid[0], invalid[1]);
    }

    /** A real refusal of the body: its first required field left out, as the API words it. */
    private static String[] invalidComponent(Parameter body) {
      if (byte[].class.equals(body.getType())) {
        return new String[] {"body", "must be a CSV file in UTF-8"}; // the catalog file, the one such body
      }
      if (!body.getType().isRecord()) {
        return new String[] {"file", "must be given"};
      }
      RecordComponent[] components = body.getType().getRecordComponents();
      for (RecordComponent c : components) {
        // constraints that may annotate types land on the accessor, not on the record component
        java.lang.reflect.Method accessor = c.getAccessor();
        if (accessor.isAnnotationPresent(NotBlank.class)) {
          return new String[] {c.getName(), "must not be blank"};
        }
        if (accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotEmpty.class)) {
          return new String[] {c.getName(), accessor.isAnnotationPresent(NotNull.class) ? "must not be null"
              : "must not be empty"};
        }
      }
      return new String[] {components.length == 0 ? "body" : components[0].getName(),
          "has the wrong type or format"};
    }

    /** A real refusal of a parameter: an enum's allowed values, a minimum, or a wrong type. */
    private static String[] invalidParameter(List<Parameter> parameters) {
      for (Parameter p : parameters) {
        if (p.getType().isEnum()) {
          return new String[] {name(p), "must be one of " + Arrays.stream(p.getType().getEnumConstants())
              .map(Object::toString).collect(Collectors.joining(", "))};
        }
      }
      for (Parameter p : parameters) {
        Min min = p.getAnnotation(Min.class);
        if (min != null) {
          return new String[] {name(p), "must be greater than or equal to " + min.value()};
        }
      }
      Parameter first = parameters.get(0);
      return new String[] {name(first), "must be a valid " + first.getType().getSimpleName()};
    }

    private static String name(Parameter p) {
      RequestParam param = p.getAnnotation(RequestParam.class);
      PathVariable path = p.getAnnotation(PathVariable.class);
      String named = param != null ? firstNonBlank(param.name(), param.value())
          : path != null ? firstNonBlank(path.name(), path.value()) : "";
      return named.isEmpty() ? p.getName() : named;
    }

    private static String first(RequestMapping mapping) {
      return mapping == null || mapping.path().length == 0 ? "" : mapping.path()[0];
    }

    private static String firstNonBlank(String a, String b) {
      return a.isBlank() ? b : a;
    }

    String callers(RoleNames roleNames) {
      return switch (signIn) {
        case NONE -> "**Who:** anyone; no credentials needed.";
        case OPTIONAL -> "**Who:** anyone; staff who sign in (HTTP Basic) see more.";
        case SIGNED_IN -> "**Who:** any signed-in user (HTTP Basic).";
        case ROLE -> "**Who:** " + roles.stream().map(r -> roleNames.displayName(r) + " (`" + r + "`)")
            .collect(Collectors.joining(", ")) + ", signed in with HTTP Basic.";
      };
    }

    List<SecurityRequirement> security() {
      SecurityRequirement basic = new SecurityRequirement().addList(BASIC);
      return switch (signIn) {
        case NONE -> List.of();
        case OPTIONAL -> List.of(new SecurityRequirement(), basic);
        default -> List.of(basic);
      };
    }

    /** Problem details as the API sends them, for an example. */
    Map<String, Object> problem(int status, String title, String detail) {
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("type", "about:blank");
      problem.put("title", title);
      problem.put("status", status);
      problem.put("detail", detail);
      problem.put("instance", path);
      return problem;
    }

    Object invalidExample() {
      Map<String, Object> problem = problem(400, "Invalid request", "The request is not valid: " + invalidField
          + " " + invalidMessage);
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("field", invalidField);
      error.put("message", invalidMessage);
      problem.put("errors", List.of(error));
      return problem;
    }
  }
}
