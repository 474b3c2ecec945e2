package org.handouts.config;

import java.util.List;
import java.util.Optional;
import org.handouts.diagnostics.Diagnostic;
import org.handouts.yaml.YamlMap;

/**
 * The texts {@code handouts init} leaves for a clinic to fill in: a brand text that starts with "[" (such as
 * {@code "[Your clinic's name]"}) is a placeholder, because no clinic's name, phone number or disclaimer
 * starts with a square bracket. Each is a warning at its line, every build, until it is changed; the build
 * still runs, so a new project can be tried before it is finished.
 */
final class Placeholders {
    /** What each placeholder stands for, in the order of the warnings. */
    private static final List<String[]> BRAND_TEXTS = List.of(
            new String[] {"clinicName", "your clinic's name"},
            new String[] {"phone", "the phone number patients should call"},
            new String[] {"disclaimer", "your clinic's own disclaimer (every handout prints it)"},
            new String[] {"address", "your clinic's address"},
            new String[] {"website", "your clinic's website"});

    private Placeholders() { }

    static void warn(YamlMap brand, List<Diagnostic> warnings) {
        for (String[] text : BRAND_TEXTS) {
            Optional<YamlMap.Entry> entry = brand.get(text[0]);
            if (entry.isPresent() && entry.get().isScalar() && isPlaceholder(entry.get().text())) {
                warnings.add(entry.get().warning("'brand." + text[0] + "' is still a placeholder from 'handouts init': "
                        + "write " + text[1] + " in place of the [bracketed] text before you print"));
            }
        }
    }

    static boolean isPlaceholder(String text) {
        return text.strip().startsWith("[");
    }
}
