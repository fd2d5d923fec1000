package com.profileservice.picture;

import com.profileservice.common.crypto.Sha256;
import com.profileservice.common.persistence.OwnerWrites;
import com.profileservice.picture.PictureInspector.Inspected;
import com.profileservice.picture.PictureProblems.NoPicture;
import com.profileservice.profile.ProfileAccounts;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/** Storing, removing and serving profile pictures. */
@ApplicationScoped
public class PictureService {

  private final OwnerWrites writes;
  private final PictureRepository pictures;
  private final ProfileAccounts accounts;
  private final PublicPictureQuery publicPictures;
  private final Vertx vertx;
  private final Clock clock;

  public PictureService(
      OwnerWrites writes,
      PictureRepository pictures,
      ProfileAccounts accounts,
      PublicPictureQuery publicPictures,
      Vertx vertx,
      Clock clock) {
    this.writes = writes;
    this.pictures = pictures;
    this.accounts = accounts;
    this.publicPictures = publicPictures;
    this.vertx = vertx;
    this.clock = clock;
  }

  /** What is known of a stored picture, without its bytes. */
  public record PictureMetadata(
      String contentType, int sizeBytes, int width, int height, String sha256, Instant updatedAt) {}

  /** Null when the profile has no picture; joins the caller's session. */
  public Uni<PictureMetadata> metadata(long profileId) {
    return pictures
        .findById(profileId)
        .map(
            p ->
                p == null
                    ? null
                    : new PictureMetadata(
                        p.contentType, p.bytes.length, p.width, p.height, p.sha256, p.updatedAt));
  }

  /** What the public may fetch: the bytes and how to describe them. */
  public record Served(String contentType, byte[] bytes, String sha256) {}

  /**
   * Inspects the upload on a worker thread (decoding is CPU work) and stores it; the result is
   * delivered back on the request's event loop, where the database session lives.
   */
  public Uni<Void> store(String subject, PictureFormat declared, byte[] bytes) {
    return vertx
        .executeBlocking(Uni.createFrom().item(() -> PictureInspector.inspect(declared, bytes)))
        .chain(
            inspected ->
                writes.serialise(
                    subject, () -> Panache.withTransaction(() -> save(subject, inspected, bytes))));
  }

  private Uni<Void> save(String subject, Inspected inspected, byte[] bytes) {
    String sha256 = sha256(bytes);
    return accounts
        .lockBySubject(subject)
        .chain(
            account ->
                pictures
                    .findById(account.id())
                    .chain(
                        existing -> {
                          Picture picture = existing != null ? existing : new Picture();
                          picture.profileId = account.id();
                          picture.contentType = inspected.format().mediaType();
                          picture.bytes = bytes;
                          picture.sha256 = sha256;
                          picture.width = inspected.width();
                          picture.height = inspected.height();
                          picture.updatedAt = Instant.now(clock);
                          return pictures.persist(picture);
                        })
                    .chain(() -> accounts.pictureChanged(account.id(), sha256)));
  }

  public Uni<Void> delete(String subject) {
    return writes.serialise(
        subject,
        () ->
            Panache.withTransaction(
                () ->
                    accounts
                        .lockBySubject(subject)
                        .chain(
                            account ->
                                // A query, not session.remove: see ProfileAccounts.erase.
                                pictures
                                    .delete("profileId", account.id())
                                    .chain(() -> accounts.pictureChanged(account.id(), null)))));
  }

  /** Only while the picture flag is PUBLIC and the account active; otherwise as if none. */
  public Uni<Served> publicPicture(String handle) {
    return publicPictures.shown(handle).onItem().ifNull().failWith(NoPicture::new);
  }

  private static String sha256(byte[] bytes) {
    return Sha256.hex(bytes);
  }
}
