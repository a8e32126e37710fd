/**
 * Certificates as signed, portable credentials: each certificate can be handed out as an
 * Open Badges 3.0 {@code OpenBadgeCredential}, signed as a VC-JWT (RS256) with an issuer
 * key whose public part anyone can fetch, and carrying Bitstring Status List entries that
 * tell verifiers whether it was revoked or suspended.
 * <p>
 * The narrow API for the rest of the service is in {@code domain}:
 * {@code AchievementCredentials} builds and signs a credential from an
 * {@code AchievementClaim}, {@code StatusLists} allocates status list positions and
 * publishes the lists (with the bits a {@code StatusSource} reports), {@code IssuerKeys}
 * keeps and rotates the signing key, and {@code CredentialVerifier} checks a VC-JWT
 * against the published keys.
 */
package academy.agora.certificate.credential;
