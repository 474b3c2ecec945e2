package org.handouts.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.handouts.diagnostics.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Makes a new handouts project, ready to build:",
            "",
            "  handouts.yml    the settings, with comments; the clinic's name, phone",
            "                  and disclaimer are [placeholders] that every build",
            "                  warns about until you change them",
            "  articles/       one short example article and its picture",
            "  .gitignore      keeps out/ and the picture cache out of git",
            "",
            "It never overwrites a file: one that is already there is left alone",
            "(and named). The layouts and fonts are built in; 'handouts layouts copy'",
            "makes an editable copy of a layout when you want to change it.",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  handouts init                 a project in this folder",
            "  handouts init clinic-handouts a project in a new folder",
            "",
            "Then:  handouts build           (in the project folder or any folder in it)",
            "",
            "Exit codes: 0 made (or already there), 2 a file could not be written."
        })
final class InitCommand implements Callable<Integer> {
    private static final String TEMPLATE = "/org/handouts/init/";

    /** What a new project holds: the template resource, and where it goes in the project. */
    private record ProjectFile(String resource, String target) { }

    private static final List<ProjectFile> FILES = List.of(
            new ProjectFile("handouts.yml", "handouts.yml"),
            new ProjectFile("gitignore", ".gitignore"),
            new ProjectFile("articles/getting-ready-for-your-visit.md", "articles/getting-ready-for-your-visit.md"),
            new ProjectFile("articles/images/winding-path.png", "articles/images/winding-path.png"));

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The project folder; made if missing (default: this folder).")
    Path folder = Path.of("");

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> made = new ArrayList<>();
        List<Path> kept = new ArrayList<>();
        for (ProjectFile file : FILES) {
            Path target = folder.resolve(file.target());
            try {
                if (write(file.resource(), target)) {
                    made.add(target);
                } else {
                    kept.add(target);
                }
            } catch (IOException e) {
                err.println(Diagnostic.error(target, 0, 0, "could not write it: " + e.getMessage()).format());
                err.flush();
                return 2;
            }
        }
        made.forEach(p -> out.println("made       " + Diagnostic.displayPath(p)));
        kept.forEach(p -> out.println("left alone " + Diagnostic.displayPath(p) + " (it is already there)"));
        Path above = folder.toAbsolutePath().normalize().getParent();
        ProjectFolder outer = above == null ? null : ProjectFolder.find(above);
        if (outer != null && outer.found()) {
            out.println("note: this project is inside the one of " + Diagnostic.displayPath(outer.config())
                    + "; here and in the folders below, the nearer handouts.yml is the one used");
        }
        String where = folder.toString().isEmpty() ? "" : "cd " + folder + " && ";
        out.println();
        out.println("Next: change the [bracketed] clinic name, phone and disclaimer in handouts.yml,");
        out.println("then build:  " + where + "handouts build");
        out.flush();
        return 0;
    }

    /** Writes a template file unless one is there already; false when it was left alone. */
    private static boolean write(String resource, Path target) throws IOException {
        if (Files.exists(target)) {
            return false;
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".init-", ".part");
        try (InputStream in = InitCommand.class.getResourceAsStream(TEMPLATE + resource)) {
            if (in == null) {
                throw new IOException("the tool is missing its template " + resource);
            }
            Files.copy(in, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            // Not a replacing move: a file made meanwhile is left alone too.
            Files.move(temp, target);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
