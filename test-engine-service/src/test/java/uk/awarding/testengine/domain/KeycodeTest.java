package uk.awarding.testengine.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class KeycodeTest {

    @Test
    void keycodesAreSixCharactersThatCannotBeMisread() {
        Random random = new Random(42);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = Keycode.generate(random);
            assertEquals(6, code.length());
            assertTrue(code.chars().noneMatch(c -> "0O1IL".indexOf(c) >= 0), code);
            seen.add(code);
        }
        assertTrue(seen.size() > 9_990, "codes repeat far too often: " + seen.size());
    }

    @Test
    void aKeycodeIsTypedInEitherCaseWithSpaces() {
        assertTrue(Keycode.matches("K7P2QX", "K7P2QX"));
        assertTrue(Keycode.matches("K7P2QX", "k7p 2qx"));
        assertFalse(Keycode.matches("K7P2QX", "K7P2QY"));
        assertFalse(Keycode.matches("K7P2QX", "K7P2Q"));
        assertFalse(Keycode.matches("K7P2QX", null));
        assertFalse(Keycode.matches(null, "K7P2QX"));
    }
}
