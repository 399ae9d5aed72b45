package uk.awarding.certification.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;

class CredentialsSigningKeyTest {

    @Test
    void productionRefusesToStartWithoutASigningKey() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Credentials.signingKey(Optional.empty(), true));
        assertTrue(refused.getMessage().contains("CREDENTIAL_SIGNING_KEY"), refused.getMessage());
    }

    @Test
    void devAndTestGenerateAKeyForTheRun() {
        assertTrue(Credentials.signingKey(Optional.empty(), false).isPrivate());
    }

    @Test
    void productionUsesTheConfiguredKey() throws Exception {
        OctetKeyPair configured = new OctetKeyPairGenerator(Curve.Ed25519).keyID("prod-2026").generate();
        OctetKeyPair key = Credentials.signingKey(Optional.of(configured.toJSONString()), true);
        assertEquals("prod-2026", key.getKeyID());
        assertEquals(configured.getX(), key.getX());
    }

    @Test
    void aPublicKeyIsNoSigningKey() throws Exception {
        OctetKeyPair configured = new OctetKeyPairGenerator(Curve.Ed25519).keyID("public-only").generate();
        assertThrows(IllegalStateException.class,
                () -> Credentials.signingKey(Optional.of(configured.toPublicJWK().toJSONString()), true));
    }
}
