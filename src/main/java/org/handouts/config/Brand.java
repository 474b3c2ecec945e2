package org.handouts.config;

import java.nio.file.Path;
import java.util.Optional;

/** Who the handouts come from: everything that makes them the clinic's own. */
public record Brand(
        String clinicName,
        Optional<Path> logo,
        String primaryColor,
        String phone,
        String website,
        String address,
        String disclaimer) {
}
