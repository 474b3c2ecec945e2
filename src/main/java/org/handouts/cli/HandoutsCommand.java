package org.handouts.cli;

import picocli.CommandLine.Command;

@Command(name = "handouts",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {InitCommand.class, BuildCommand.class, ServeCommand.class, CheckCommand.class, LayoutsCommand.class,
            CacheCommand.class, DaemonCommand.class, picocli.CommandLine.HelpCommand.class},
        description = {
            "Turns a folder of Markdown articles into clinic-branded patient",
            "handouts (PDF), a printable booklet and an EPUB booklet.",
            "",
            "New project:      handouts init [DIR]",
            "                  (a handouts.yml and an example article)",
            "Start with:       handouts build",
            "                  (reads handouts.yml here or in the nearest folder above,",
            "                  and articles/ beside it; built-in layouts and fonts)",
            "Then open:        out/pdf/<layout>/<article>.pdf, out/booklet.pdf,",
            "                  out/booklet.epub, out/site/index.html",
            "                  (booklet.<lang>.pdf/.epub for each other language)",
            "While writing:    handouts serve  (live preview in your browser)",
            "Before printing:  handouts check",
            "                  (reading level, plain language, accessibility)",
            "Change a layout:  handouts layouts list, handouts layouts copy NAME",
            "Every option:     handouts help COMMAND"
        },
        footer = {"", "Exit codes: 0 all built (warnings allowed), 1 some article failed,", "2 usage or configuration error."})
final class HandoutsCommand implements Runnable {
    /** Whether the output is a terminal (progress lines redraw themselves): this process's, or a daemon's client's. */
    final boolean terminal;

    HandoutsCommand(boolean terminal) {
        this.terminal = terminal;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
    }
}
