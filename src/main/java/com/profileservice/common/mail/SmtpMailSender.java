package com.profileservice.common.mail;

import io.quarkus.arc.profile.IfBuildProfile;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.mail.MailClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Sends messages through the configured SMTP server. */
@ApplicationScoped
@IfBuildProfile("prod")
public class SmtpMailSender implements MailSender {

  private final MailClient client;
  private final String from;

  public SmtpMailSender(Vertx vertx, com.profileservice.common.mail.MailConfig config) {
    MailConfig smtp =
        new MailConfig()
            .setHostname(config.host())
            .setPort(config.port())
            .setStarttls(config.startTls() ? StartTLSOptions.REQUIRED : StartTLSOptions.DISABLED);
    config.username().ifPresent(smtp::setUsername);
    config.password().ifPresent(smtp::setPassword);
    this.client = MailClient.createShared(vertx, smtp, "profile-service");
    this.from = config.from();
  }

  @Override
  public Uni<Void> send(List<OutgoingMail> mails) {
    return Multi.createFrom()
        .iterable(mails)
        .onItem()
        .transformToUniAndConcatenate(
            mail ->
                client.sendMail(
                    new MailMessage()
                        .setFrom(from)
                        .setTo(mail.to())
                        .setSubject(mail.subject())
                        .setText(mail.text())))
        .collect()
        .last()
        .replaceWithVoid();
  }

  @PreDestroy
  void close() {
    client.closeAndAwait();
  }
}
