package org.qualcat.notification;

import java.util.Locale;
import java.util.Map;
import org.qualcat.system.PublicAddress;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders mail templates: {@code templates/mail/<name>.txt}, Thymeleaf text mode. The first line is
 * {@code Subject: ...}; the rest, after an empty line, is the body. Mails are bilingual (English, then Chinese).
 */
@Component
class MailTemplates {

  static final String SUBJECT_PREFIX = "Subject:";

  /** The Tasklist, where staff find the tasks their mails are about. */
  static final String TASKLIST = "/camunda/app/tasklist/default/";

  private final SpringTemplateEngine engine = new SpringTemplateEngine();
  private final PublicAddress address;

  MailTemplates(PublicAddress address) {
    this.address = address;
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setSuffix(".txt");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCheckExistence(true);
    engine.setTemplateResolver(resolver);
  }

  record Rendered(String subject, String body) {
  }

  /**
   * Renders {@code template} with {@code model}, and with the full addresses every mail may link to: {@code portal}
   * (the site, to which a page's path is added) and {@code tasklist}.
   */
  Rendered render(String template, Map<String, Object> model) {
    Context context = new Context(Locale.ENGLISH, model);
    context.setVariable("portal", address.of("/").replaceAll("/$", ""));
    context.setVariable("tasklist", address.of(TASKLIST));
    String text = engine.process(template, context);
    int endOfFirstLine = text.indexOf('\n');
    String first = endOfFirstLine < 0 ? text : text.substring(0, endOfFirstLine);
    if (!first.startsWith(SUBJECT_PREFIX)) {
      throw new IllegalStateException("mail template " + template + " must start with a \"Subject:\" line");
    }
    String body = endOfFirstLine < 0 ? "" : text.substring(endOfFirstLine + 1).stripLeading();
    return new Rendered(first.substring(SUBJECT_PREFIX.length()).strip(), body);
  }
}
