package org.qualcat.notification;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends through the SMTP server of {@code spring.mail.*}. */
class SmtpMailTransport implements MailTransport {

  private final JavaMailSender sender;
  private final String server;

  SmtpMailTransport(JavaMailSender sender, String server) {
    this.sender = sender;
    this.server = server;
  }

  @Override
  public void deliver(OutboundMail mail, String from) throws Exception {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
    helper.setFrom(from);
    helper.setTo(mail.getRecipients().toArray(String[]::new));
    helper.setSubject(mail.getSubject());
    helper.setText(mail.getBody(), false);
    message.setHeader("X-Qualcat-Mail-Id", String.valueOf(mail.getId()));
    sender.send(message);
  }

  @Override
  public String describe() {
    return "SMTP " + server;
  }
}
