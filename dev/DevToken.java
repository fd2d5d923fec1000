/*
 * Mints a bearer token for trying the API in dev mode, signed with the dev-only key in dev/jwt.
 * That key pair is public knowledge: it is trusted only by the %dev profile, never in production.
 *
 * Usage (needs nothing but the JDK):  java dev/DevToken.java <subject> [role ...]
 * Example:                            java dev/DevToken.java alice user
 * Many at once (bench/run.sh):        java dev/DevToken.java --numbered 1000 bench- user
 *                                     prints one token per line, for bench-1 ... bench-1000
 */
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

public class DevToken {

  private static final String ISSUER = "https://profile-service.dev/issuer";
  private static final long LIFETIME_SECONDS = 3600;

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: java dev/DevToken.java <subject> [role ...]   (default role: user)");
      System.exit(2);
    }
    PrivateKey key = devKey();
    if (args[0].equals("--numbered")) {
      int count = Integer.parseInt(args[1]);
      String[] roles = roles(args, 3);
      for (int i = 1; i <= count; i++) {
        System.out.println(token(args[2] + i, roles, key));
      }
      return;
    }
    System.out.println(token(args[0], roles(args, 1), key));
  }

  private static String[] roles(String[] args, int from) {
    return args.length > from ? Arrays.copyOfRange(args, from, args.length) : new String[] {"user"};
  }

  private static String token(String subject, String[] roles, PrivateKey key) throws Exception {
    long now = Instant.now().getEpochSecond();
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
    String payload =
        "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + escape(subject) + "\",\"groups\":["
            + Arrays.stream(roles).map(r -> "\"" + escape(r) + "\"").collect(Collectors.joining(","))
            + "],\"iat\":" + now + ",\"exp\":" + (now + LIFETIME_SECONDS) + "}";
    String signingInput = base64Url(header) + "." + base64Url(payload);
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(key);
    signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
  }

  private static PrivateKey devKey() throws Exception {
    Path location = Path.of(System.getProperty("dev.key", "dev/jwt/private-key.pem"));
    String pem = Files.readString(location).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA")
        .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
  }

  private static String base64Url(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
