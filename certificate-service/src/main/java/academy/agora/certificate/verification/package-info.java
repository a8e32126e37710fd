/**
 * Anyone, without signing in, checks a certificate by the verification code printed on
 * it: people on the page that the printed link and QR code open ({@code /verify/{code}}),
 * programs through the JSON API ({@code /api/verify/{code}}). The answer shows what the
 * certificate states, never who the learner is at the identity provider, and is never
 * cached, so a revocation shows at once.
 */
package academy.agora.certificate.verification;
