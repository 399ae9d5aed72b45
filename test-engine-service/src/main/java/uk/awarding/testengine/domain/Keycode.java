package uk.awarding.testengine.domain;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * A test session's keycode: six characters the invigilator reads out or writes up in the room, new for every session.
 * The alphabet leaves out what is misread aloud or on a board: 0 and O, 1, I and L. 31^6 (about 890 million) codes
 * make guessing one hopeless within a session. Typed in either case, with spaces ignored.
 */
public final class Keycode {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 6;

    private Keycode() {
    }

    public static String generate(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether what the candidate typed is the session's keycode. */
    public static boolean matches(String keycode, String typed) {
        if (keycode == null || typed == null) {
            return false;
        }
        String normalised = typed.replace(" ", "").toUpperCase(Locale.ROOT);
        return java.security.MessageDigest.isEqual(keycode.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                normalised.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
