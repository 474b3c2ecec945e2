package org.handouts.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * Where a project is, found the way git finds its repository: the folder of the {@code handouts.yml} in the
 * current folder or the nearest folder above it ({@code --config} wins). The defaults of the other folder
 * options ({@code articles}, {@code out}, the cache, {@code layouts}, {@code fonts}) are relative to it, so a
 * command works the same from any subfolder of a project; a folder given on the command line is taken as
 * typed, relative to the current folder.
 *
 * @param root   the project's folder (absolute)
 * @param config its settings file
 * @param found  whether a settings file was found (or given); if not, {@code root} is the current folder
 */
record ProjectFolder(Path root, Path config, boolean found) {
    static final String CONFIG = "handouts.yml";

    /** The nearest folder from {@code start} up that holds a {@code handouts.yml}; else {@code start} itself. */
    static ProjectFolder find(Path start) {
        Path from = start.toAbsolutePath().normalize();
        for (Path folder = from; folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve(CONFIG))) {
                return new ProjectFolder(folder, folder.resolve(CONFIG), true);
            }
        }
        return new ProjectFolder(from, from.resolve(CONFIG), false);
    }

    /** The project of a settings file named on the command line: the file's own folder. */
    static ProjectFolder ofConfig(Path config) {
        Path parent = config.toAbsolutePath().normalize().getParent();
        return new ProjectFolder(parent, config, Files.isRegularFile(config));
    }

    /** The project a command works on: {@code --config} when it was given, else the nearest one from here up. */
    static ProjectFolder of(CommandSpec spec, Path config) {
        return given(spec, "--config") ? ofConfig(config) : find(Path.of(""));
    }

    /**
     * A folder option's value: as typed when the user gave it, else its default inside the project. In the
     * project's own folder the default stays relative, so messages show the short paths users know.
     */
    Path resolve(CommandSpec spec, String option, Path value) {
        if (given(spec, option) || value.isAbsolute()) {
            return value;
        }
        return root.equals(Path.of("").toAbsolutePath().normalize()) ? value : root.resolve(value);
    }

    /** The settings file as the command should read it (short when it is in the current folder). */
    Path configPath(CommandSpec spec, Path value) {
        return given(spec, "--config") ? value : resolve(spec, "--config", Path.of(CONFIG));
    }

    /** Whether {@code option} was typed, on this command or on any command above it (inherited options). */
    static boolean given(CommandSpec spec, String option) {
        for (ParseResult result = spec.root().commandLine().getParseResult(); result != null; result = result.subcommand()) {
            if (result.hasMatchedOption(option)) {
                return true;
            }
        }
        return false;
    }
}
