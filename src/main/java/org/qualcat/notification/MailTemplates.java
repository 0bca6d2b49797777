package org.qualcat.notification;

import java.util.Locale;
import java.util.Map;
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

  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  MailTemplates() {
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

  Rendered render(String template, Map<String, Object> model) {
    String text = engine.process(template, new Context(Locale.ENGLISH, model));
    int endOfFirstLine = text.indexOf('\n');
    String first = endOfFirstLine < 0 ? text : text.substring(0, endOfFirstLine);
    if (!first.startsWith(SUBJECT_PREFIX)) {
      throw new IllegalStateException("mail template " + template + " must start with a \"Subject:\" line");
    }
    String body = endOfFirstLine < 0 ? "" : text.substring(endOfFirstLine + 1).stripLeading();
    return new Rendered(first.substring(SUBJECT_PREFIX.length()).strip(), body);
  }
}
