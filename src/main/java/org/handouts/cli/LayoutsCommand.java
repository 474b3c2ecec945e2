package org.handouts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.config.ConfigException;
import org.handouts.config.ConfigReader;
import org.handouts.render.BuiltIn;
import org.handouts.render.Layout;
import org.handouts.render.LayoutRepository;
import org.handouts.site.SiteWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

@Command(name = "layouts",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        subcommands = {LayoutsCommand.ListCommand.class, LayoutsCommand.CopyCommand.class},
        description = {
            "Shows the layouts a project can build, and copies a built-in one to change it.",
            "",
            "The tool carries its layouts (handout, large-print) inside it. A project's",
            "layouts/NAME/ folder replaces the built-in layout NAME, and any other folder",
            "with an article.ftlx in layouts/ adds a layout. Which ones are built is the",
            "'layouts' list in handouts.yml. The web edition's templates are the built-in",
            "'site' (replaced by a project's layouts/site/, as a layout is).",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  handouts layouts list                        every layout, and where it comes from",
            "  handouts layouts copy handout                an editable copy in layouts/handout/",
            "  handouts layouts copy handout layouts/poster a new layout 'poster' to start from",
            "  handouts layouts copy site                   the web edition's templates, to change",
            "",
            "Exit codes: 0 done, 2 usage error (unknown layout, folder already there)."
        })
final class LayoutsCommand implements Runnable {

    @Option(names = "--layouts-folder", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "The project's layouts folder (default: ${DEFAULT-VALUE}, beside handouts.yml).", defaultValue = "layouts")
    Path layoutsFolder;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The configuration file (default: ${DEFAULT-VALUE} in this folder or the nearest folder above it).",
            defaultValue = "handouts.yml")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    ProjectFolder project() {
        return ProjectFolder.of(spec, config);
    }

    Path projectLayouts() {
        return project().resolve(spec, "--layouts-folder", layoutsFolder);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Lists every layout: built in or the project's own, which one replaces which,",
                "and which ones handouts.yml builds."})
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand
        LayoutsCommand parent;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Path folder = parent.projectLayouts();
            LayoutRepository layouts = new LayoutRepository(folder);
            List<String> builtIn = BuiltIn.layoutNames();
            List<String> built = builtLayouts(parent.project());
            out.printf(Locale.ROOT, "%-16s %-8s %s%n", "LAYOUT", "BUILT", "FROM");
            for (Layout layout : layouts.all()) {
                String from = layouts.isProjects(layout)
                        ? Diagnostic.displayPath(layout.folder()) + "/" + (builtIn.contains(layout.name()) ? " (replaces the built-in one)" : "")
                        : "built in";
                out.printf(Locale.ROOT, "%-16s %-8s %s%n", layout.name(), built.contains(layout.name()) ? "yes" : "no", from);
            }
            for (Path notLayout : foldersWithoutTemplate(folder)) {
                out.println("note: " + Diagnostic.displayPath(notLayout) + "/ is not a layout (it has no " + Layout.ARTICLE_TEMPLATE + ")"
                        + (builtIn.contains(notLayout.getFileName().toString()) ? ", so the built-in '" + notLayout.getFileName()
                        + "' is used; 'handouts layouts copy " + notLayout.getFileName() + "' (into an empty or new folder) makes a complete copy to change" : ""));
            }
            for (String name : built) {
                if (layouts.find(name).isEmpty()) {
                    out.println("note: handouts.yml builds '" + name + "', which is not among these layouts (the build stops there)");
                }
            }
            out.flush();
            return 0;
        }

        /** The 'layouts' list of handouts.yml, or none when it cannot be read (list still shows the rest). */
        private static List<String> builtLayouts(ProjectFolder project) {
            if (!Files.isRegularFile(project.config())) {
                return List.of();
            }
            try {
                return new ConfigReader().read(project.config()).layouts();
            } catch (ConfigException e) {
                return List.of();
            }
        }

        private static List<Path> foldersWithoutTemplate(Path folder) throws IOException {
            if (!Files.isDirectory(folder)) {
                return List.of();
            }
            try (Stream<Path> children = Files.list(folder)) {
                return children.filter(Files::isDirectory).filter(p -> !Files.exists(p.resolve(Layout.ARTICLE_TEMPLATE)))
                        .filter(p -> !p.getFileName().toString().equals(SiteWriter.LAYOUT))
                        .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
            }
        }
    }

    @Command(name = "copy", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Copies a built-in layout into the project to change it (the usual 'eject').",
                "The copy replaces the built-in layout of its name; a copy under another",
                "name is a new layout, built once its name is in 'layouts' in handouts.yml.",
                "An existing folder is never overwritten."})
    static final class CopyCommand implements Callable<Integer> {
        @ParentCommand
        LayoutsCommand parent;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "The built-in layout to copy (see 'handouts layouts list').")
        String name;

        @Parameters(index = "1", arity = "0..1", paramLabel = "DIR",
                description = "Where the copy goes (default: layouts/NAME beside handouts.yml).")
        Path target;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            List<String> builtIn = new ArrayList<>(BuiltIn.layoutNames());
            builtIn.add(SiteWriter.LAYOUT);
            if (!builtIn.contains(name)) {
                err.println("handouts: error: there is no built-in layout named '" + name + "' (built in: " + String.join(", ", builtIn) + ")");
                err.flush();
                return 2;
            }
            Path destination = target != null ? target : parent.projectLayouts().resolve(name);
            if (isEmptyFolder(destination)) {
                Files.delete(destination);
            }
            if (Files.exists(destination)) {
                err.println(Diagnostic.error(destination, 0, 0, "already there, so it was left alone; delete it first, or name"
                        + " another folder: handouts layouts copy " + name + " layouts/my-" + name).format());
                err.flush();
                return 2;
            }
            copy(BuiltIn.layouts().resolve(name), destination);
            String shown = Diagnostic.displayPath(destination);
            out.println("copied the built-in '" + name + "' layout to " + shown + "/");
            String copyName = destination.toAbsolutePath().normalize().getFileName().toString();
            if (name.equals(SiteWriter.LAYOUT)) {
                out.println(copyName.equals(name) ? "The web edition now uses these templates: change site.css or article.ftlh there."
                        : "Only a copy at layouts/site/ is used by the web edition.");
            } else if (copyName.equals(name)) {
                out.println("Builds now use it in place of the built-in one: change its style.css or " + Layout.ARTICLE_TEMPLATE + " there.");
            } else {
                out.println("To build it, add '" + copyName + "' to the 'layouts' list in handouts.yml.");
            }
            out.flush();
            return 0;
        }

        private static boolean isEmptyFolder(Path folder) throws IOException {
            if (!Files.isDirectory(folder)) {
                return false;
            }
            try (Stream<Path> children = Files.list(folder)) {
                return children.findAny().isEmpty();
            }
        }

        /** Copies into a temporary folder beside the destination, then moves it into place in one step. */
        private static void copy(Path from, Path to) throws IOException {
            Path parent = to.toAbsolutePath().normalize().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempDirectory(parent, "." + to.getFileName() + ".");
            try {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(from)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
                for (Path file : files) {
                    Path copy = temp.resolve(from.relativize(file).toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy);
                }
                Files.move(temp, to);
            } finally {
                if (Files.exists(temp)) {
                    try (Stream<Path> walk = Files.walk(temp)) {
                        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                            Files.deleteIfExists(p);
                        }
                    }
                }
            }
        }
    }
}
