package com.profileservice.common.mail;

import io.quarkus.arc.profile.UnlessBuildProfile;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Dev and test keep messages here instead of sending them, so a developer never mails a real person
 * and tests can read what was sent. Nothing is logged: messages hold addresses.
 */
@ApplicationScoped
@UnlessBuildProfile("prod")
public class InMemoryMailbox implements MailSender {

  private final List<OutgoingMail> sent = new ArrayList<>();

  @Override
  public synchronized Uni<Void> send(List<OutgoingMail> mails) {
    sent.addAll(mails);
    return Uni.createFrom().voidItem();
  }

  /** Every message sent to {@code address}, oldest first. */
  public synchronized List<OutgoingMail> sentTo(String address) {
    return sent.stream().filter(m -> m.to().equals(address)).toList();
  }
}
