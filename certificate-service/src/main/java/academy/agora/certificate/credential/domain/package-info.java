/**
 * Open Badges 3.0 credentials, their signing keys and their status lists, in plain Java
 * and Reactor; the stores behind
 * {@link academy.agora.certificate.credential.domain.IssuerKeyStore} and
 * {@link academy.agora.certificate.credential.domain.StatusIndexCounters} live in
 * {@code persistence}.
 * <p>
 * <b>Key custody.</b> The issuer's private key is kept as a JWK in the service's own
 * database, so that every replica signs with the same key and a restart keeps it. In
 * production the key belongs in a KMS or HSM that signs without ever handing the key out
 * (or, at the least, in a secret store): whoever can read the database, a backup or a
 * replica can otherwise issue certificates in the academy's name, and a leak would force
 * a rotation that leaves every credential signed so far suspect. It is acceptable here
 * because this deployment keeps all its state in one database that only the service
 * reaches, and because the key never leaves the service otherwise: it is never logged
 * ({@link academy.agora.certificate.credential.domain.IssuerKey#toString()} names the key
 * only) and only public parts are published. {@code IssuerKeyStore} and
 * {@link academy.agora.certificate.credential.domain.CredentialSigner} are the seams
 * where a KMS-backed implementation fits.
 */
package academy.agora.certificate.credential.domain;
