package org.handouts.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The daemon: listens on its socket, runs one build at a time (a second client waits, and is told so), and
 * ends when it has been idle for {@link #IDLE}, when its code on the class path changed, when its socket
 * was removed, when the folder it builds in was deleted or moved, when a build left it holding too much
 * memory, or when asked to ({@code handouts daemon stop}). What a build prints goes to its client; the
 * daemon's own messages go to its log.
 */
public final class DaemonServer {
    /** How long a daemon waits for the next build before it ends. */
    public static final int IDLE_MINUTES = 30;
    public static final Duration IDLE = Duration.ofMinutes(IDLE_MINUTES);
    private static final Duration CHECK_EVERY = Duration.ofSeconds(5);
    /**
     * Resident memory above which a daemon ends after its build. A 1,000-article library's daemon keeps
     * about 300 MB and its largest build peaks near 500 MB; what a long writing session adds (about 1 MB a
     * build) must not grow without end. {@code -Dhandouts.daemon.maxResidentMb} changes it (tests).
     */
    static final long MAX_RESIDENT_MB = Long.getLong("handouts.daemon.maxResidentMb", 1536);

    private final DaemonFolder daemons;
    private final String key;
    private final BuildRunner runner;
    private final ReentrantLock building = new ReentrantLock(true);
    private final PrintStream log = System.out;
    private final PrintStream logErr = System.err;
    /**
     * What {@code System.out} and {@code System.err} write to: the log between builds, the client during one.
     * They are set once, so that whatever keeps a reference to them (java.util.logging's console handler,
     * made during the first build that logs, keeps the {@code System.err} of that moment) writes to the
     * client of the build running now, never to one that has gone.
     */
    private final Switch toOut = new Switch(log);
    private final Switch toErr = new Switch(logErr);
    private final String codeAtStart;
    private volatile long lastUsed = System.nanoTime();
    private volatile ServerSocketChannel server;
    private int builds;

    public DaemonServer(DaemonFolder daemons, String key, BuildRunner runner) throws IOException {
        this.daemons = daemons;
        this.key = key;
        this.runner = runner;
        this.codeAtStart = DaemonKey.stamp(DaemonKey.absoluteClassPath());
        System.setOut(new PrintStream(toOut, true, Charset.defaultCharset()));
        System.setErr(new PrintStream(toErr, true, Charset.defaultCharset()));
    }

    /** An output stream that writes to another, which can be changed. */
    private static final class Switch extends java.io.OutputStream {
        private volatile java.io.OutputStream to;

        Switch(java.io.OutputStream to) {
            this.to = to;
        }

        void to(java.io.OutputStream next) {
            flush();
            to = next;
        }

        @Override
        public void write(int b) {
            try {
                to.write(b);
            } catch (IOException e) {
                // The client is gone (FrameStream drops what follows); the log cannot be written: nothing to tell.
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            try {
                to.write(bytes, offset, length);
            } catch (IOException e) {
                // As above.
            }
        }

        @Override
        public void flush() {
            try {
                to.flush();
            } catch (IOException e) {
                // As above.
            }
        }
    }

    /** Serves until one of the reasons to end; then removes its socket and description. */
    public void serve() throws IOException {
        Path socket = daemons.socket(key);
        // Only started by a client holding the start lock after it could not connect: a socket file here is
        // one a daemon that was killed left behind.
        Files.deleteIfExists(socket);
        try (ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.bind(UnixDomainSocketAddress.of(socket));
            server = channel;
            describe();
            log.println(Instant.now() + " serving builds in " + Path.of("").toAbsolutePath() + " on " + socket);
            Thread watcher = new Thread(this::watch, "handouts-daemon-watch");
            watcher.setDaemon(true);
            watcher.start();
            while (true) {
                SocketChannel client;
                try {
                    client = channel.accept();
                } catch (ClosedChannelException e) {
                    break;
                }
                Thread handler = new Thread(() -> handle(client), "handouts-daemon-client");
                handler.setDaemon(true);
                handler.start();
            }
        } finally {
            // A build in progress ends first, so its client gets all of it.
            building.lock();
            Files.deleteIfExists(socket);
            Files.deleteIfExists(daemons.description(key));
            log.println(Instant.now() + " ended after " + builds + " builds");
        }
    }

    private void describe() throws IOException {
        Properties description = new Properties();
        description.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        description.setProperty("folder", Path.of("").toAbsolutePath().toString());
        description.setProperty("started", Instant.now().toString());
        description.setProperty("log", daemons.log(key).toString());
        Path temp = Files.createTempFile(daemons.path(), key, ".tmp");
        try (var out = Files.newOutputStream(temp)) {
            description.store(out, "a handouts build daemon");
        }
        Files.move(temp, daemons.description(key), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private void watch() {
        while (true) {
            try {
                Thread.sleep(CHECK_EVERY.toMillis());
                String reason = reasonToEnd();
                if (reason != null) {
                    log.println(Instant.now() + " ending: " + reason);
                    stop();
                    return;
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                e.printStackTrace(logErr);
            }
        }
    }

    private String reasonToEnd() throws IOException {
        if (!building.isLocked() && System.nanoTime() - lastUsed > IDLE.toNanos()) {
            return "no build for " + IDLE.toMinutes() + " minutes";
        }
        if (!Files.exists(daemons.socket(key))) {
            return "its socket was removed";
        }
        if (!building.isLocked() && !codeAtStart.equals(DaemonKey.stamp(DaemonKey.absoluteClassPath()))) {
            return "the tool's code changed";
        }
        if (!building.isLocked() && !Files.isDirectory(Path.of("").toAbsolutePath())) {
            return "its folder was deleted or moved"; // no build can be asked of it there any more
        }
        return null;
    }

    private void stop() {
        try {
            ServerSocketChannel channel = server;
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            e.printStackTrace(logErr);
        }
    }

    private void handle(SocketChannel client) {
        try (client;
             DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(client)));
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)))) {
            Wire.Request request = Wire.Request.read(in);
            if (!key.equals(request.key())) {
                Wire.refuse(out, "this daemon serves another key");
            } else if ("stop".equals(request.verb())) {
                Wire.exit(out, 0);
                stop();
            } else if ("build".equals(request.verb())) {
                build(request, out);
            } else {
                Wire.refuse(out, "unknown request " + request.verb());
            }
        } catch (IOException | RuntimeException e) {
            log.println(Instant.now() + " a client's request failed: " + e);
        }
    }

    private void build(Wire.Request request, DataOutputStream out) throws IOException {
        if (server == null || !server.isOpen()) {
            Wire.refuse(out, "ending");
            return;
        }
        Charset outCharset = Charset.forName(request.outCharset());
        Charset errCharset = Charset.forName(request.errCharset());
        BufferedOutputStream outBytes = new BufferedOutputStream(new Wire.FrameStream(out, Wire.OUT));
        BufferedOutputStream errBytes = new BufferedOutputStream(new Wire.FrameStream(out, Wire.ERR));
        PrintStream buildOut = new PrintStream(outBytes, true, outCharset);
        PrintStream buildErr = new PrintStream(errBytes, true, errCharset);
        // Buffered like picocli's own writers on System.out and System.err.
        PrintWriter outWriter = new PrintWriter(new BufferedWriter(new OutputStreamWriter(buildOut, outCharset)), true);
        PrintWriter errWriter = new PrintWriter(new BufferedWriter(new OutputStreamWriter(buildErr, errCharset)), true);
        if (!building.tryLock()) {
            buildErr.println("handouts: waiting for the build already running in this folder...");
            building.lock();
        }
        int code;
        try {
            lastUsed = System.nanoTime();
            builds++;
            // One build at a time: what the build's code prints to System.out or System.err (not through the
            // command line's writers) reaches its client too, not the daemon's log.
            toOut.to(outBytes);
            toErr.to(errBytes);
            try {
                code = runner.run(request.args(), request.terminal(), outWriter, errWriter);
            } catch (RuntimeException | Error e) {
                e.printStackTrace(buildErr);
                code = 70;
                if (e instanceof VirtualMachineError) {
                    stop();
                }
            } finally {
                outWriter.flush();
                errWriter.flush();
                toOut.to(log);
                toErr.to(logErr);
                buildOut.flush();
                buildErr.flush();
            }
            Wire.exit(out, code);
        } finally {
            lastUsed = System.nanoTime();
            building.unlock();
        }
        log.println(Instant.now() + " build " + builds + " " + request.args() + " exited " + code);
        // Give back what the build used: an idle daemon should not hold a large build's heap.
        System.gc();
        long resident = residentMegabytes();
        if (resident > MAX_RESIDENT_MB) {
            // The next build starts a new daemon (about 2 s): better than a writer's machine running short.
            log.println(Instant.now() + " ending: " + resident + " MB resident after the build, above " + MAX_RESIDENT_MB + " MB");
            stop();
        }
    }

    /** This process's resident memory, from Linux's /proc; 0 where there is none. */
    private static long residentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or not readable: no limit to check.
        }
        return 0;
    }
}
