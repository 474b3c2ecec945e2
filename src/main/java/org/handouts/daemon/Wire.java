package org.handouts.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One connection, one request: the client writes a {@link Request}, the daemon answers with frames, each a
 * kind byte and its data: {@link #OUT} and {@link #ERR} (an int length and the bytes the build printed),
 * then {@link #EXIT} (an int exit code) or {@link #REFUSED} (a reason: the client then builds itself).
 */
final class Wire {
    static final String HELLO = "handouts-daemon 1";
    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;
    static final byte REFUSED = 4;

    private Wire() { }

    /** What the client asks: {@code build} (a command line) or {@code stop}; the streams' character sets. */
    record Request(String key, String verb, boolean terminal, String outCharset, String errCharset, List<String> args) {
        Request {
            args = List.copyOf(args);
        }

        void write(DataOutputStream out) throws IOException {
            out.writeUTF(HELLO);
            out.writeUTF(key);
            out.writeUTF(verb);
            out.writeBoolean(terminal);
            out.writeUTF(outCharset);
            out.writeUTF(errCharset);
            out.writeInt(args.size());
            for (String arg : args) {
                writeLong(out, arg);
            }
            out.flush();
        }

        static Request read(DataInputStream in) throws IOException {
            String hello = in.readUTF();
            if (!HELLO.equals(hello)) {
                throw new IOException("not a handouts client (" + hello + ")");
            }
            String key = in.readUTF();
            String verb = in.readUTF();
            boolean terminal = in.readBoolean();
            String outCharset = in.readUTF();
            String errCharset = in.readUTF();
            int count = in.readInt();
            if (count < 0 || count > 100_000) {
                throw new IOException("a command line of " + count + " arguments");
            }
            List<String> args = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                args.add(readLong(in));
            }
            return new Request(key, verb, terminal, outCharset, errCharset, args);
        }
    }

    /** writeUTF stops at 64 KB; an argument may be longer (a path, in principle). */
    private static void writeLong(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readLong(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 16 << 20) {
            throw new IOException("an argument of " + length + " bytes");
        }
        return new String(in.readNBytes(length), java.nio.charset.StandardCharsets.UTF_8);
    }

    static void exit(DataOutputStream out, int code) throws IOException {
        synchronized (out) {
            out.writeByte(EXIT);
            out.writeInt(code);
            out.flush();
        }
    }

    static void refuse(DataOutputStream out, String reason) throws IOException {
        synchronized (out) {
            out.writeByte(REFUSED);
            writeLong(out, reason);
            out.flush();
        }
    }

    /** A frame as the client reads it. */
    record Frame(byte kind, byte[] bytes, int code, String reason) { }

    static Frame read(DataInputStream in) throws IOException {
        int kind = in.read();
        if (kind < 0) {
            throw new EOFException("the daemon closed the connection before the build ended");
        }
        switch (kind) {
            case OUT, ERR -> {
                int length = in.readInt();
                if (length < 0 || length > 64 << 20) {
                    throw new IOException("a frame of " + length + " bytes");
                }
                return new Frame((byte) kind, in.readNBytes(length), 0, null);
            }
            case EXIT -> {
                return new Frame(EXIT, null, in.readInt(), null);
            }
            case REFUSED -> {
                return new Frame(REFUSED, null, 0, readLong(in));
            }
            default -> throw new IOException("an unknown frame kind " + kind);
        }
    }

    /**
     * What a build prints, sent as frames of one kind. A client that went away (Ctrl-C) only stops the
     * frames: the build itself goes on to its end, so no output is left half made.
     */
    static final class FrameStream extends OutputStream {
        private final DataOutputStream out;
        private final byte kind;
        private volatile boolean gone;

        FrameStream(DataOutputStream out, byte kind) {
            this.out = out;
            this.kind = kind;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            if (gone || length == 0) {
                return;
            }
            synchronized (out) {
                try {
                    out.writeByte(kind);
                    out.writeInt(length);
                    out.write(bytes, offset, length);
                    out.flush();
                } catch (IOException e) {
                    gone = true;
                }
            }
        }
    }
}
