package bg.integra.training;

import bg.integra.content.Content;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.text.ParseException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The key that signs the certificates' credentials: an EC P-256 key (ES256), made on first use and kept in the
 * database ({@link SigningKey}), so that every start of the server signs with the same key and what it signed
 * stays verifiable. Its public half is the JWK set published at {@code /.well-known/jwks.json}. The first use runs in
 * a transaction of its own, so that a key is stored before anything is signed with it.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CredentialKeys {

    @PersistenceContext
    private EntityManager em;

    private volatile ECKey key;

    /** The private key to sign with. */
    public ECKey signing() {
        ECKey k = key;
        if (k == null) {
            synchronized (this) {
                k = key;
                if (k == null) key = k = loadOrMake();
            }
        }
        return k;
    }

    /** The public keys a verifier checks a credential with, as a JWK set in JSON. */
    public String published() {
        return new JWKSet(List.of(signing().toPublicJWK())).toString();
    }

    private ECKey loadOrMake() {
        List<SigningKey> stored = em.createNamedQuery(SigningKey.FIND_BY_PURPOSE, SigningKey.class)
                .setParameter("purpose", SigningKey.CREDENTIALS).getResultList();
        try {
            if (!stored.isEmpty()) return ECKey.parse(stored.get(0).getJwk());
            ECKey made = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .keyIDFromThumbprint(true).generate();
            em.persist(new SigningKey(made.getKeyID(), SigningKey.CREDENTIALS, made.toJSONString(),
                    LocalDateTime.now(Content.ZONE)));
            em.flush();
            return made;
        } catch (JOSEException | ParseException e) {
            throw new IllegalStateException("The credentials' signing key could not be read or made", e);
        }
    }
}
