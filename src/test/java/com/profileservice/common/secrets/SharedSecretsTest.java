package com.profileservice.common.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.profileservice.support.Database;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SharedSecretsTest {

  @Inject SharedSecrets secrets;
  @Inject Pool pool;
  @Inject Database database;

  private final String name = "test.key-" + UUID.randomUUID();

  @Test
  void createsTheKeyOnceAndKeepsIt() {
    byte[] first = secrets.key(name, 32).await().indefinitely();
    assertEquals(32, first.length);
    assertArrayEquals(first, secrets.key(name, 32).await().indefinitely());
    assertEquals(1, database.count("SELECT count(*) FROM service_secret WHERE name = $1", name));
  }

  @Test
  void anotherProcessReadsTheKeyTheFirstOneCreated() {
    byte[] here = secrets.key(name, 32).await().indefinitely();
    // A second instance holds nothing in memory yet, as a replica that starts later.
    byte[] there = new SharedSecrets(pool).key(name, 32).await().indefinitely();
    assertArrayEquals(here, there);
  }

  @Test
  void processesStartingTogetherAllGetTheOneKeyThatWasStored() {
    List<Uni<byte[]>> starts =
        IntStream.range(0, 8).mapToObj(i -> new SharedSecrets(pool).key(name, 32)).toList();
    List<byte[]> keys = Uni.join().all(starts).andFailFast().await().indefinitely();
    byte[] stored =
        database
            .rows("SELECT value FROM service_secret WHERE name = $1", name)
            .get(0)
            .getBuffer(0)
            .getBytes();
    keys.forEach(key -> assertArrayEquals(stored, key));
  }

  @Test
  void refusesAStoredKeyOfTheWrongLength() {
    database.execute(
        "INSERT INTO service_secret (name, value) VALUES ($1, $2)",
        name,
        io.vertx.core.buffer.Buffer.buffer(new byte[7]));
    assertThrows(IllegalStateException.class, () -> secrets.key(name, 32).await().indefinitely());
  }

  @Test
  void theKeysAreReadableByTheServiceAloneNotByPublic() {
    assertEquals(
        0,
        database.count(
            "SELECT count(*) FROM information_schema.role_table_grants"
                + " WHERE table_name = 'service_secret' AND grantee = 'PUBLIC'"));
  }
}
