package org.handouts.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;

/**
 * The client half: sends a build to this folder's daemon, starting one first when there is none, and prints
 * what the build prints. Whenever the daemon cannot be used (no Unix sockets, an unsafe daemons' folder, a
 * daemon that does not start or dies mid-build) the answer is empty and the caller builds in its own process,
 * with a note when something went wrong: a build is never lost to the daemon.
 */
public final class DaemonClient {
    /** How long a new daemon may take to listen. A JVM starts in well under a second; a loaded machine is slower. */
    private static final long START_MILLIS = 30_000;

    private final DaemonFolder daemons;
    private final DaemonKey key;
    private final String daemonMain;
    private final PrintStream out;
    private final PrintStream err;

    /** {@code daemonMain}: the class whose {@code main(folder, key)} runs a {@link DaemonServer}. */
    public DaemonClient(DaemonFolder daemons, DaemonKey key, String daemonMain, PrintStream out, PrintStream err) {
        this.daemons = daemons;
        this.key = key;
        this.daemonMain = daemonMain;
        this.out = out;
        this.err = err;
    }

    /**
     * Whether {@code handouts ARGS} should go to a daemon: only {@code build}, never with {@code --no-daemon}
     * or asking for help, never when {@code HANDOUTS_DAEMON} is {@code off} (or {@code false}, {@code 0}, {@code
     * no}) or in CI (a variable {@code CI} that is set: one build per checkout gains nothing from a daemon),
     * and never from a JVM being debugged, profiled or recording its classes. On Windows only when {@code
     * HANDOUTS_DAEMON} is {@code on}: a process holds its working folder there, so the project's folder could
     * not be renamed or deleted for as long as its daemon waits.
     */
    public static boolean wanted(String[] args, Map<String, String> environment, List<String> jvmOptions, boolean windows) {
        if (args.length == 0 || !"build".equals(args[0])) {
            return false;
        }
        for (String arg : args) {
            if (arg.equals("--")) {
                break;
            }
            if (List.of("--no-daemon", "-h", "--help", "-V", "--version").contains(arg)) {
                return false;
            }
        }
        String setting = environment.getOrDefault("HANDOUTS_DAEMON", "").trim().toLowerCase(java.util.Locale.ROOT);
        if (List.of("off", "false", "0", "no").contains(setting)) {
            return false;
        }
        if (windows && !List.of("on", "true", "1", "yes").contains(setting)) {
            return false;
        }
        String ci = environment.getOrDefault("CI", "").trim().toLowerCase(java.util.Locale.ROOT);
        if (!ci.isEmpty() && !ci.equals("false") && !ci.equals("0")) {
            return false;
        }
        return jvmOptions.stream().noneMatch(o -> o.startsWith("-agentlib") || o.startsWith("-agentpath")
                || o.startsWith("-javaagent") || o.startsWith("-XX:ArchiveClassesAtExit") || o.startsWith("-Xshare:dump")
                || o.startsWith("-XX:DumpLoadedClassList") || o.startsWith("-XX:StartFlightRecording"));
    }

    /** Runs {@code args} in the daemon; empty when it could not, so the caller builds itself. */
    public OptionalInt build(List<String> args, boolean terminal) {
        String name = key.hash();
        try {
            SocketChannel.open(StandardProtocolFamily.UNIX).close();
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalInt.empty(); // no Unix sockets here (Windows before 10): every build runs in its own process
        }
        try {
            SocketChannel found = connect(name);
            SocketChannel channel = found != null ? found : start(name, quiet(args));
            if (channel == null) {
                return OptionalInt.empty();
            }
            try (channel) {
                return converse(channel, new Wire.Request(name, "build", terminal, charset("stdout"), charset("stderr"), args));
            }
        } catch (IOException | RuntimeException e) {
            err.println("handouts: note: could not use the build daemon (" + e.getMessage() + "); building in this process");
            return OptionalInt.empty();
        }
    }

    private static boolean quiet(List<String> args) {
        return args.contains("-q") || args.contains("--quiet");
    }

    private static String charset(String stream) {
        return System.getProperty("sun." + stream + ".encoding", Charset.defaultCharset().name());
    }

    private OptionalInt converse(SocketChannel channel, Wire.Request request) throws IOException {
        DataOutputStream to = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
        request.write(to);
        DataInputStream from = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
        while (true) {
            Wire.Frame frame;
            try {
                frame = Wire.read(from);
            } catch (IOException e) {
                out.flush();
                err.println("handouts: note: the build daemon stopped before the build ended (its log: "
                        + daemons.log(request.key()) + "); building again in this process");
                return OptionalInt.empty();
            }
            switch (frame.kind()) {
                case Wire.OUT -> {
                    out.write(frame.bytes());
                    out.flush();
                }
                case Wire.ERR -> {
                    err.write(frame.bytes());
                    err.flush();
                }
                case Wire.EXIT -> {
                    return OptionalInt.of(frame.code());
                }
                default -> {
                    return OptionalInt.empty();
                }
            }
        }
    }

    /** A connection to the daemon of this key, or null when none listens (a socket left by a killed one is no daemon). */
    private SocketChannel connect(String name) {
        Path socket = daemons.socket(name);
        if (!Files.exists(socket)) {
            return null;
        }
        try {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
                return channel;
            } catch (IOException e) {
                channel.close();
                return null;
            }
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /**
     * Starts the daemon and connects to it, holding the key's lock so two builds started at once start one
     * daemon; null (with a note) when it did not start.
     */
    private SocketChannel start(String name, boolean quiet) throws IOException {
        try (FileChannel lockFile = FileChannel.open(daemons.lock(name), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockFile.lock()) {
            SocketChannel channel = connect(name);
            if (channel != null) {
                return channel;
            }
            Path log = daemons.log(name);
            ProcessBuilder builder = new ProcessBuilder(command(name)).directory(key.folder().toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            // glibc gives each new thread's allocations an arena of their own, up to 8 per core, and a daemon
            // starts pools for every build: its resident memory grew by about 7 MB a build (20 edit builds at
            // 100 articles: 321 to 460 MB) while the JVM's own memory did not. Two arenas keep it level.
            builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
            Process daemon = builder.start();
            daemon.getOutputStream().close();
            if (!quiet) {
                err.println("handouts: starting a build daemon for this folder: the builds after this one start warm"
                        + " (it ends after " + DaemonServer.IDLE.toMinutes() + " idle minutes; --no-daemon builds without it)");
            }
            long deadline = System.nanoTime() + START_MILLIS * 1_000_000;
            while (System.nanoTime() < deadline) {
                channel = connect(name);
                if (channel != null) {
                    return channel;
                }
                if (!daemon.isAlive()) {
                    break;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (daemon.isAlive()) {
                daemon.destroy();
            }
            err.println("handouts: note: the build daemon did not start (its log: " + log + "); building in this process");
            return null;
        }
    }

    /**
     * The daemon's command line: this process's Java, options and class path, away from the terminal, so
     * that closing it or Ctrl-C in it does not end the daemon mid-build: in its own session where {@code
     * setsid} exists, and on Windows through {@code javaw.exe}, the same Java without a console.
     */
    private List<String> command(String name) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.add(withoutConsole(key.java()));
        command.addAll(key.jvmOptions());
        command.add("-cp");
        command.add(key.classPath());
        command.add(daemonMain);
        command.add(daemons.path().toString());
        command.add(name);
        return command;
    }

    static String withoutConsole(String java) {
        Path path = Path.of(java);
        Path fileName = path.getFileName();
        if (fileName != null && fileName.toString().equalsIgnoreCase("java.exe")) {
            Path javaw = path.resolveSibling("javaw.exe");
            if (Files.isRegularFile(javaw)) {
                return javaw.toString();
            }
        }
        return java;
    }

    /** Asks every daemon in {@code daemons} to end once its build (if any) is done; returns the pids asked. */
    public static List<Long> stopAll(DaemonFolder daemons) throws IOException {
        List<Long> asked = new ArrayList<>();
        for (Description d : running(daemons)) {
            try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                channel.connect(UnixDomainSocketAddress.of(daemons.socket(d.key())));
                DataOutputStream to = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
                new Wire.Request(d.key(), "stop", false, "UTF-8", "UTF-8", List.of()).write(to);
                Wire.read(new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel))));
                asked.add(d.pid());
            } catch (IOException e) {
                // Gone between the listing and the request: nothing to stop.
            }
        }
        return asked;
    }

    /** A running daemon, as it described itself. */
    public record Description(String key, long pid, Path folder, String started, Path log) { }

    /** The daemons in {@code daemons} whose process is alive. */
    public static List<Description> running(DaemonFolder daemons) throws IOException {
        List<Description> found = new ArrayList<>();
        try (var files = Files.newDirectoryStream(daemons.path(), "*.properties")) {
            for (Path file : files) {
                Properties p = new Properties();
                try (var in = Files.newInputStream(file)) {
                    p.load(in);
                } catch (IOException e) {
                    continue;
                }
                String key = file.getFileName().toString().replaceFirst("\\.properties$", "");
                long pid;
                try {
                    pid = Long.parseLong(p.getProperty("pid", ""));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    found.add(new Description(key, pid, Path.of(p.getProperty("folder", "?")), p.getProperty("started", "?"),
                            Path.of(p.getProperty("log", "?"))));
                }
            }
        }
        return found;
    }
}
