package org.handouts.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A server on 127.0.0.1 that accepts every connection and never answers: the slowest server a picture
 * URL can point at. Connections are held open until {@link #close}.
 */
public final class SilentServer implements AutoCloseable {
    private final ServerSocket socket;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final List<Long> acceptedAt = new CopyOnWriteArrayList<>();

    public SilentServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    held.add(socket.accept());
                    acceptedAt.add(System.nanoTime());
                }
            } catch (IOException e) {
                // closed at the end of the test
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** When each connection was accepted ({@link System#nanoTime}), in order. */
    public List<Long> acceptedAt() {
        return List.copyOf(acceptedAt);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
    }

    @Override
    public void close() throws IOException {
        socket.close();
        for (Socket s : held) {
            s.close();
        }
    }
}
