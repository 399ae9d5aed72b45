package uk.awarding.certification.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Whether the family name an employer types is the one printed on a certificate. People type names as their keyboard
 * lets them: without accents ("Sian" for "Siân"), without apostrophes or hyphens ("Oneill" for "O'Neill", "Dwr
 * Lecki" for "Dŵr-Łęcki"), in any case. So both sides are reduced to their letters and digits, accents removed and
 * the letters that carry no separate accent (ł, ø, ß, ...) spelt out in plain Latin, and then compared. A wrong
 * name still fails: only the spelling aids differ, never a letter.
 */
public final class FamilyNames {

    /** Letters Unicode does not decompose into a base letter and an accent, as a UK keyboard user types them. */
    private static final Map<Character, String> PLAIN = Map.ofEntries(Map.entry('ł', "l"), Map.entry('ø', "o"),
            Map.entry('đ', "d"), Map.entry('ħ', "h"), Map.entry('ı', "i"), Map.entry('æ', "ae"), Map.entry('œ', "oe"),
            Map.entry('ß', "ss"), Map.entry('þ', "th"), Map.entry('ð', "d"));

    private FamilyNames() {
    }

    public static boolean same(String typed, String printed) {
        if (typed == null || printed == null) {
            return false;
        }
        String key = key(typed);
        return !key.isEmpty() && key.equals(key(printed));
    }

    /** The name's letters and digits, lower case, accents removed, special letters spelt plainly. */
    static String key(String name) {
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                return;
            }
            String plain = c < Character.MIN_SUPPLEMENTARY_CODE_POINT ? PLAIN.get((char) c) : null;
            if (plain != null) {
                key.append(plain);
            } else if (Character.isLetterOrDigit(c)) {
                key.appendCodePoint(c);
            }
        });
        return key.toString();
    }
}
