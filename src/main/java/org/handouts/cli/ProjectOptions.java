package org.handouts.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Where the project's articles and configuration are: the options every command that reads the library shares
 * ({@code @Mixin}). Defaults are found like git finds its repository ({@link ProjectFolder}).
 */
final class ProjectOptions {

    @Option(names = "--articles", paramLabel = "DIR", description = "The articles folder (default: ${DEFAULT-VALUE}, beside handouts.yml).", defaultValue = "articles")
    Path articles;

    @Option(names = "--config", paramLabel = "FILE", description = "The configuration file (default: ${DEFAULT-VALUE} in this folder or the nearest folder above it).", defaultValue = "handouts.yml")
    Path config;

    /** The project {@code command} works on: the folder of the settings file given, else of the nearest one from here up. */
    ProjectFolder folder(CommandSpec command) {
        return ProjectFolder.of(command, config);
    }

    /** The articles folder: as typed, else {@code articles} beside the project's settings file. */
    Path articles(CommandSpec command) {
        return folder(command).resolve(command, "--articles", articles);
    }

    /** The settings file to read. */
    Path config(CommandSpec command) {
        return folder(command).configPath(command, config);
    }
}
