package uk.awarding.platform.testing.fuzz;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** The values a careless or hostile client sends, as JSON strings, URL path segments and query values. */
final class Hostile {

    static final String HUGE = "x".repeat(100_000);

    /** Strings for any text field: empty, enormous, binary, injection attempts, numbers and words in disguise. */
    static final List<String> STRINGS = List.of("", " ", "\u0000", "\t\r\n", HUGE, "\uD83D\uDCA9".repeat(20_000),
            "' OR '1'='1' --", "\"; DROP TABLE learner; --", "<script>alert(1)</script>", "../../../../etc/passwd",
            "%s%n%x%d", "${jndi:ldap://example.invalid/a}", "{{7*7}}", "\u202Egnp.exe", "e\u0301\u0301\u0301",
            "NaN", "-1", "0", "99999999999999999999999", "1e309", "true", "null", "[]", "{}");

    /** Learner numbers that must never pass the ULN check: short, long, leading zero, letters, wrong check digit. */
    static final List<String> ULNS = List.of("123456789", "12345678901", "0276308686", "927630868X", "9276308685",
            "9 276308686", "９２７６３０８６８６", "-927630868", "0000000000");

    static final List<String> DATES = List.of("2001-02-30", "0000-00-00", "99999-12-31", "2001-13-01", "01/02/2001",
            "1800-01-01", "2999-01-01", "2001-02-03T04:05:06Z");

    /** Well-formed dates no living person was born on and no past event happened on: the far past and the future. */
    static final List<String> IMPOSSIBLE_DATES = List.of("0001-01-01", "1890-06-01", "2999-01-01",
            LocalDate.now(ZoneOffset.UTC).plusDays(2).toString());

    /** Raw JSON numbers (spliced into bodies as written) for integer and decimal fields. */
    static final List<String> NUMBERS = List.of("-1", "0", "2147483648", "-2147483649", "9223372036854775808", "1.5",
            "1e309", "-0", "1" + "0".repeat(2_000), "\"12\"", "true", "\"\"");

    /** Path segments, already percent-encoded (or deliberately broken). */
    static List<String> pathSegments(Random random) {
        return List.of(UUID.nameUUIDFromBytes(longBytes(random)).toString(), "0", "-1", "99999999999999999999",
                "x".repeat(2_000), "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e", "%00", "%ZZ", "%C3%28", "%F0%9F%92%A9",
                "%27%20OR%201%3D1--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%0D%0ASet-Cookie:%20x=y", "a;b=c", "%20",
                "%25", "null", "%EF%BF%BF", "%E2%80%AE", "9276308685", "%7B%7D");
    }

    /** Query values, already percent-encoded (or deliberately broken). */
    static final List<String> QUERY_VALUES = List.of("", "abc", "-1", "0", "99999999999999999999", "1.5", "1e3",
            "%20", "%00", "%ZZ", "%C3%28", "x".repeat(3_000), "%27%20OR%201%3D1--", "NaN", "true", "%F0%9F%92%A9");

    /** Bodies that are not JSON, or not the JSON of any request. */
    static final List<String> MALFORMED_JSON = List.of("", "{", "{\"", "[1,2", "nul", "{\"a\":1,}", "{'a':1}",
            "{\"a\":1}{\"b\":2}", "\u0000", "null", "[]", "\"text\"", "42", "true", "{}", "[{}]", "{\"a\":}",
            "\"" + HUGE, "{\"a\":\"\\uZZZZ\"}", "1" + "0".repeat(5_000), "[".repeat(100_000) + "]".repeat(100_000),
            "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));

    /** Non-JSON text bodies (CSV uploads and the like). */
    static final List<String> TEXT_BODIES = List.of("", "\u0000\u0001\u0002", "\"unterminated,quote\n1,2,3",
            ",,,,,,,,,\n,,,,,,,,,", "a,".repeat(10_000), HUGE + "\n" + HUGE, "\r\r\r\n\n", "uln\n" + "1\n".repeat(10_000),
            "<?xml version=\"1.0\"?><a/>");

    static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=ebcdic", ";;;", "application/json-patch+json");

    static final List<String> ACCEPTS = List.of("application/xml", "text/csv", ";;;", "*/*");

    /**
     * A random string of a random length (at most {@code max}) from an alphabet of troublemakers, for the seeded
     * rounds.
     */
    static String randomString(Random random, int max) {
        String[] pieces = { "a", "Z", "0", "9", " ", "\"", "\\", "'", "/", "%", "<", ">", "&", ";", "\u0000", "\n", "\t",
                "é", "ß", "\u202E", "\uD83D\uDCA9", "\uFFFF", "{", "}", "[", "]", ",", ":", "-", "." };
        int length = random.nextInt(4) == 0 ? random.nextInt(max) : random.nextInt(Math.min(40, max));
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }

    static List<String> uuids(Random random, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(UUID.nameUUIDFromBytes(longBytes(random)).toString());
        }
        return ids;
    }

    private static byte[] longBytes(Random random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }

    private Hostile() {
    }
}
