package com.profileservice.verification;

import com.profileservice.common.mail.MailSender;
import com.profileservice.common.mail.OutgoingMail;
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

  private final MailSender mailer;
  private final VerificationConfig config;

  public VerificationMails(MailSender mailer, VerificationConfig config) {
    this.mailer = mailer;
    this.config = config;
  }

  /** Messages waiting for their transaction to commit. */
  public record Outbox(List<OutgoingMail> mails) {

    public static final Outbox EMPTY = new Outbox(List.of());

    public Outbox and(Outbox other) {
      return new Outbox(
          java.util.stream.Stream.concat(mails.stream(), other.mails.stream()).toList());
    }
  }

  OutgoingMail verification(String to, String token) {
    String link =
        config
            .verifyUrl()
            .map(
                url ->
                    "Please confirm that this address belongs to your profile by opening\n\n"
                        + url
                        + "?token="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8)
                        + "\n\nor by sending this code to POST /email-verifications:\n\n")
            .orElse(
                "Please confirm that this address belongs to your profile by sending this code"
                    + " to POST /email-verifications:\n\n");
    return new OutgoingMail(
        to,
        "Verify your email address",
        link
            + token
            + "\n\nThe code works once and expires in "
            + config.tokenLifetime().toHours()
            + " hours. If you did not ask for this, ignore this message.");
  }

  /** Tells the old address that a change was asked for, without naming the new address. */
  OutgoingMail changeNotice(String to) {
    return new OutgoingMail(
        to,
        "Your email address is being changed",
        "Someone asked to change the email address of your profile. This address stays in"
            + " use until the new one is confirmed. If this was not you, sign in and set your"
            + " address back.");
  }

  public Uni<Void> send(Outbox outbox) {
    if (outbox.mails().isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return mailer
        .send(outbox.mails())
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
