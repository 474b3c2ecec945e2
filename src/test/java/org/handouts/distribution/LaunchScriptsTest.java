package org.handouts.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every way of running the tool passes the JVM settings of one file, conf/jvm.options, and starts the same
 * main class. bin/handouts.cmd cannot run here, so this reads it beside bin/handouts.
 */
class LaunchScriptsTest {
    static final Path DIST = Path.of("src/main/dist");
    static final String MAIN = "org.handouts.cli.Main";

    static String read(Path file) throws IOException {
        return Files.readString(file);
    }

    @Test
    void bothDistributionScriptsPassTheOptionsFileAndStartTheSameMainClass() throws IOException {
        String sh = read(DIST.resolve("bin/handouts"));
        String cmd = read(DIST.resolve("bin/handouts.cmd"));
        String shRun = lastLineStartingWith(sh, "exec \"$java\"");
        String cmdRun = lastLineStartingWith(cmd, "\"%JAVA_EXE%\"");
        assertEquals("exec \"$java\" \"@$app_home/conf/jvm.options\" ${HANDOUTS_JAVA_OPTS:-} -cp \"$app_home/lib/handouts.jar\" " + MAIN + " \"$@\"", shRun);
        assertEquals("\"%JAVA_EXE%\" \"@%APP_HOME%\\conf\\jvm.options\" %HANDOUTS_JAVA_OPTS% -cp \"%APP_HOME%\\lib\\handouts.jar\" " + MAIN + " %*", cmdRun);
        // The messages a user sees are the same words on both systems.
        for (String message : List.of("handouts: Java 17 or later is needed and none was found", "handouts: Java 17 or later is needed, but ")) {
            assertTrue(sh.contains(message) && cmd.contains(message), message);
        }
    }

    @Test
    void noScriptSetsJvmFlagsOfItsOwn() throws IOException {
        Pattern flag = Pattern.compile("\\s(-XX:[A-Za-z+-]+|-Xm[sxn]\\S*|-Xss\\S*|-Xshare\\S*)");
        for (Path script : List.of(DIST.resolve("bin/handouts"), DIST.resolve("bin/handouts.cmd"), Path.of("handouts"))) {
            Matcher m = flag.matcher(read(script).replaceAll("(?m)^\\s*(#|rem ).*$", ""));
            while (m.find()) {
                // The developer's launcher adds only the class-data archive, which is made per clone.
                assertTrue(m.group(1).startsWith("-XX:SharedArchiveFile") || m.group(1).startsWith("-XX:ArchiveClassesAtExit"),
                        script + " sets " + m.group(1) + ": put JVM settings in src/main/dist/conf/jvm.options");
            }
        }
        String launcher = read(Path.of("handouts"));
        assertTrue(launcher.contains("options=\"$here/src/main/dist/conf/jvm.options\""), "./handouts reads the same file");
        assertEquals(3, launcher.split("java \"@\\$options\"", -1).length - 1, "every java started by ./handouts gets it");
        assertTrue(read(Path.of("pom.xml")).contains("<mainClass>" + MAIN + "</mainClass>"), "./handouts runs -jar: the jar's main class");
    }

    @Test
    void theOptionsFileIsOneJavaAccepts() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "@" + DIST.resolve("conf/jvm.options").toAbsolutePath(), "-XX:+PrintFlagsFinal", "-version")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.matches("(?s).*bool UseSerialGC\\s+= true\\s+\\{product\\} \\{command line\\}.*"), "the flags are read: " + out);
        assertTrue(out.matches("(?s).*intx TieredStopAtLevel\\s+= 1\\s.*"), out);
    }

    static String lastLineStartingWith(String script, String start) {
        List<String> lines = script.lines().map(String::strip).filter(l -> l.startsWith(start)).toList();
        assertTrue(!lines.isEmpty(), "no line starting with " + start);
        return lines.get(lines.size() - 1);
    }
}
