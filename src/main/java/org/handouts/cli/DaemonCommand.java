package org.handouts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.handouts.daemon.DaemonClient;
import org.handouts.daemon.DaemonFolder;
import org.handouts.daemon.DaemonServer;
import picocli.CommandLine.Command;

@Command(name = "daemon",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {DaemonCommand.StatusCommand.class, DaemonCommand.StopCommand.class},
        description = {
            "Shows or ends the build daemons.",
            "",
            "'handouts build' runs in a process kept warm for its folder, started",
            "by the first build there: the builds after it skip starting Java and",
            "preparing the renderer (a one-article edit takes a half to a third",
            "of the time).",
            "A daemon ends after " + DaemonServer.IDLE_MINUTES + " minutes without a build, or when the tool",
            "is updated. It builds exactly as 'handouts build --no-daemon' would:",
            "same folder, Java, options and environment (otherwise another daemon",
            "is started). Not used when CI or HANDOUTS_DAEMON=off is set; on",
            "Windows only with HANDOUTS_DAEMON=on (a running daemon keeps its",
            "folder from being renamed or deleted there).",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  handouts daemon status     the daemons running, their folders and logs",
            "  handouts daemon stop       end them all (each finishes its build first)"
        })
final class DaemonCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
    }

    @Command(name = "status", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Lists the running build daemons: process id, folder, since when, log.")
    static final class StatusCommand implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            List<DaemonClient.Description> running = DaemonClient.running(DaemonFolder.forThisUser());
            if (running.isEmpty()) {
                out.println("No build daemon is running.");
            }
            for (DaemonClient.Description d : running) {
                out.println("pid " + d.pid() + "  " + d.folder() + "  since " + d.started() + "  log " + d.log());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Ends every build daemon of this user (a build in progress is finished first).")
    static final class StopCommand implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            List<Long> stopped = DaemonClient.stopAll(DaemonFolder.forThisUser());
            out.println(stopped.isEmpty() ? "No build daemon was running." : "Asked " + stopped.size() + " build daemon(s) to end: pid "
                    + String.join(", ", stopped.stream().map(String::valueOf).toList()) + ".");
            out.flush();
            return 0;
        }
    }
}
