package org.handouts.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the project's articles and configuration are: the options every command that reads the library shares ({@code @Mixin}). */
final class ProjectOptions {

    @Option(names = "--articles", paramLabel = "DIR", description = "The articles folder (default: ${DEFAULT-VALUE}).", defaultValue = "articles")
    Path articles;

    @Option(names = "--config", paramLabel = "FILE", description = "The configuration file (default: ${DEFAULT-VALUE}).", defaultValue = "handouts.yml")
    Path config;
}
