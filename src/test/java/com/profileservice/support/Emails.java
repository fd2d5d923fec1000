package com.profileservice.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.profileservice.common.mail.InMemoryMailbox;
import com.profileservice.common.mail.OutgoingMail;
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
  public static String latestToken(InMemoryMailbox mailbox, String address) {
    List<OutgoingMail> mails =
        mailbox.sentTo(address).stream().filter(m -> m.subject().startsWith("Verify")).toList();
    assertFalse(mails.isEmpty(), "no verification message was sent to " + address);
    Matcher m = TOKEN.matcher(mails.get(mails.size() - 1).text());
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
  public static void verifyAddress(InMemoryMailbox mailbox, String address) {
    verify(latestToken(mailbox, address)).statusCode(204);
  }
}
