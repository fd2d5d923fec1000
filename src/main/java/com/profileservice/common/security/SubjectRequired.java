package com.profileservice.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses a verified token that names no subject. Accounts, ledger entries and audit actors are all
 * keyed by {@code sub}; smallrye-jwt accepts a token whose {@code sub} is empty, blank or missing
 * (when {@code upn} or {@code preferred_username} names the holder instead), and such a token would
 * act as one shared, nameless account. Failing here makes it the same 401 problem as any other bad
 * token, on every operation that needs one.
 */
@ApplicationScoped
public class SubjectRequired implements SecurityIdentityAugmentor {

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous() || namesSubject(identity)) {
      return Uni.createFrom().item(identity);
    }
    return Uni.createFrom()
        .failure(new AuthenticationFailedException("the token names no subject"));
  }

  private static boolean namesSubject(SecurityIdentity identity) {
    return identity.getPrincipal() instanceof JsonWebToken token
        && token.getSubject() != null
        && !token.getSubject().isBlank();
  }
}
