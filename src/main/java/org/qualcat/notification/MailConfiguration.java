package org.qualcat.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

  /** SMTP when {@code spring.mail.host} is set, otherwise the outbox folder. */
  @Bean
  MailTransport mailTransport(MailSettings settings, ObjectProvider<JavaMailSender> smtp,
      @Value("${spring.mail.host:}") String host, @Value("${spring.mail.port:25}") int port) {
    JavaMailSender sender = smtp.getIfAvailable();
    if (!host.isBlank() && sender != null) {
      return new SmtpMailTransport(sender, host + ":" + port);
    }
    return new FolderMailTransport(settings.outboxDir());
  }
}
