package com.profileservice.verification;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Writes and sends the messages of email verification. Sending happens after the transaction that
 * issued the token commits; a failure is logged (without the address) and the owner can ask for
 * another message, so a mail server outage never undoes an accepted change.
 */
@ApplicationScoped
public class VerificationMails {

  private static final Logger LOG = Logger.getLogger(VerificationMails.class);

  private final ReactiveMailer mailer;
  private final VerificationConfig config;

  public VerificationMails(ReactiveMailer mailer, VerificationConfig config) {
    this.mailer = mailer;
    this.config = config;
  }

  /** Messages waiting for their transaction to commit. */
  public record Outbox(List<Mail> mails) {

    public static final Outbox EMPTY = new Outbox(List.of());

    public Outbox and(Outbox other) {
      return new Outbox(
          java.util.stream.Stream.concat(mails.stream(), other.mails.stream()).toList());
    }
  }

  Mail verification(String to, String token) {
    String link = config.verifyUrl() + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    return Mail.withText(
            to,
            "Verify your email address",
            "Please confirm that this address belongs to your profile by opening\n\n"
                + link
                + "\n\nor by sending this code to POST /email-verifications:\n\n"
                + token
                + "\n\nThe code works once and expires in "
                + config.tokenLifetime().toHours()
                + " hours. If you did not ask for this, ignore this message.")
        .setFrom(config.from());
  }

  /** Tells the old address that a change was asked for, without naming the new address. */
  Mail changeNotice(String to) {
    return Mail.withText(
            to,
            "Your email address is being changed",
            "Someone asked to change the email address of your profile. This address stays in"
                + " use until the new one is confirmed. If this was not you, sign in and set your"
                + " address back.")
        .setFrom(config.from());
  }

  public Uni<Void> send(Outbox outbox) {
    if (outbox.mails().isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return mailer
        .send(outbox.mails().toArray(Mail[]::new))
        .onFailure()
        .recoverWithUni(
            failure -> {
              LOG.warnf(
                  "verification mail not sent (%s); the owner can ask for another",
                  failure.getClass().getSimpleName());
              return Uni.createFrom().voidItem();
            });
  }
}
