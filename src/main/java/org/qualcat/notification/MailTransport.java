package org.qualcat.notification;

/** Delivers a mail: over SMTP, or into a folder when no SMTP server is configured. */
interface MailTransport {

  /** Delivers the mail or throws; a failure is retried later. */
  void deliver(OutboundMail mail, String from) throws Exception;

  /** Where mails go, for the start-up message. */
  String describe();
}
