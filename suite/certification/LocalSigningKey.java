import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * Prints a new private Ed25519 JWK for certification-service's CREDENTIAL_SIGNING_KEY, with nothing but a JDK:
 * {@code java suite/certification/LocalSigningKey.java > signing-key.jwk}. The raw keys are the last 32 bytes of
 * the JDK's PKCS#8 (private) and X.509 (public) encodings (RFC 8410).
 */
public class LocalSigningKey {

    public static void main(String[] args) throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        System.out.printf("{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"kid\":\"%s\",\"x\":\"%s\",\"d\":\"%s\"}%n",
                UUID.randomUUID(), last32(pair.getPublic().getEncoded()), last32(pair.getPrivate().getEncoded()));
    }

    private static String last32(byte[] encoded) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOfRange(encoded, encoded.length - 32,
                encoded.length));
    }
}
