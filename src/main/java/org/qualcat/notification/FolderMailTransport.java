package org.qualcat.notification;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Properties;

/**
 * Writes each mail as an {@code .eml} file (RFC 822; any mail client opens it) into a folder: the default when no
 * SMTP server is configured, so a demo works offline.
 */
class FolderMailTransport implements MailTransport {

  private final Path folder;
  private final Session session = Session.getInstance(new Properties());

  FolderMailTransport(Path folder) {
    this.folder = folder;
  }

  @Override
  public void deliver(OutboundMail mail, String from) throws Exception {
    Files.createDirectories(folder);
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from));
    for (String to : mail.getRecipients()) {
      message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
    }
    message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
    message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    message.setHeader("X-Qualcat-Mail-Id", String.valueOf(mail.getId()));
    Path file = folder.resolve(String.format("%08d-%s.eml", mail.getId(), mail.getTemplate()));
    try (OutputStream out = Files.newOutputStream(file)) {
      message.writeTo(out);
    }
  }

  @Override
  public String describe() {
    return "folder " + folder.toAbsolutePath().normalize();
  }
}
