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

    /** The website as people say it: without {@code https://} and a last {@code /} ("riverbend-clinic.example"). */
    public String websiteLabel() {
        return website.replaceFirst("(?i)^https?://", "").replaceFirst("/$", "");
    }

    /** The phone number's digits (and a leading {@code +}), as a {@code tel:} link dials them; empty when it has none. */
    public String phoneDigits() {
        return phone.replaceAll("[^0-9+]", "");
    }

    /** A link that dials the clinic: {@code tel:} and the {@link #phoneDigits()}. */
    public String phoneHref() {
        return "tel:" + phoneDigits();
    }
}
