package com.profileservice.common.secrets;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Random keys that every replica must hold alike, kept in the database ({@code service_secret},
 * readable by the service's own database user only). The first replica that needs a key draws it
 * and inserts it if absent; every replica then reads the one row that won, so all agree without a
 * key being handed to any of them. A key is read once per process and then held in memory; a failed
 * read (the database down) is not remembered, so the next caller tries again.
 */
@ApplicationScoped
public class SharedSecrets {

  private static final String INSERT_IF_ABSENT =
      "INSERT INTO service_secret (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING";
  private static final String READ = "SELECT value FROM service_secret WHERE name = $1";

  private final Pool pool;
  private final SecureRandom random = new SecureRandom();
  private final ConcurrentMap<String, byte[]> held = new ConcurrentHashMap<>();

  public SharedSecrets(Pool pool) {
    this.pool = pool;
  }

  /** The shared key of that name, of {@code length} random bytes, created on first use. */
  public Uni<byte[]> key(String name, int length) {
    byte[] known = held.get(name);
    if (known != null) {
      return Uni.createFrom().item(known);
    }
    byte[] candidate = new byte[length];
    random.nextBytes(candidate);
    // Two statements, so the read sees a row another replica committed during the insert.
    return pool.preparedQuery(INSERT_IF_ABSENT)
        .execute(Tuple.of(name, io.vertx.core.buffer.Buffer.buffer(candidate)))
        .chain(() -> pool.preparedQuery(READ).execute(Tuple.of(name)))
        .map(rows -> stored(name, length, rows))
        .invoke(key -> held.putIfAbsent(name, key));
  }

  private static byte[] stored(String name, int length, RowSet<Row> rows) {
    Iterator<Row> row = rows.iterator();
    byte[] value = row.hasNext() ? row.next().getBuffer(0).getBytes() : new byte[0];
    if (value.length != length) {
      // The value itself is never part of the message.
      throw new IllegalStateException(
          "service_secret '" + name + "' must hold " + length + " bytes, holds " + value.length);
    }
    return value;
  }
}
