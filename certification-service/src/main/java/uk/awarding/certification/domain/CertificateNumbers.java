package uk.awarding.certification.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Certificate numbers that cannot be guessed and catch typing mistakes. A number is 12 characters drawn
 * uniformly by {@link SecureRandom} from a 31-character alphabet without look-alikes (no 0/O, 1/I/L), about
 * 59 bits of chance, followed by one check character: the weighted sum {@code sum(position × value) mod 31}
 * with positions 1..12. Because 31 is prime and every weight differs, the check catches every single wrong
 * character and every swap of two characters (ISBN-10's scheme over a prime-sized alphabet).
 */
public final class CertificateNumbers {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int PAYLOAD_LENGTH = 12;
    public static final int LENGTH = PAYLOAD_LENGTH + 1;

    private final RandomGenerator random;

    public CertificateNumbers() {
        this(new SecureRandom());
    }

    CertificateNumbers(RandomGenerator random) {
        this.random = random;
    }

    public String next() {
        StringBuilder number = new StringBuilder(LENGTH);
        for (int i = 0; i < PAYLOAD_LENGTH; i++) {
            number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return number.append(checkCharacter(number)).toString();
    }

    /** The number in canonical form (upper case, without spaces or hyphens), or empty when it is not well formed. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String number = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (number.length() != LENGTH || !number.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return checkCharacter(number.substring(0, PAYLOAD_LENGTH)) == number.charAt(PAYLOAD_LENGTH)
                ? Optional.of(number)
                : Optional.empty();
    }

    static char checkCharacter(CharSequence payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(payload.charAt(i));
        }
        return ALPHABET.charAt(sum % ALPHABET.length());
    }
}
