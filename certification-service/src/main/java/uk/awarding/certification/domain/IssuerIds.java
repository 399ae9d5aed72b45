package uk.awarding.certification.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The path segment that names an issuer of verifiable credentials in its profile's address
 * ({@code <public-base-url>/issuers/<id>}): its name in lower-case ASCII letters and digits, "&amp;" spelt "and",
 * everything else a single hyphen ("City &amp; Guilds" is {@code city-and-guilds}). The credential's issuer is the
 * awarding organisation its certificate names, so the address is derived from that name and nothing else: the same
 * organisation always has the same issuer id, on every certificate and replica.
 */
public final class IssuerIds {

    private IssuerIds() {
    }

    public static String of(String name) {
        String decomposed = Normalizer.normalize(name.replace("&", " and ").toLowerCase(Locale.ROOT),
                Normalizer.Form.NFD);
        StringBuilder id = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                return;
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                id.appendCodePoint(c);
            } else if (id.length() > 0 && id.charAt(id.length() - 1) != '-') {
                id.append('-');
            }
        });
        int end = id.length();
        while (end > 0 && id.charAt(end - 1) == '-') {
            end--;
        }
        if (end == 0) {
            throw new IllegalArgumentException("An issuer's name needs at least one letter or digit: '" + name + "'");
        }
        return id.substring(0, end);
    }
}
