package com.profileservice.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads verification codes from the mock mailbox and uses them. */
public final class Emails {

  private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

  private Emails() {}

  /** The code in the newest verification message sent to {@code address}. */
  public static String latestToken(MockMailbox mailbox, String address) {
    List<Mail> mails =
        mailbox.getMailsSentTo(address).stream()
            .filter(m -> m.getSubject().startsWith("Verify"))
            .toList();
    assertFalse(mails.isEmpty(), "no verification message was sent to " + address);
    Matcher m = TOKEN.matcher(mails.get(mails.size() - 1).getText());
    if (!m.find()) {
      throw new AssertionError("verification message without a code");
    }
    return m.group(1);
  }

  public static ValidatableResponse verify(String token) {
    return given()
        .contentType(ContentType.JSON)
        .body(Map.of("token", token))
        .post("/email-verifications")
        .then();
  }

  /** Verifies the address with the code that was sent to it. */
  public static void verifyAddress(MockMailbox mailbox, String address) {
    verify(latestToken(mailbox, address)).statusCode(204);
  }
}
