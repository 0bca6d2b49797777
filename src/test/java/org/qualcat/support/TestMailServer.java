package org.qualcat.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * One real SMTP server (GreenMail) for the whole test JVM, on a free port that the Spring context is given as
 * {@code spring.mail.port} ({@link IntegrationTest}). Tests wait for the mails they expect; the server can be stopped to
 * prove retries.
 */
public final class TestMailServer {

  private static final int PORT = freePort();
  private static GreenMail server;

  private TestMailServer() {
  }

  public static int port() {
    return PORT;
  }

  /** Starts the server once; called before the first Spring context is built. */
  public static synchronized void ensureStarted() {
    if (server == null) {
      server = start();
    }
  }

  private static GreenMail start() {
    GreenMail mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    return mail;
  }

  public static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  public static synchronized void purge() {
    ensureStarted();
    try {
      server.purgeEmailFromAllMailboxes();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** All mails received so far. */
  public static synchronized List<MimeMessage> received() {
    ensureStarted();
    return Arrays.asList(server.getReceivedMessages());
  }

  /** Waits up to 10 seconds for a mail matching {@code condition}; returns it, or fails. */
  public static MimeMessage awaitMail(String description, Predicate<MimeMessage> condition) {
    long deadline = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < deadline) {
      for (MimeMessage message : received()) {
        if (condition.test(message)) {
          return message;
        }
      }
      sleep(50);
    }
    throw new AssertionError("no mail " + description + " arrived within 10 s; received: " + subjects());
  }

  /** The text of a mail. */
  public static String body(MimeMessage mail) {
    try {
      return mail.getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Who a mail is from, as its From header says it ("Qualcat Tianjin <tianjin@...>"). */
  public static String sender(MimeMessage mail) {
    try {
      return Arrays.stream(mail.getFrom()).map(Object::toString).collect(java.util.stream.Collectors.joining(", "));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Mails to {@code recipient} whose subject contains {@code subjectPart}. */
  public static List<MimeMessage> mailsTo(String recipient, String subjectPart) {
    return received().stream().filter(to(recipient, subjectPart)).toList();
  }

  public static Predicate<MimeMessage> to(String recipient, String subjectPart) {
    return m -> {
      try {
        return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(recipient))
            && m.getSubject() != null && m.getSubject().contains(subjectPart);
      } catch (Exception e) {
        return false;
      }
    };
  }

  private static List<String> subjects() {
    return received().stream().map(m -> {
      try {
        return m.getSubject();
      } catch (Exception e) {
        return "?";
      }
    }).toList();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
