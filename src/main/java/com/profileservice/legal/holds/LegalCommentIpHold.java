package com.profileservice.legal.holds;

import com.profileservice.commentip.CommentIpHold;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * A preservation hold freezes the comment-IP log too: neither withdrawing its consent nor its
 * retention period deletes it while the hold lasts.
 */
@ApplicationScoped
public class LegalCommentIpHold implements CommentIpHold {

  private final PreservationHoldService holds;

  public LegalCommentIpHold(PreservationHoldService holds) {
    this.holds = holds;
  }

  @Override
  public Uni<Boolean> keeps(String subject) {
    return holds.isHeld(subject);
  }

  @Override
  public Uni<List<String>> keptSubjects() {
    return holds.heldSubjects();
  }
}
