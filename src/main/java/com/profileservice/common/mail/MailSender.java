package com.profileservice.common.mail;

import io.smallrye.mutiny.Uni;
import java.util.List;

/** Sends messages: over SMTP in production, into an in-memory mailbox in dev and tests. */
public interface MailSender {

  Uni<Void> send(List<OutgoingMail> mails);
}
