package org.handouts.cli;

import java.nio.file.Path;
import org.handouts.daemon.DaemonFolder;
import org.handouts.daemon.DaemonServer;

/** The build daemon's process: {@code DaemonMain DAEMONS-FOLDER KEY}, started by a build's client. */
public final class DaemonMain {
    private DaemonMain() { }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("handouts: the build daemon is started by 'handouts build', not by hand");
            System.exit(2);
        }
        new DaemonServer(DaemonFolder.at(Path.of(args[0])), args[1], Main::run).serve();
        System.exit(0);
    }
}
