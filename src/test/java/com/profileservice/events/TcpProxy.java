package com.profileservice.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP forwarder in front of the machine's RabbitMQ, so a test can take "the broker" away and
 * bring it back without touching the shared broker: cutting closes the listening socket and every
 * forwarded connection, restoring listens again on the same port.
 */
final class TcpProxy {

  private final int targetPort;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private volatile ServerSocket server;
  private volatile int port;

  TcpProxy(int targetPort) throws IOException {
    this.targetPort = targetPort;
    listen(0);
  }

  int port() {
    return port;
  }

  synchronized void open(boolean open) {
    try {
      if (open && server == null) {
        listen(port);
      } else if (!open && server != null) {
        server.close();
        server = null;
        for (Socket socket : sockets) {
          socket.close();
        }
        sockets.clear();
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void listen(int onPort) throws IOException {
    ServerSocket listening = new ServerSocket();
    listening.setReuseAddress(true);
    listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
    server = listening;
    port = listening.getLocalPort();
    Thread accepting = new Thread(() -> accept(listening), "tcp-proxy-accept");
    accepting.setDaemon(true);
    accepting.start();
  }

  private void accept(ServerSocket listening) {
    while (!listening.isClosed()) {
      try {
        Socket client = listening.accept();
        Socket broker = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        // Small frames (publishes, confirms) pass at once, as on a direct connection.
        client.setTcpNoDelay(true);
        broker.setTcpNoDelay(true);
        sockets.add(client);
        sockets.add(broker);
        pump(client, broker);
        pump(broker, client);
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16384];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException ended) {
                // One side went away (or the proxy was cut): the other goes with it.
              } finally {
                close(from);
                close(to);
              }
            },
            "tcp-proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private void close(Socket socket) {
    sockets.remove(socket);
    try {
      socket.close();
    } catch (IOException ignored) {
      // already closed
    }
  }
}
