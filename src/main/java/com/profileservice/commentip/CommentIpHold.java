package com.profileservice.commentip;

import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * A reason the law makes the service keep a journal's comment-IP log past its owner's withdrawal
 * and its retention period. Features that create such obligations (legal process) implement it;
 * this feature consults every implementation, and so needs to know none of them.
 */
public interface CommentIpHold {

  /** Whether the log of {@code subject} must be kept now; read in the caller's session. */
  Uni<Boolean> keeps(String subject);

  /** Every subject whose log must be kept now; read in the caller's session. */
  Uni<List<String>> keptSubjects();
}
