package com.profileservice.events;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.util.Map;

/**
 * Points the relay at the machine's RabbitMQ through a {@link TcpProxy}. The resource and the test
 * instance may live in different class loaders, so the test switches the proxy through a system
 * property (a string, as other libraries read the system properties as strings), which a watcher
 * thread applies.
 */
public class BrokerBehindProxy implements QuarkusTestResourceLifecycleManager {

  static final String SWITCH = "profile-service.test.broker-reachable";

  private TcpProxy proxy;
  private volatile boolean stopped;

  @Override
  public Map<String, String> start() {
    try {
      proxy = new TcpProxy(5672);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    System.setProperty(SWITCH, "true");
    Thread watcher =
        new Thread(
            () -> {
              while (!stopped) {
                proxy.open(Boolean.parseBoolean(System.getProperty(SWITCH, "true")));
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "broker-proxy-switch");
    watcher.setDaemon(true);
    watcher.start();
    return Map.of("rabbitmq-host", "127.0.0.1", "rabbitmq-port", String.valueOf(proxy.port()));
  }

  @Override
  public void stop() {
    stopped = true;
    System.clearProperty(SWITCH);
    proxy.open(false);
  }

  /** Opens (true) or cuts (false) the way to the broker; applied within milliseconds. */
  static void brokerReachable(boolean reachable) {
    System.setProperty(SWITCH, String.valueOf(reachable));
  }
}
