package com.profileservice.legal.disclosure;

import com.profileservice.commentip.CommentIpService;
import com.profileservice.profile.ProfileAccounts;
import com.profileservice.selfservice.FrozenProfiles;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comment-IP log as legal process reads it: one list per account, from the live log, or from
 * the frozen copy of an account erased while a hold covered it.
 */
@ApplicationScoped
public class CommentIpRecords {

  private final ProfileAccounts accounts;
  private final CommentIpService commentIps;
  private final FrozenProfiles frozen;

  public CommentIpRecords(
      ProfileAccounts accounts, CommentIpService commentIps, FrozenProfiles frozen) {
    this.accounts = accounts;
    this.commentIps = commentIps;
    this.frozen = frozen;
  }

  /** Each subject's logged comment addresses, read one after another in the caller's session. */
  @SuppressWarnings("unchecked")
  public Uni<Map<String, List<Object>>> loggedFor(Collection<String> subjects) {
    List<String> distinct = subjects.stream().distinct().toList();
    return frozen
        .documents(distinct)
        .chain(
            frozenDocuments -> {
              Map<String, List<Object>> logged = new LinkedHashMap<>();
              Uni<Map<String, List<Object>>> result = Uni.createFrom().item(logged);
              for (String subject : distinct) {
                result =
                    result.chain(
                        map ->
                            accounts
                                .findBySubject(subject)
                                .chain(
                                    account -> {
                                      if (account != null) {
                                        return commentIps
                                            .journal(account.id())
                                            .map(entries -> List.<Object>copyOf(entries));
                                      }
                                      Object kept =
                                          frozenDocuments
                                              .getOrDefault(subject, Map.of())
                                              .get("commentIps");
                                      return Uni.createFrom()
                                          .item(
                                              kept instanceof List<?> list
                                                  ? (List<Object>) list
                                                  : List.<Object>of());
                                    })
                                .map(
                                    entries -> {
                                      map.put(subject, entries);
                                      return map;
                                    }));
              }
              return result;
            });
  }
}
